// ResultPageParser on result pages captured from real Flink 1.20.3 and 2.3.0 SQL Gateways
// (data/pages): page types, row kinds, job ids, column types spelled as Flink's TYPEOF() does,
// and every value exactly as Flink's SQL client prints it (PLAIN_TEXT). One JSON-format page
// shows why Weir does not use JSON rows.

#include "flink/resultpageparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Weir::ColumnInfo;
using Weir::ResultPageParser;
using Weir::RowBatch;
using Weir::RowKind;
using Page = ResultPageParser::Page;

namespace {

QByteArray readPage(const QString &name)
{
    QFile file(QStringLiteral(WEIR_FLINK_TEST_DATA "/pages/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Expected
{
    const char *name;
    const char *type;  // as TYPEOF() printed it on Flink 2.3.0
    const char *value; // nullptr: NULL
};

// SELECT <expression> AS <name>, ... in a session whose time zone is UTC (tests/unit/flink/data
// README lists the statement); TYPEOF() and the SQL client agree with every line.
const Expected kTypes[] = {
    {"dec38", "DECIMAL(38, 18) NOT NULL", "1.500000000000000000"},
    {"big", "BIGINT NOT NULL", "1"},
    {"b", "BOOLEAN NOT NULL", "TRUE"},
    {"ti", "TINYINT NOT NULL", "1"},
    {"si", "SMALLINT NOT NULL", "1"},
    {"i", "INT NOT NULL", "1"},
    {"f", "FLOAT NOT NULL", "1.1"},
    {"d", "DOUBLE NOT NULL", "0.1"},
    {"ch", "CHAR(5) NOT NULL", "abc  "},
    {"vc", "VARCHAR(10) NOT NULL", "a"},
    {"str", "STRING NOT NULL", "a"},
    {"ts3", "TIMESTAMP(3) NOT NULL", "2024-01-02 03:04:05.100"},
    {"ts9", "TIMESTAMP(9) NOT NULL", "2024-01-02 03:04:05.000000000"},
    {"ltz3", "TIMESTAMP_LTZ(3)", "1970-01-01 00:00:00.000"},
    {"ltz6", "TIMESTAMP_LTZ(6) NOT NULL", "2024-01-02 03:04:05.000000"},
    {"dt", "DATE NOT NULL", "2024-02-29"},
    {"tm", "TIME(0) NOT NULL", "12:34:56"},
    {"tm3", "TIME(3) NOT NULL", "12:34:56.789"},
    {"bin", "BINARY(4) NOT NULL", "x'deadbeef'"},
    {"byts", "BYTES NOT NULL", "x'0102'"},
    {"vb", "VARBINARY(10) NOT NULL", "x'0102'"},
    {"arr", "ARRAY<INT NOT NULL> NOT NULL", "[1, 2, 3]"},
    {"arrs", "ARRAY<STRING> NOT NULL", "[a, NULL]"},
    {"mp", "MAP<CHAR(2) NOT NULL, INT NOT NULL> NOT NULL", "{k1=1, k2=2}"},
    {"r",
     "ROW<`EXPR$0` INT NOT NULL, `EXPR$1` CHAR(1) NOT NULL, `EXPR$2` ROW<`EXPR$0` BOOLEAN NOT "
     "NULL, `EXPR$1` DECIMAL(5, 2) NOT NULL> NOT NULL> NOT NULL",
     "(1, x, (TRUE, 2.50))"},
    {"rnamed", "ROW<`id` INT NOT NULL, `name` STRING> NOT NULL", "(1, x)"},
    {"nested",
     "ARRAY<MAP<CHAR(1) NOT NULL, ROW<`EXPR$0` INT NOT NULL, `EXPR$1` CHAR(1) NOT NULL> NOT "
     "NULL> NOT NULL> NOT NULL",
     "[{a=(1, z)}]"},
    {"nint", "INT", nullptr},
    {"iday", "INTERVAL SECOND(3) NOT NULL", "+1 00:00:00.000"},
    {"iym", "INTERVAL MONTH NOT NULL", "+2-03"},
    {"ids", "INTERVAL SECOND(3) NOT NULL", "+1 02:03:04.567"},
    {"imon", "INTERVAL MONTH NOT NULL", "+0-05"},
    {"iyear", "INTERVAL MONTH NOT NULL", "+5-00"},
    {"ihour", "INTERVAL SECOND(3) NOT NULL", "+0 05:00:00.000"},
    {"imin", "INTERVAL SECOND(3) NOT NULL", "+0 05:06:00.000"},
};

} // namespace

class TestResultPageParser : public QObject
{
    Q_OBJECT

private slots:
    void everyType_data();
    void everyType();
    void changelogKinds_data();
    void changelogKinds();
    void insertJobPages_data();
    void insertJobPages();
    void multiset();
    void jsonRowsLoseDigits();
    void unreadablePages();
    void peekNextResultUri_data();
    void peekNextResultUri();
    void peekIsNotFooledByCells();
};

void TestResultPageParser::everyType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("flink1");
    QTest::newRow("1.20.3") << QStringLiteral("flink1_20_3_types_payload") << true;
    QTest::newRow("2.3.0") << QStringLiteral("flink2_3_0_types_payload") << false;
}

void TestResultPageParser::everyType()
{
    QFETCH(QString, file);
    QFETCH(bool, flink1);
    const Page page = ResultPageParser::parse(readPage(file), 42, 7);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.type, Page::Type::Payload);
    QCOMPARE(page.rowFormat, QStringLiteral("PLAIN_TEXT"));
    QVERIFY(page.isQueryResult);
    QVERIFY(page.nextResultUri.contains(QLatin1String("?rowFormat=PLAIN_TEXT")));
    QCOMPARE(page.jobId.size(), 32);
    const RowBatch &rows = page.rows;
    QCOMPARE(rows.generation(), quint64(42));
    QCOMPARE(rows.sequence(), qint64(7));
    QCOMPARE(rows.rowCount(), 1);
    QCOMPARE(rows.kind(0), RowKind::Insert);
    QCOMPARE(page.columns.size(), qsizetype(std::size(kTypes)));
    QCOMPARE(rows.columnCount(), int(std::size(kTypes)));
    for (int i = 0; i < int(std::size(kTypes)); ++i) {
        const Expected &e = kTypes[i];
        QString type = QLatin1String(e.type);
        QString value = QLatin1String(e.value);
        // Flink 1.20 types CAST(... AS TIME(3)) as TIME(0) and prints no fraction.
        if (flink1 && QByteArrayView(e.name) == "tm3") {
            type = QStringLiteral("TIME(0) NOT NULL");
            value = QStringLiteral("12:34:56");
        }
        const ColumnInfo &column = page.columns.at(i);
        QCOMPARE(column.name(), QLatin1String(e.name));
        QCOMPARE(column.type().toString(), type);
        QCOMPARE(rows.isNull(0, i), e.value == nullptr);
        QCOMPARE(rows.text(0, i).toString(), value);
        QCOMPARE(rows.value(0, i).isNull(), e.value == nullptr);
    }
}

void TestResultPageParser::changelogKinds_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("1.20.3") << QStringLiteral("flink1_20_3_groupby_payload");
    QTest::newRow("2.3.0") << QStringLiteral("flink2_3_0_groupby_payload");
}

