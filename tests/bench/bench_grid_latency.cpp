// The results grid while 1,000,000 rows stream in (issue 4: the event loop stays interactive,
// latency under 50 ms). A ResultsPanel (table and changelog grids, ResultTableModel,
// ChangelogModel) is shown offscreen and bound to a ResultStore that keeps all 1,000,000 rows.
// Pages arrive the way StatementRun delivers them: a worker thread parses real-shaped SQL
// Gateway result pages (PLAIN_TEXT JSON, 5,000 rows of 5 columns) with ResultPageParser and
// hands each RowBatch to the GUI thread, which applies it to the store; the next page is parsed
// while the GUI thread applies this one (at most two pages in flight), so rows arrive as fast
// as the GUI thread takes them — harder than a real gateway, which delivers ~50,000 rows/s.
// Latency = how late a 1 ms timer fires on the GUI thread; max and p99 are printed.
// Usage: bench_grid_latency [ROWS]. Saves a screenshot of the grid at the end.
#include "flink/resultpageparser.h"
#include "resultspanel.h"
#include "resulttablemodel.h"
#include "testpaths.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Weir;

namespace {

constexpr int kPageRows = 5000;

// One gateway page as Flink 2.3.0 writes it for SELECT id, name, amount, ts, flag FROM datagen.
QByteArray gatewayPage(qint64 firstId, int rows, int token)
{
    QByteArray body =
        QByteArrayLiteral("{\"resultType\":\"PAYLOAD\",\"isQueryResult\":true,\"jobID\":"
                          "\"3f0c3b5c8f7e4d0a9b1c2d3e4f5a6b7c\","
                          "\"resultKind\":\"SUCCESS_WITH_CONTENT\",\"results\":{\"columns\":["
                          "{\"name\":\"id\",\"logicalType\":{\"type\":\"BIGINT\",\"nullable\":true}"
                          ",\"comment\":null},"
                          "{\"name\":\"name\",\"logicalType\":{\"type\":\"VARCHAR\",\"nullable\":"
                          "true,\"length\":2147483647},\"comment\":null},"
                          "{\"name\":\"amount\",\"logicalType\":{\"type\":\"DECIMAL\",\"nullable\":"
                          "true,\"precision\":10,\"scale\":2},\"comment\":null},"
                          "{\"name\":\"ts\",\"logicalType\":{\"type\":\"TIMESTAMP_WITHOUT_TIME_"
                          "ZONE\",\"nullable\":true,\"precision\":3},\"comment\":null},"
                          "{\"name\":\"flag\",\"logicalType\":{\"type\":\"BOOLEAN\",\"nullable\":"
                          "true},\"comment\":null}],"
                          "\"rowFormat\":\"PLAIN_TEXT\",\"data\":[");
    body.reserve(rows * 110 + 1000);
    for (int i = 0; i < rows; ++i) {
        const qint64 id = firstId + i;
        if (i > 0)
            body += ',';
        body += "{\"kind\":\"INSERT\",\"fields\":[\"" + QByteArray::number(id) + "\",\"" +
                QByteArray::number(id * 2654435761u % 0xffffffffffull, 16).rightJustified(10, '0') +
                "\",\"" + QByteArray::number(id % 100000000) + '.' +
                QByteArray::number(id % 100).rightJustified(2, '0') +
                "\",\"2026-11-25 19:" + QByteArray::number(id / 60 % 60).rightJustified(2, '0') +
                ':' + QByteArray::number(id % 60).rightJustified(2, '0') + ".123\",\"" +
                (id % 3 ? "TRUE" : "FALSE") + "\"]}";
    }
    body += "]},\"nextResultUri\":\"/v3/sessions/s/operations/o/result/" +
            QByteArray::number(token + 1) + "?rowFormat=PLAIN_TEXT\"}";
    return body;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 totalRows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;

    ResultStore store;
    store.setMaxRows(int(totalRows));
    store.setMaxChanges(int(totalRows));
    ResultsPanel panel;
    panel.resize(1200, 800);
    panel.show();
    const quint64 generation = 1;
    // Columns as the first page declares them.
    const ResultPageParser::Page first =
        ResultPageParser::parse(gatewayPage(1, 1, 0), generation, 0);
    store.begin(generation, first.columns);
    panel.bind(&store);
    panel.setOrigin(QStringLiteral("SELECT id, name, amount, ts, flag FROM bench_source"));

    // The parser thread: builds each page's JSON (as the gateway would send it), parses it, and
    // posts the RowBatch to the GUI thread; at most two pages are parsed ahead of the GUI.
    QSemaphore inFlight(2);
    std::atomic<bool> stop{false};
    std::atomic<qint64> applied{0};
    double maxApplyMs = 0; // GUI thread only
    QElapsedTimer streaming;
    streaming.start();
    std::thread parser([&] {
        int token = 0;
        for (qint64 id = 1; id <= totalRows && !stop; id += kPageRows, ++token) {
            const int rows = int(std::min<qint64>(kPageRows, totalRows - id + 1));
            const QByteArray body = gatewayPage(id, rows, token);
            ResultPageParser::Page page = ResultPageParser::parse(body, generation, token);
            inFlight.acquire();
            QMetaObject::invokeMethod(
                &store,
                [&, batch = page.rows] {
                    QElapsedTimer applyTimer;
                    applyTimer.start();
                    store.apply(batch);
                    maxApplyMs = std::max(maxApplyMs, double(applyTimer.nsecsElapsed()) / 1e6);
                    applied += batch.rowCount();
                    inFlight.release();
                },
                Qt::QueuedConnection);
        }
    });

    // The probe: a 1 ms timer on the GUI thread; each timeout's lateness is the time the event
    // loop was busy with something else (applying pages, model ticks, painting the grid).
    std::vector<double> lateness;
    lateness.reserve(200000);
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    qint64 last = -1;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    clock.start();
    probe.start();

    double streamSeconds = 0;
    QTimer done;
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (applied < totalRows)
            return;
        if (streamSeconds == 0)
            streamSeconds = double(streaming.nsecsElapsed()) / 1e9;
        // Let the model's tick catch up and the grid paint the end state.
        if (panel.tableModel()->rowCount() < store.rowCount())
            return;
        app.quit();
    });
    done.start();
    app.exec();
    stop = true;
    parser.join();

    const QString shot = Test::outputDir() + QStringLiteral("/bench_grid_latency.png");
    panel.grab().save(shot);
    std::printf("grid: %lld rows streamed in %.2f s (%.0f rows/s into the store and grid), "
                "%d rows in the grid\n",
                static_cast<long long>(totalRows), streamSeconds,
                double(totalRows) / std::max(streamSeconds, 1e-9), panel.tableModel()->rowCount());
    std::printf("event-loop latency (lateness of a 1 ms timer, %zu samples): p50 %.2f ms, p99 "
                "%.2f ms, max %.2f ms (goal < 50 ms)\n",
                lateness.size(), percentile(lateness, 0.5), percentile(lateness, 0.99),
                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
    std::printf("longest ResultStore::apply of a %d-row page: %.2f ms\n", kPageRows, maxApplyMs);
    std::printf("screenshot: %s\n", qPrintable(shot));
    std::fflush(stdout);
    return 0;
}
