// Chart path figures (issue 6): redraw of a 1,000,000-point line series after decimation
// (goal <= 30 ms a frame: decimation on the worker, QXYSeries::replace and painting on the GUI
// thread), memory of the chart path per 1,000,000 points, and the GUI event loop's latency
// while a shown ChartPanel charts a 100,000 rows/s stream from a ResultStore (goal < 50 ms).
// Software rendering, offscreen. Prints figures only.
#include "chartadapter.h"
#include "chartpanel.h"
#include "charts/chartbuffers.h"
#include "charts/chartframebuilder.h"
#include "charts/chartpipeline.h"
#include "results/resultstore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Weir;

namespace {

constexpr int kPoints = 1000000;
constexpr int kFrames = 20;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void redrawMillionPoints()
{
    ChartSettings settings;
    settings.yColumns = {QStringLiteral("value")};
    ChartPlan plan;
    plan.yNames = settings.yColumns;
    plan.y = {0};
    ChartBuffers buffers(settings, plan);
    std::vector<double> x(kPoints), y(kPoints);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, 1);
    double walk = 0;
    for (int i = 0; i < kPoints; ++i) {
        x[size_t(i)] = i;
        walk += noise(rng);
        y[size_t(i)] = walk;
    }
    buffers.appendPoints(0, 0, x.data(), y.data(), kPoints);

    QChart *chart = new QChart;
    QChartView view(chart);
    view.resize(1200, 600);
    view.setRenderHint(QPainter::Antialiasing);
    view.show();
    ChartAdapter adapter(chart);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> decimate, draw;
    qint64 drawn = 0;
    for (int frame = 0; frame < kFrames; ++frame) {
        ChartViewport viewport;
        viewport.widthPx = 1100;
        // Alternate zoomed views so every frame decimates and draws anew.
        if (frame % 2) {
            viewport.zoomed = true;
            viewport.x0 = frame * 1000.0;
            viewport.x1 = kPoints - frame * 1000.0;
        }
        QElapsedTimer t;
        t.start();
        auto built = std::make_shared<const ChartFrame>(
            ChartFrameBuilder::build(buffers, viewport, quint64(frame + 1)));
        decimate.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        adapter.apply(built);
        // The chart lays its items out on posted events; run them so the new points are drawn.
        QCoreApplication::processEvents();
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        draw.push_back(t.nsecsElapsed() / 1e6);
        drawn = built->drawnPoints;
    }
    std::printf("redraw of a %d-point line (1100 px, %lld points drawn after decimation):\n",
                kPoints, static_cast<long long>(drawn));
    std::printf("  decimation (worker)          median %.2f ms, max %.2f ms\n", median(decimate),
                *std::max_element(decimate.begin(), decimate.end()));
    std::printf("  replace + paint (GUI thread) median %.2f ms, max %.2f ms\n", median(draw),
                *std::max_element(draw.begin(), draw.end()));
    std::printf("  frame total                  median %.2f ms (goal <= 30 ms)\n",
                median(decimate) + median(draw));
    const double frameKb = double(drawn) * sizeof(QPointF) / 1024.0;
    std::printf("memory of the chart path per %d points: buffers %.1f MB (%.1f bytes/point), "
                "frame %.1f KB\n",
                kPoints, buffers.memoryBytes() / 1048576.0,
                double(buffers.memoryBytes()) / kPoints, frameKb);
}

QList<ColumnInfo> streamColumns()
{
    return {ColumnInfo(QStringLiteral("ts"), ColumnType(TypeRoot::Timestamp)),
            ColumnInfo(QStringLiteral("sensor"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("value"), ColumnType(TypeRoot::Double))};
}

// 100,000 rows/s: a page of 1,000 rows every 10 ms, built beforehand (as the gateway client's
// worker would), applied on the GUI thread; a 5 ms probe timer measures how late it fires.
void latencyWhileStreaming()
{
    constexpr int kRowsPerPage = 1000;
    constexpr int kPageMs = 10;
    constexpr int kSeconds = 5;
    constexpr int kPages = kSeconds * 1000 / kPageMs;
    const quint64 generation = 5;
    std::vector<RowBatch> pages;
    pages.reserve(kPages);
    for (int p = 0; p < kPages; ++p) {
        RowBatch::Builder b(3, generation, p);
        for (int r = 0; r < kRowsPerPage; ++r) {
            const qint64 n = qint64(p) * kRowsPerPage + r;
            b.beginRow(RowKind::Insert);
            b.addText(QStringLiteral("2026-11-25 18:%1:%2.%3")
                          .arg(n / 60000 % 60, 2, 10, QLatin1Char('0'))
                          .arg(n / 1000 % 60, 2, 10, QLatin1Char('0'))
                          .arg(n % 1000, 3, 10, QLatin1Char('0')));
            b.addText(QStringLiteral("sensor-%1").arg(n % 5));
            b.addText(QString::number(std::sin(n / 5000.0) * 100 + (n % 97), 'f', 3));
        }
        pages.push_back(b.build());
    }

    ResultStore store;
    store.setMaxChanges(kPages * kRowsPerPage);
    ChartPanel panel;
    panel.resize(1200, 500);
    panel.show();
    ChartSettings settings;
    settings.configured = true;
    settings.source = ChartSource::Changelog;
    settings.xColumn = QStringLiteral("ts");
    settings.seriesBy = QStringLiteral("sensor");
    settings.yColumns = {QStringLiteral("value")};
    panel.setSettings(settings);
    panel.bind(&store);
    store.begin(generation, streamColumns());

    int next = 0;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // Catch up to the wall clock so the rate holds even if a tick was late.
        const int due = qMin(kPages, int(clock.elapsed() / kPageMs) + 1);
        while (next < due)
            store.apply(pages[size_t(next++)]);
    });
    std::vector<double> lateness;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probeClock.start();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.push_back(qMax(0.0, probeClock.nsecsElapsed() / 1e6 - 5.0));
        probeClock.restart();
    });
    int frames = 0;
    QObject::connect(panel.pipeline(), &ChartPipeline::frameReady, [&] { ++frames; });
    feeder.start(kPageMs);
    probe.start(5);
    while (next < kPages)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = clock.elapsed() / 1000.0;
    feeder.stop();
    probe.stop();
    std::sort(lateness.begin(), lateness.end());
    const double p99 = lateness.empty() ? 0 : lateness[size_t(double(lateness.size()) * 0.99)];
    std::printf("GUI event loop while charting %.0f rows/s (changelog, 5 series, %lld points "
                "buffered, %d frames, %.1f frames/s):\n",
                kPages * kRowsPerPage / seconds,
                static_cast<long long>(panel.pipeline()->frame()->bufferedPoints), frames,
                frames / seconds);
    std::printf("  latency median %.2f ms, p99 %.2f ms, max %.2f ms (goal < 50 ms)\n",
                median(lateness), p99, lateness.empty() ? 0 : lateness.back());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    redrawMillionPoints();
    latencyWhileStreaming();
    return 0;
}
