// Completion latency on a catalog of 50,000 tables x 20 columns: builds the snapshot once (its
// indexes), then times requests of each context many times and prints p50/p99 per context and
// overall. Goal (issue 3): <= 10 ms per request at p99. Usage: bench_completion [TABLES]
// [RUNS]. Not a timed test: it only prints.
#include "sql/completionengine.h"
#include "sql/inmemorycatalog.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Weir;

namespace {

const char *const kPrefixes[] = {"ods", "dwd", "dws", "dim", "ads", "tmp"};
const char *const kSubjects[] = {"orders",    "users",   "payments", "clicks",  "items",
                                 "shipments", "refunds", "sessions", "coupons", "inventory"};
const char *const kTypes[] = {"BIGINT", "STRING",  "DECIMAL(18, 2)", "TIMESTAMP(3)",
                              "INT",    "BOOLEAN", "DOUBLE",         "DATE"};

QString tableName(int i)
{
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(kPrefixes[i % 6]), QLatin1String(kSubjects[(i / 6) % 10]))
        .arg(i, 5, 10, QLatin1Char('0'));
}

MetadataCatalog buildCatalog(int tables, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    QVector<MetadataCatalog::Table> list;
    list.reserve(tables);
    for (int i = 0; i < tables; ++i) {
        MetadataCatalog::Table table;
        table.catalog = QStringLiteral("default_catalog");
        table.database = QStringLiteral("default_database");
        table.name = tableName(i);
        table.columns.reserve(20);
        for (int c = 0; c < 20; ++c)
            table.columns.append(
                {QStringLiteral("%1_col_%2").arg(QLatin1String(kSubjects[c % 10])).arg(c),
                 QLatin1String(kTypes[(i + c) % 8])});
        list.append(std::move(table));
    }
    MetadataCatalog catalog(
        std::move(list), {QStringLiteral("default_catalog"), QStringLiteral("default_database")});
    *ms = double(timer.nsecsElapsed()) / 1e6;
    return catalog;
}

// A realistic script before the statement being typed: DDL of a few script tables.
QByteArray preamble()
{
    QByteArray script;
    for (int i = 0; i < 20; ++i) {
        script += "CREATE TEMPORARY TABLE src_" + QByteArray::number(i) +
                  " (\n  id BIGINT,\n  name STRING,\n  amount DECIMAL(18, 2),\n"
                  "  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n"
                  ") WITH (\n  'connector' = 'kafka',\n  'topic' = 'src_" +
                  QByteArray::number(i) +
                  "',\n  'properties.bootstrap.servers' = 'localhost:9092',\n"
                  "  'format' = 'json'\n);\n\n";
    }
    return script;
}

struct Case
{
    const char *name;
    QByteArray statement; // '|' marks the caret
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char *argv[])
{
    const int tables = argc > 1 ? std::atoi(argv[1]) : 50000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 200;
    double buildMs = 0;
    const MetadataCatalog catalog = buildCatalog(tables, &buildMs);
    std::printf("catalog: %d tables x 20 columns, snapshot built in %.1f ms (once per snapshot)\n",
                tables, buildMs);

    const Case cases[] = {
        {"tables, empty prefix", "SELECT * FROM |"},
        {"tables, prefix", "SELECT * FROM dwd_pay|"},
        {"tables, fuzzy", "SELECT * FROM dwsref|"},
        {"tables, no match", "SELECT * FROM zzzz|"},
        {"alias columns", "SELECT o.| FROM ods_orders_00000 o JOIN dwd_users_00007 u ON 1 = 1"},
        {"select list", "SELECT ord| FROM ods_orders_00000 o JOIN dwd_users_00007 u ON o.x = u.y"},
        {"where, script table", "SELECT * FROM src_7 s WHERE s.am|"},
        {"keywords", "SELECT * FROM ods_orders_00000 o |"},
        {"WITH option keys", "CREATE TABLE t (a INT) WITH ('connector' = 'kafka', 'scan.|"},
        {"SET keys", "SET 'table.exec.|"},
    };
    const QByteArray head = preamble();
    const CompletionEngine engine;
    std::vector<double> all;
    std::printf("%-22s %8s %8s %8s %6s\n", "context", "p50 ms", "p99 ms", "max ms", "items");
    for (const Case &c : cases) {
        QByteArray text = head + c.statement;
        const qsizetype caret = text.indexOf('|');
        text.remove(caret, 1);
        CompletionEngine::Request request;
        request.text = text;
        request.caret = ByteOffset{caret};
        request.metadata = catalog;
        int items = 0;
        for (int i = 0; i < 5; ++i) // warm up
            items = int(engine.complete(request).candidates.size());
        std::vector<double> samples;
        samples.reserve(size_t(runs));
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const CompletionResult result = engine.complete(request);
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            items = int(result.candidates.size());
        }
        all.insert(all.end(), samples.begin(), samples.end());
        std::printf("%-22s %8.3f %8.3f %8.3f %6d\n", c.name, percentile(samples, 0.5),
                    percentile(samples, 0.99), percentile(samples, 1.0), items);
    }
    std::printf("%-22s %8.3f %8.3f %8.3f\n", "all requests", percentile(all, 0.5),
                percentile(all, 0.99), percentile(all, 1.0));
    std::printf("goal: p99 <= 10 ms per request -> %s\n",
                percentile(all, 0.99) <= 10.0 ? "met" : "NOT met");
    return 0;
}
