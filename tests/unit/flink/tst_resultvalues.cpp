// The exact-value types of app/core/results: ColumnType from Flink's logicalType JSON and its
// Flink spelling, Value's exact comparisons (DECIMAL and BIGINT never through double), and
// RowBatch's compact storage.

#include "results/columninfo.h"
#include "results/columntype.h"
#include "results/rowbatch.h"
#include "results/value.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Weir;

namespace {

ColumnType typeOf(const char *json)
{
    return ColumnType::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

} // namespace

class TestResultValues : public QObject
{
    Q_OBJECT

private slots:
    void typeSpelling_data();
    void typeSpelling();
    void nestedTypes();
    void unknownRootSurvives();
    void compareDecimal_data();
    void compareDecimal();
    void compareByType();
    void int64Exact();
    void rowBatchStorage();
};

void TestResultValues::typeSpelling_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("spelled");
    QTest::newRow("interval year")
        << QByteArray(
               R"({"type":"INTERVAL_YEAR_MONTH","nullable":true,"precision":4,"resolution":"YEAR"})")
        << QStringLiteral("INTERVAL YEAR(4)");
    QTest::newRow("interval year to month")
        << QByteArray(
               R"({"type":"INTERVAL_YEAR_MONTH","nullable":false,"precision":2,"resolution":"YEAR_TO_MONTH"})")
        << QStringLiteral("INTERVAL YEAR(2) TO MONTH NOT NULL");
    QTest::newRow("interval day to second")
        << QByteArray(
               R"({"type":"INTERVAL_DAY_TIME","nullable":true,"precision":2,"fractionalPrecision":6,"resolution":"DAY_TO_SECOND"})")
        << QStringLiteral("INTERVAL DAY(2) TO SECOND(6)");
    QTest::newRow("interval hour to minute")
        << QByteArray(
               R"({"type":"INTERVAL_DAY_TIME","nullable":true,"precision":2,"fractionalPrecision":6,"resolution":"HOUR_TO_MINUTE"})")
        << QStringLiteral("INTERVAL HOUR TO MINUTE");
    QTest::newRow("timestamp with time zone")
        << QByteArray(R"({"type":"TIMESTAMP_WITH_TIME_ZONE","nullable":true,"precision":6})")
        << QStringLiteral("TIMESTAMP(6) WITH TIME ZONE");
    QTest::newRow("null type") << QByteArray(R"({"type":"NULL"})") << QStringLiteral("NULL");
    QTest::newRow("raw")
        << QByteArray(
               R"({"type":"RAW","nullable":true,"class":"java.lang.Object","serializer":"AAA"})")
        << QStringLiteral("RAW('java.lang.Object', '...')");
    QTest::newRow("row with description")
        << QByteArray(
               R"({"type":"ROW","nullable":true,"fields":[{"name":"a`b","fieldType":{"type":"INTEGER","nullable":true},"description":"it's"}]})")
        << QStringLiteral("ROW<`a``b` INT 'it''s'>");
}

void TestResultValues::typeSpelling()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, spelled);
    QCOMPARE(typeOf(json.constData()).toString(), spelled);
}

void TestResultValues::nestedTypes()
{
    const ColumnType map = typeOf(
        R"({"type":"MAP","nullable":true,"keyType":{"type":"VARCHAR","nullable":true,"length":2147483647},"valueType":{"type":"ARRAY","nullable":true,"elementType":{"type":"DECIMAL","nullable":false,"precision":38,"scale":18}}})");
    QCOMPARE(map.root(), TypeRoot::Map);
    QVERIFY(map.isNested());
    QCOMPARE(map.children().size(), 2);
    QCOMPARE(map.children().at(0).root(), TypeRoot::Varchar);
    QVERIFY(map.children().at(0).isCharacterString());
    const ColumnType &decimal = map.children().at(1).children().at(0);
    QCOMPARE(decimal.precision(), 38);
    QCOMPARE(decimal.scale(), 18);
    QVERIFY(decimal.isNumeric());
    QVERIFY(!decimal.isNullable());
    QCOMPARE(map.toString(), QStringLiteral("MAP<STRING, ARRAY<DECIMAL(38, 18) NOT NULL>>"));
    QCOMPARE(
        map,
        typeOf(
            R"({"type":"MAP","nullable":true,"keyType":{"type":"VARCHAR","nullable":true,"length":2147483647},"valueType":{"type":"ARRAY","nullable":true,"elementType":{"type":"DECIMAL","nullable":false,"precision":38,"scale":18}}})"));
    QVERIFY(map != decimal);

    const ColumnInfo column = ColumnInfo::fromJson(
        QJsonDocument::fromJson(
            R"({"name":"r","logicalType":{"type":"ROW","nullable":false,"fields":[{"name":"id","fieldType":{"type":"BIGINT","nullable":false}}]},"comment":"the row"})")
            .object());
    QCOMPARE(column.name(), QStringLiteral("r"));
    QCOMPARE(column.comment(), QStringLiteral("the row"));
    QCOMPARE(column.type().fieldNames(), QStringList{QStringLiteral("id")});
}

void TestResultValues::unknownRootSurvives()
{
    const ColumnType variant = typeOf(R"({"type":"VARIANT","nullable":true})");
    QCOMPARE(variant.root(), TypeRoot::Other);
    QCOMPARE(variant.rootName(), QStringLiteral("VARIANT"));
    QCOMPARE(variant.toString(), QStringLiteral("VARIANT"));
    QCOMPARE(typeOf(R"({"type":"TIMESTAMP_WITH_LOCAL_TIME_ZONE","nullable":true,"precision":3})")
                 .rootName(),
             QStringLiteral("TIMESTAMP_WITH_LOCAL_TIME_ZONE"));
}

void TestResultValues::compareDecimal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("equal scale") << QStringLiteral("1.500000000000000000") << QStringLiteral("1.5")
                                 << 0;
    // Differ in the 38th digit: indistinguishable as doubles.
    QTest::newRow("38 digits") << QStringLiteral("12345678901234567890.123456789012345678")
                               << QStringLiteral("12345678901234567890.123456789012345679") << -1;
    QTest::newRow("bigint max") << QStringLiteral("9223372036854775807")
                                << QStringLiteral("9223372036854775806") << 1;
    QTest::newRow("bigint min") << QStringLiteral("-9223372036854775808")
                                << QStringLiteral("-9223372036854775807") << -1;
    QTest::newRow("negative") << QStringLiteral("-12.50") << QStringLiteral("3") << -1;
    QTest::newRow("both negative")
        << QStringLiteral("-0.000000000000000002") << QStringLiteral("-0.000000000000000001") << -1;
    QTest::newRow("zeros") << QStringLiteral("-0.000") << QStringLiteral("0") << 0;
    QTest::newRow("fraction") << QStringLiteral("0.5") << QStringLiteral("0.49") << 1;
    QTest::newRow("leading zeros") << QStringLiteral("007") << QStringLiteral("10") << -1;
    QTest::newRow("not a numeral last") << QStringLiteral("NaN") << QStringLiteral("1") << 1;
}

void TestResultValues::compareDecimal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(Value::compareDecimal(a, b), order);
    QCOMPARE(Value::compareDecimal(b, a), -order);
}

void TestResultValues::compareByType()
{
    const ColumnType decimal =
        typeOf(R"({"type":"DECIMAL","nullable":true,"precision":38,"scale":18})");
    const ColumnType dbl = typeOf(R"({"type":"DOUBLE","nullable":true})");
    const ColumnType timestamp =
        typeOf(R"({"type":"TIMESTAMP_WITHOUT_TIME_ZONE","nullable":true,"precision":3})");
    QVERIFY(Value::compare(Value(), Value(QStringLiteral("1")), decimal) < 0); // NULL first
    QCOMPARE(Value::compare(Value(), Value(), decimal), 0);
    QVERIFY(Value::compare(Value(QStringLiteral("10")), Value(QStringLiteral("9")), decimal) > 0);
    QVERIFY(Value::compare(Value(QStringLiteral("1.0E300")), Value(QStringLiteral("2.5")), dbl) >
            0);
    QVERIFY(Value::compare(Value(QStringLiteral("2024-01-02 03:04:05.100")),
                           Value(QStringLiteral("2024-01-02 03:04:05.099")), timestamp) > 0);
}

void TestResultValues::int64Exact()
{
    QCOMPARE(Value(QStringLiteral("9223372036854775807")).toInt64(),
             std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(Value(QStringLiteral("-9223372036854775808")).toInt64(),
             std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QVERIFY(!Value(QStringLiteral("9223372036854775808")).toInt64());
    QVERIFY(!Value().toInt64());
    QVERIFY(Value().isNull());
    QVERIFY(!Value(QString()).isNull()); // an empty string is not NULL
}

void TestResultValues::rowBatchStorage()
{
    RowBatch::Builder builder(3, 9, 2);
    builder.beginRow(RowKind::Insert);
    builder.addText(u"a");
    builder.addNull();
    builder.addText(u"中文");
    builder.beginRow(RowKind::Delete);
    builder.addText(QStringView());
    builder.addText(u"x'00'");
    // the third cell is missing: padded with NULL
    const RowBatch batch = builder.build();
    QCOMPARE(batch.generation(), quint64(9));
    QCOMPARE(batch.sequence(), qint64(2));
    QCOMPARE(batch.rowCount(), 2);
    QCOMPARE(batch.columnCount(), 3);
    QCOMPARE(batch.kind(1), RowKind::Delete);
    QCOMPARE(batch.text(0, 0), QLatin1String("a"));
    QVERIFY(batch.isNull(0, 1));
    QCOMPARE(batch.text(0, 2), QStringLiteral("中文"));
    QVERIFY(!batch.isNull(1, 0));
    QCOMPARE(batch.text(1, 0).size(), 0);
    QCOMPARE(batch.value(1, 1), Value(QStringLiteral("x'00'")));
    QVERIFY(batch.isNull(1, 2));
    QCOMPARE(batch.textSize(), qsizetype(8 * sizeof(QChar)));
    const RowBatch copy = batch; // shared, immutable
    QCOMPARE(copy.text(0, 2), batch.text(0, 2));
    QVERIFY(RowBatch().isEmpty());
}

QTEST_GUILESS_MAIN(TestResultValues)
#include "tst_resultvalues.moc"