void TestResultPageParser::changelogKinds()
{
    QFETCH(QString, file);
    // SELECT x, COUNT(*) AS c FROM (VALUES ('a'), ('a'), ('b')) AS t(x) GROUP BY x
    const Page page = ResultPageParser::parse(readPage(file), 1, 0);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    const RowBatch &rows = page.rows;
    QCOMPARE(rows.rowCount(), 4);
    const RowKind kinds[] = {RowKind::Insert, RowKind::UpdateBefore, RowKind::UpdateAfter,
                             RowKind::Insert};
    const char *texts[][2] = {{"a", "1"}, {"a", "1"}, {"a", "2"}, {"b", "1"}};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(rows.kind(row), kinds[row]);
        QCOMPARE(rows.text(row, 0), QLatin1String(texts[row][0]));
        QCOMPARE(rows.value(row, 1).toInt64(),
                 std::optional<qint64>(QByteArray(texts[row][1]).toLongLong()));
    }
    QCOMPARE(Weir::rowKindShortString(rows.kind(1)), QStringLiteral("-U"));
    QCOMPARE(page.columns.at(1).type().toString(), QStringLiteral("BIGINT NOT NULL"));
}

void TestResultPageParser::insertJobPages_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("1.20.3") << QStringLiteral("flink1_20_3");
    QTest::newRow("2.3.0") << QStringLiteral("flink2_3_0");
}

