// Completion of WITH option keys and values per connector, format and catalog type, SET keys
// and values, ${variables}, and call tips with the current argument, through CompletionEngine.
// "|" marks the caret in every script.
#include "completiontestcase.h"
#include "sql/completionengine.h"

#include <QTest>

using namespace Weir;
using Weir::Test::completeAtMarker;
using Weir::Test::Completion;

namespace {

Completion complete(const QString &script, const QHash<QString, QString> &variables = {})
{
    CompletionEngine::Request request;
    request.variables = variables;
    return completeAtMarker(script, request);
}

CallTip tipAt(const QString &script)
{
    static const CompletionEngine engine;
    QByteArray text = script.toUtf8();
    const qsizetype caret = text.indexOf('|');
    text.remove(caret, 1);
    return engine.signatureAt(text, ByteOffset{caret});
}

QStringList list(const char *items)
{
    return QString::fromUtf8(items).split(QLatin1Char(','));
}

} // namespace

class TestCompletionOptions : public QObject
{
    Q_OBJECT

private slots:
    void withOptionKeys();
    void withOptionKeysPerConnector_data();
    void withOptionKeysPerConnector();
    void withFormatOptions();
    void withOptionValues();
    void catalogOptions();
    void setKeysAndValues();
    void variables();
    void callTips();
};

void TestCompletionOptions::withOptionKeys()
{
    // Nothing chosen yet: 'connector' first, quoted because no quote was typed.
    const Completion bare = complete(QStringLiteral("CREATE TABLE t (a INT) WITH (|"));
    QCOMPARE(bare.displays(), list("connector"));
    QCOMPARE(bare.texts(), list("'connector'"));
    QCOMPARE(bare.result.candidates.first().kind, CompletionKind::OptionKey);
    QCOMPARE(bare.result.candidates.first().detail, QStringLiteral("String, required"));
    // Kafka's keys: required first, then in the catalog's order; present keys left out.
    const Completion kafka = complete(
        QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = 'kafka', 'topic' = 'x', '|')"));
    QCOMPARE(kafka.displays(3),
             list("properties.bootstrap.servers,topic-pattern,properties.group.id"));
    QCOMPARE(kafka.result.candidates.first().text, QStringLiteral("properties.bootstrap.servers"));
    QVERIFY(!kafka.displays().contains(QStringLiteral("topic")));
    QVERIFY(!kafka.displays().contains(QStringLiteral("connector")));
    // The key being edited is not "present"; an open literal gets its closing quote.
    const Completion open = complete(
        QStringLiteral("CREATE TABLE t (a INT) WITH (\n  'connector' = 'kafka',\n  'scan.st|\n)"));
    QCOMPARE(open.displays(3),
             list("scan.startup.mode,scan.startup.specific-offsets,scan.startup.timestamp-millis"));
    QCOMPARE(open.applied(),
             QStringLiteral("CREATE TABLE t (a INT) WITH (\n  'connector' = 'kafka',\n  "
                            "'scan.startup.mode'\n)"));
    // datagen's fields.#.kind expands to the table's columns.
    const Completion datagen = complete(QStringLiteral(
        "CREATE TABLE g (id INT, name STRING) WITH ('connector' = 'datagen', 'fields.|"));
    QCOMPARE(datagen.displays(4),
             list("fields.id.kind,fields.name.kind,fields.id.min,fields.name.min"));
}

void TestCompletionOptions::withOptionKeysPerConnector_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("key");
    QTest::newRow("datagen") << "datagen"
                             << "rows-per-second";
    QTest::newRow("filesystem") << "filesystem"
                                << "path";
    QTest::newRow("print") << "print"
                           << "print-identifier";
    QTest::newRow("kafka") << "kafka"
                           << "scan.startup.mode";
    QTest::newRow("upsert-kafka") << "upsert-kafka"
                                  << "key.format";
    QTest::newRow("jdbc") << "jdbc"
                          << "table-name";
    QTest::newRow("mysql-cdc") << "mysql-cdc"
                               << "server-id";
    QTest::newRow("postgres-cdc") << "postgres-cdc"
                                  << "slot.name";
    QTest::newRow("elasticsearch-7") << "elasticsearch-7"
                                     << "hosts";
    QTest::newRow("hbase-2.2") << "hbase-2.2"
                               << "zookeeper.quorum";
    QTest::newRow("paimon") << "paimon"
                            << "merge-engine";
    QTest::newRow("doris") << "doris"
                           << "fenodes";
    QTest::newRow("starrocks") << "starrocks"
                               << "load-url";
}

