// Lexer and splitter throughput on a generated ~50 MB Flink SQL script, lexed from UTF-8 bytes
// as the editor hands them over. Prints MB/s (median of several runs). Goal (issue 3): the lexer
// at >= 200 MB/s. Usage: bench_lexer [MEGABYTES] [RUNS]. Not a timed test: it only prints.
#include "sql/lexer.h"
#include "sql/statementsplitter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Weir;

namespace {

// A realistic mix: DDL with options, comments (also Chinese), queries with joins and windows,
// statement sets, strings with ';', backticks, numbers, hints and variables.
QByteArray generateScript(qsizetype targetBytes)
{
    static const char *const blocks[] = {
        "-- 订单明细表：来自 Kafka 的原始订单\n"
        "CREATE TABLE orders_%d (\n"
        "  order_id    BIGINT,\n"
        "  `user`      STRING COMMENT '下单用户',\n"
        "  price       DECIMAL(32, 2),\n"
        "  buyer       ROW<first_name STRING, last_name STRING>,\n"
        "  order_time  TIMESTAMP(3),\n"
        "  WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND\n"
        ") WITH (\n"
        "  'connector' = 'kafka',\n"
        "  'topic' = 'orders_%d',\n"
        "  'properties.bootstrap.servers' = 'localhost:9092',\n"
        "  'scan.startup.mode' = 'earliest-offset',\n"
        "  'format' = 'json'\n"
        ");\n\n",
        "/* 每分钟的成交额; a block comment with a semicolon */\n"
        "INSERT INTO revenue_per_minute\n"
        "SELECT /*+ OPTIONS('sink.parallelism' = '4') */\n"
        "  TUMBLE_START(order_time, INTERVAL '1' MINUTE) AS window_start,\n"
        "  SUM(price * 1.08e0) AS revenue, COUNT(DISTINCT `user`) AS buyers\n"
        "FROM orders_%d o LEFT JOIN users u ON o.`user` = u.id AND u.region <> 'EU;test'\n"
        "WHERE o.price >= 10.5 AND MOD(o.order_id, 7) = 3 OR u.name LIKE '%%it''s%%'\n"
        "GROUP BY TUMBLE(order_time, INTERVAL '1' MINUTE);\n\n",
        "SET 'table.exec.state.ttl' = '1 h';\n"
        "SET 'pipeline.name' = 'job-${env}-%d';\n\n",
        "EXECUTE STATEMENT SET\nBEGIN\n"
        "  INSERT INTO sink_a SELECT order_id, 名称, 数量 FROM 订单_%d WHERE 数量 > 0;\n"
        "  INSERT INTO sink_b SELECT * FROM ods_${bizdate}_di;\n"
        "END;\n\n",
        "SELECT buyer.first_name, CAST(order_id AS STRING) || '-' || `user` AS k,\n"
        "       CASE WHEN price > 100 THEN 'high' ELSE 'low' END AS bucket -- 价格分档\n"
        "FROM orders_%d\n"
        "WHERE order_time BETWEEN TIMESTAMP '2024-01-01 00:00:00' AND CURRENT_TIMESTAMP;\n\n",
    };
    constexpr int count = int(sizeof(blocks) / sizeof(blocks[0]));
    QByteArray script;
    script.reserve(targetBytes + 4096);
    char buffer[2048];
    for (int i = 0; script.size() < targetBytes; ++i) {
        const int n = std::snprintf(buffer, sizeof(buffer), blocks[i % count], i, i);
        script.append(buffer, n);
    }
    return script;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    const qsizetype megabytes = argc > 1 ? std::atol(argv[1]) : 50;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    const QByteArray script = generateScript(megabytes * 1024 * 1024);
    const double mb = double(script.size()) / (1024.0 * 1024.0);
    std::printf("script: %.1f MB, %d runs each\n", mb, runs);

    std::vector<double> lexRates;
    qsizetype tokens = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Lexer lexer(script);
        Token token;
        qsizetype n = 0;
        qsizetype checksum = 0;
        while (lexer.next(&token)) {
            ++n;
            checksum += int(token.kind);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        lexRates.push_back(mb / seconds);
        tokens = n;
        if (checksum == 0)
            std::printf("(no tokens?)\n");
    }
    std::printf(
        "lexer:    %8.1f MB/s median (min %.1f, max %.1f), %lld tokens  [goal >= 200 MB/s]\n",
        median(lexRates), *std::min_element(lexRates.begin(), lexRates.end()),
        *std::max_element(lexRates.begin(), lexRates.end()), static_cast<long long>(tokens));

    std::vector<double> splitRates;
    qsizetype statements = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QVector<Statement> result = StatementSplitter::split(QByteArrayView(script));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        splitRates.push_back(mb / seconds);
        statements = result.size();
    }
    std::printf("splitter: %8.1f MB/s median (min %.1f, max %.1f), %lld statements "
                "(lex + split + UTF-16 and line/column of every statement)\n",
                median(splitRates), *std::min_element(splitRates.begin(), splitRates.end()),
                *std::max_element(splitRates.begin(), splitRates.end()),
                static_cast<long long>(statements));
    return 0;
}