void TestResultPageParser::insertJobPages()
{
    QFETCH(QString, version);
    // INSERT INTO bh VALUES (1): NOT_READY, then the job id row, then EOS.
    const Page notReady =
        ResultPageParser::parse(readPage(version + QStringLiteral("_insert_notready")), 1, 0);
    QCOMPARE(notReady.type, Page::Type::NotReady);
    QVERIFY(notReady.nextResultUri.endsWith(QLatin1String("/result/0?rowFormat=PLAIN_TEXT")));
    QVERIFY(notReady.rows.isEmpty());

    const Page payload =
        ResultPageParser::parse(readPage(version + QStringLiteral("_insert_payload")), 1, 1);
    QCOMPARE(payload.type, Page::Type::Payload);
    QVERIFY(!payload.isQueryResult);
    QCOMPARE(payload.resultKind, QStringLiteral("SUCCESS_WITH_CONTENT"));
    QCOMPARE(payload.columns.size(), 1);
    QCOMPARE(payload.columns.at(0).name(), QStringLiteral("job id"));
    QCOMPARE(payload.rows.rowCount(), 1);
    QCOMPARE(payload.rows.text(0, 0).toString(), payload.jobId);

    const Page eos =
        ResultPageParser::parse(readPage(version + QStringLiteral("_insert_eos")), 1, 2);
    QCOMPARE(eos.type, Page::Type::EndOfStream);
    QVERIFY(eos.nextResultUri.isEmpty());
    QCOMPARE(eos.jobId, payload.jobId);
    QVERIFY(eos.rows.isEmpty());
}

void TestResultPageParser::multiset()
{
    // SELECT COLLECT(x) AS ms FROM (VALUES ('a'), ('a'), ('b')) AS t(x), in batch mode.
    for (const char *file : {"flink1_20_3_multiset_payload", "flink2_3_0_multiset_payload"}) {
        const Page page = ResultPageParser::parse(readPage(QLatin1String(file)), 1, 0);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.columns.at(0).type().toString(),
                 QStringLiteral("MULTISET<CHAR(1) NOT NULL> NOT NULL"));
        QCOMPARE(page.rows.text(0, 0), QLatin1String("{a=2, b=1}"));
    }
}

void TestResultPageParser::jsonRowsLoseDigits()
{
    // The same DECIMAL(38,18) and BIGINT values fetched with rowFormat=JSON: Flink writes JSON
    // numbers, and neither the wire text nor QJsonDocument keeps what PLAIN_TEXT keeps.
    for (const char *file : {"flink1_20_3_numbers_json", "flink2_3_0_numbers_json"}) {
        const QByteArray body = readPage(QLatin1String(file));
        QVERIFY(body.contains(
            "\"fields\":[12345678901234567890.123456789012345678,1.5,9223372036854775807]"));
        const Page page = ResultPageParser::parse(body, 1, 0);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.rowFormat, QStringLiteral("JSON"));
        // Qt 6 keeps integers that fit in qint64 exact (QJsonValue::toInteger) ...
        QCOMPARE(page.rows.text(0, 2), QLatin1String("9223372036854775807"));
        // ... but parses every other number as a double: 38 digits become 17.
        QCOMPARE(page.rows.text(0, 0), QLatin1String("1.2345678901234567e+19"));
        // And Flink itself dropped the declared scale (PLAIN_TEXT: "1.500000000000000000").
        QCOMPARE(page.rows.text(0, 1), QLatin1String("1.5"));
    }
}