void TestCompletionOptions::withOptionKeysPerConnector()
{
    QFETCH(QString, connector);
    QFETCH(QString, key);
    const Completion c =
        complete(QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = '%1', '%2|")
                     .arg(connector, key));
    QVERIFY2(!c.result.candidates.isEmpty(), qPrintable(connector));
    QCOMPARE(c.result.candidates.first().display, key);
    QVERIFY(!c.result.candidates.first().detail.isEmpty());
    // blackhole has no options but 'connector' itself (present already).
    QVERIFY(complete(QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = 'blackhole', '|"))
                .result.candidates.isEmpty());
}

void TestCompletionOptions::withFormatOptions()
{
    const QString head = QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = 'kafka', ");
    const Completion json = complete(head + QStringLiteral("'format' = 'json', 'json.ig|"));
    QCOMPARE(json.displays(1), list("json.ignore-parse-errors"));
    // Format keys name their format; the connector's own do not repeat it.
    QCOMPARE(json.result.candidates.first().detail,
             QStringLiteral("Boolean, default false \u00b7 json"));
    QCOMPARE(complete(head + QStringLiteral("'key.format' = 'csv', 'key.csv.f|")).displays(1),
             list("key.csv.field-delimiter"));
    QCOMPARE(complete(head +
                      QStringLiteral("'value.format' = 'debezium-json', 'value.debezium-json.sc|"))
                 .displays(1),
             list("value.debezium-json.schema-include"));
    QCOMPARE(complete(head + QStringLiteral("'format' = 'avro', 'avro.c|")).displays(1),
             list("avro.codec"));
    QCOMPARE(
        complete(head + QStringLiteral("'format' = 'canal-json', 'canal-json.ta|")).displays(1),
        list("canal-json.table.include"));
    QCOMPARE(complete(head + QStringLiteral("'format' = 'raw', 'raw.e|")).displays(1),
             list("raw.endianness"));
    // Format keys rank after the connector's own.
    const Completion all = complete(head + QStringLiteral("'format' = 'json', '|"));
    QCOMPARE(all.result.candidates.last().display,
             QStringLiteral("json.decode.json-parser.enabled"));
}

void TestCompletionOptions::withOptionValues()
{
    const QString head = QStringLiteral("CREATE TABLE t (a INT) WITH (");
    QCOMPARE(complete(head + QStringLiteral("'connector' = '|")).displays(4),
             list("datagen,filesystem,print,blackhole"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'ka|'")).displays(1), list("kafka"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'ka|'")).applied(),
             head + QStringLiteral("'connector' = 'kafka'"));
    // Bare: quoted.
    QCOMPARE(complete(head + QStringLiteral("'connector' = |")).texts(1), list("'datagen'"));
    const Completion mode =
        complete(head + QStringLiteral("'connector' = 'kafka', 'scan.startup.mode' = '|"));
    QCOMPARE(mode.displays(),
             list("earliest-offset,latest-offset,group-offsets,timestamp,specific-offsets"));
    QCOMPARE(mode.find(QStringLiteral("group-offsets"))->detail, QStringLiteral("default"));
    QCOMPARE(mode.result.candidates.first().text, QStringLiteral("earliest-offset'"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'kafka', 'format' = '|")).displays(3),
             list("json,csv,avro"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'filesystem', 'auto-compaction' = '|"))
                 .displays(),
             list("true,false"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'kafka', 'format' = 'json', "
                                            "'json.timestamp-format.standard' = '|"))
                 .displays(),
             list("SQL,ISO-8601"));
    QCOMPARE(complete(head + QStringLiteral("'connector' = 'postgres-cdc', 'decoding.plugin.name' "
                                            "= 'pg|"))
                 .displays(),
             list("pgoutput"));
}

void TestCompletionOptions::catalogOptions()
{
    QCOMPARE(complete(QStringLiteral("CREATE CATALOG c WITH (|")).texts(), list("'type'"));
    QCOMPARE(complete(QStringLiteral("CREATE CATALOG c WITH ('type' = '|")).displays(),
             list("generic_in_memory,jdbc,hive,paimon"));
    QCOMPARE(complete(QStringLiteral("CREATE CATALOG c WITH ('type' = 'paimon', 'wa|")).displays(),
             list("warehouse"));
}

void TestCompletionOptions::setKeysAndValues()
{
    const Completion keys = complete(QStringLiteral("SET 'table.exec.st|"));
    QCOMPARE(keys.displays(1), list("table.exec.state.ttl"));
    QCOMPARE(keys.result.candidates.first().kind, CompletionKind::ConfigKey);
    QCOMPARE(keys.result.candidates.first().detail, QStringLiteral("Duration, default 0 ms"));
    QCOMPARE(keys.applied(), QStringLiteral("SET 'table.exec.state.ttl'"));
    QCOMPARE(complete(QStringLiteral("SET 'table.exec.st|';")).applied(),
             QStringLiteral("SET 'table.exec.state.ttl';"));
    QCOMPARE(complete(QStringLiteral("SET pipe|")).texts(1),
             list("'pipeline.auto-watermark-interval'"));
    QCOMPARE(complete(QStringLiteral("RESET 'parallelism.d|")).displays(),
             list("parallelism.default"));
    const Completion mode = complete(QStringLiteral("SET 'execution.runtime-mode' = '|';"));
    QCOMPARE(mode.displays(), list("STREAMING,BATCH,AUTOMATIC"));
    QCOMPARE(mode.find(QStringLiteral("STREAMING"))->detail, QStringLiteral("default"));
    QCOMPARE(complete(QStringLiteral("SET 'sql-client.execution.result-mode' = |")).texts(),
             list("'TABLE','CHANGELOG','TABLEAU'"));
    // Keys checkpointing users reach for.
    QCOMPARE(complete(QStringLiteral("SET 'execution.checkpointing.int|")).displays(1),
             list("execution.checkpointing.interval"));
    QCOMPARE(complete(QStringLiteral("SET 'state.backend.type' = '|")).displays(),
             list("hashmap,rocksdb,forst"));
}

void TestCompletionOptions::variables()
{
    const QString script = QStringLiteral("env := prod;\nbizdate := 20240101;\n");
    const Completion c = complete(script + QStringLiteral("SELECT * FROM ods_${|"),
                                  {{QStringLiteral("region"), QStringLiteral("eu")}});
    QCOMPARE(c.displays(), list("env,bizdate,region"));
    QCOMPARE(c.result.candidates.first().kind, CompletionKind::Variable);
    QCOMPARE(c.find(QStringLiteral("bizdate"))->detail, QStringLiteral("20240101"));
    QCOMPARE(c.texts(1), list("env}"));
    // Closed already: no second brace; inside a string literal too.
    QCOMPARE(complete(script + QStringLiteral("SET 'pipeline.name' = 'job-${bi|}';")).applied(),
             script + QStringLiteral("SET 'pipeline.name' = 'job-${bizdate}';"));
}

void TestCompletionOptions::callTips()
{
    CallTip tip = tipAt(QStringLiteral("SELECT SUBSTR(name, |"));
    QVERIFY(tip.isValid());
    QCOMPARE(tip.function, QStringLiteral("SUBSTR"));
    QCOMPARE(tip.argumentIndex, 1);
    QCOMPARE(tip.signature, QStringLiteral("SUBSTR(string, pos)"));
    QCOMPARE(tip.signature.mid(tip.highlightBegin, tip.highlightEnd - tip.highlightBegin),
             QStringLiteral("pos"));
    QCOMPARE(tip.nameBegin.value, 7);
    QCOMPARE(tip.openParen.value, 13);
    // The third argument needs the longer signature.
    tip = tipAt(QStringLiteral("SELECT SUBSTR(name, 1, |) FROM t"));
    QCOMPARE(tip.signatureIndex, 1);
    QCOMPARE(tip.signature.mid(tip.highlightBegin, tip.highlightEnd - tip.highlightBegin),
             QStringLiteral("length"));
    // Variadic: any later argument highlights the "...".
    tip = tipAt(QStringLiteral("SELECT concat(a, b, c, d|"));
    QCOMPARE(tip.argumentIndex, 3);
    QCOMPARE(tip.signature.mid(tip.highlightBegin, tip.highlightEnd - tip.highlightBegin),
             QStringLiteral("..."));
    // Nested calls: the innermost known function; commas inside inner parentheses do not count.
    tip = tipAt(QStringLiteral("SELECT ROUND(SUM(price * (1 + tax)), |) FROM orders"));
    QCOMPARE(tip.function, QStringLiteral("ROUND"));
    QCOMPARE(tip.argumentIndex, 1);
    tip = tipAt(QStringLiteral("SELECT ROUND(SUM(pri|ce), 2) FROM orders"));
    QCOMPARE(tip.function, QStringLiteral("SUM"));
    QCOMPARE(tip.argumentIndex, 0);
    tip = tipAt(QStringLiteral("SELECT COALESCE((a + |"));
    QCOMPARE(tip.function, QStringLiteral("COALESCE"));
    // No argument left to highlight for a one-argument function given two.
    tip = tipAt(QStringLiteral("SELECT UPPER(a, |"));
    QCOMPARE(tip.highlightBegin, -1);
    // Not in a call, or after it, or in a comment: no tip.
    QVERIFY(!tipAt(QStringLiteral("SELECT * FROM t WHERE (|")).isValid());
    QVERIFY(!tipAt(QStringLiteral("SELECT UPPER(a)|")).isValid());
    QVERIFY(!tipAt(QStringLiteral("SELECT 1; -- UPPER(|")).isValid());
    QVERIFY(!tipAt(QStringLiteral("SELECT UPPER(a);\nSELECT |")).isValid());
}

QTEST_GUILESS_MAIN(TestCompletionOptions)
#include "tst_sql_completionoptions.moc"