void TestResultPageParser::unreadablePages()
{
    QVERIFY(
        !ResultPageParser::parse(QByteArrayLiteral("{\"resultType\":\"PAY"), 1, 0).error.isEmpty());
    QVERIFY(!ResultPageParser::parse(QByteArrayLiteral("{\"resultType\":\"MAYBE\"}"), 1, 0)
                 .error.isEmpty());
    const QByteArray badKind =
        R"({"resultType":"PAYLOAD","results":{"columns":[{"name":"a","logicalType":{"type":"INTEGER","nullable":true}}],"data":[{"kind":"UPSERT","fields":["1"]}]}})";
    QVERIFY(ResultPageParser::parse(badKind, 1, 0).error.contains(QLatin1String("UPSERT")));
    const QByteArray badWidth =
        R"({"resultType":"PAYLOAD","results":{"columns":[{"name":"a","logicalType":{"type":"INTEGER","nullable":true}}],"data":[{"kind":"INSERT","fields":["1","2"]}]}})";
    QVERIFY(!ResultPageParser::parse(badWidth, 1, 0).error.isEmpty());
}

void TestResultPageParser::peekNextResultUri_data()
{
    QTest::addColumn<QString>("name");
    for (const char *version : {"flink1_20_3", "flink2_3_0"}) {
        for (const char *page : {"groupby_payload", "insert_eos", "insert_notready",
                                 "insert_payload", "multiset_payload", "types_payload",
                                 "numbers_json"}) {
            const QString name =
                QStringLiteral("%1_%2").arg(QLatin1String(version), QLatin1String(page));
            QTest::newRow(qPrintable(name)) << name;
        }
    }
}

void TestResultPageParser::peekNextResultUri()
{
    // The byte search agrees with the parser on real pages: the parser's nextResultUri for a
    // PAYLOAD page with rows, nothing for NOT_READY, EOS and pages without rows.
    QFETCH(QString, name);
    const QByteArray body = readPage(name);
    const Page page = ResultPageParser::parse(body, 1, 0);
    QVERIFY(page.error.isEmpty());
    const QString peeked = ResultPageParser::peekNextResultUri(body);
    if (page.type == Page::Type::Payload && !page.rows.isEmpty()) {
        QVERIFY(!page.nextResultUri.isEmpty());
        QCOMPARE(peeked, page.nextResultUri);
    } else {
        QVERIFY2(peeked.isEmpty(), qPrintable(peeked));
    }
}

void TestResultPageParser::peekIsNotFooledByCells()
{
    // A cell that spells the key holds it escaped inside a string: only the real key counts.
    const QByteArray body =
        R"({"resultType":"PAYLOAD","isQueryResult":true,"resultKind":"SUCCESS_WITH_CONTENT","results":{"columns":[{"name":"a","logicalType":{"type":"VARCHAR","nullable":true,"length":100}}],"rowFormat":"PLAIN_TEXT","data":[{"kind":"INSERT","fields":["\"nextResultUri\":\"/evil\""]}]},"nextResultUri":"/v3/sessions/s/operations/o/result/7?rowFormat=PLAIN_TEXT"})";
    QCOMPARE(ResultPageParser::peekNextResultUri(body),
             QStringLiteral("/v3/sessions/s/operations/o/result/7?rowFormat=PLAIN_TEXT"));
    QCOMPARE(ResultPageParser::parse(body, 1, 0).rows.text(0, 0).toString(),
             QStringLiteral("\"nextResultUri\":\"/evil\""));
    // Without the key (the end of the stream), or with no rows: nothing.
    const QByteArray withoutKey =
        R"({"resultType":"PAYLOAD","results":{"data":[{"kind":"INSERT","fields":["\"nextResultUri\":\"/x\""]}]}})";
    QVERIFY(ResultPageParser::peekNextResultUri(withoutKey).isEmpty());
    const QByteArray withoutRows =
        R"({"resultType":"PAYLOAD","results":{"data":[]},"nextResultUri":"/v3/x/result/2"})";
    QVERIFY(ResultPageParser::peekNextResultUri(withoutRows).isEmpty());
}

QTEST_GUILESS_MAIN(TestResultPageParser)
#include "tst_resultpageparser.moc"
