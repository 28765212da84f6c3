// FlinkErrorText and GatewayError::fromHttpResponse on error bodies captured from real Flink
// 1.20.3 and 2.3.0 SQL Gateways (data/errors/flink<version>_<case>.json; the statements that
// produced them are listed in statementFor() below).

#include "flink/flinkerrortext.h"
#include "flink/gatewayerror.h"

#include <QFile>
#include <QTest>
#include <QUrl>
#include <optional>

using Weir::FlinkErrorText;
using Weir::GatewayError;
using Weir::LineColumn;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(WEIR_FLINK_TEST_DATA "/errors/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

using Position = std::optional<LineColumn>;

} // namespace

Q_DECLARE_METATYPE(GatewayError::Kind)
Q_DECLARE_METATYPE(Position)

class TestFlinkErrorText : public QObject
{
    Q_OBJECT

private slots:
    void capturedBodies_data();
    void capturedBodies();
    void sessionLost_data();
    void sessionLost();
    void httpErrors_data();
    void httpErrors();
    void notFlinkBody();
    void expectedTokensCondensed();
};

void TestFlinkErrorText::capturedBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summaryStart");
    QTest::addColumn<QString>("exceptionClass");
    QTest::addColumn<Position>("start");
    QTest::addColumn<Position>("end");

    const QString parser = QStringLiteral("org.apache.flink.sql.parser.impl.ParseException");
    const QString validator =
        QStringLiteral("org.apache.calcite.sql.validate.SqlValidatorException");
    for (const char *version : {"1_20_3", "2_3_0"}) {
        const auto name = [version](const char *kind) {
            return QStringLiteral("flink%1_%2").arg(QLatin1String(version), QLatin1String(kind));
        };
        // "SELECT *\nFORM t": FORM is taken as an alias, so Flink stops at "t".
        QTest::addRow("%s parse", version)
            << name("parse")
            << QStringLiteral(
                   "SQL parse failed. Encountered \"t\". Was expecting one of: <EOF>, \"EXCEPT\"")
            << parser << Position(LineColumn{2, 6}) << Position(LineColumn{2, 7});
        // "SELECT 1 +"
        QTest::addRow("%s incomplete", version)
            << name("incomplete") << QStringLiteral("SQL parse failed. Encountered \"+ <EOF>\".")
            << parser << Position(LineColumn{1, 10}) << Position(LineColumn{1, 11});
        // "SELECT 'abc": the unterminated string is a parse error at its quote.
        QTest::addRow("%s lexical", version)
            << name("lexical") << QStringLiteral("SQL parse failed. Encountered \"\\'\".") << parser
            << Position(LineColumn{1, 8}) << Position(LineColumn{1, 9});
        // "SELECT 1 AS a,\n  nosuchcolumn + 1 AS b\nFROM (VALUES (1)) AS t(x)"
        QTest::addRow("%s validation", version)
            << name("validation") << QStringLiteral("Column 'nosuchcolumn' not found in any table")
            << validator << Position(LineColumn{2, 3}) << Position(LineColumn{2, 15});
        // "SELECT * FROM no_such_table"
        QTest::addRow("%s unknown table", version)
            << name("unknowntable") << QStringLiteral("Object 'no_such_table' not found")
            << validator << Position(LineColumn{1, 15}) << Position(LineColumn{1, 28});
        // "SELECT no_such_fn(1)"
        QTest::addRow("%s unknown function", version)
            << name("function")
            << QStringLiteral("No match found for function signature no_such_fn(<NUMERIC>)")
            << validator << Position(LineColumn{1, 8}) << Position(LineColumn{1, 21});
        // "SELECT 1; SELECT 2": one statement per call.
        QTest::addRow("%s two statements", version)
            << name("multi") << QStringLiteral("only single statement supported")
            << QStringLiteral("java.lang.IllegalArgumentException") << Position() << Position();
        // configure-session with "SELECT 1"
        QTest::addRow("%s configure select", version)
            << name("configure_select")
            << QStringLiteral("Unsupported statement for configuring session:") // 2.x adds a space
            << QStringLiteral("java.lang.UnsupportedOperationException") << Position()
            << Position();
    }
}

void TestFlinkErrorText::capturedBodies()
{
    QFETCH(QString, file);
    QFETCH(QString, summaryStart);
    QFETCH(QString, exceptionClass);
    QFETCH(Position, start);
    QFETCH(Position, end);

    const QByteArray body = readData(file);
    const FlinkErrorText text = FlinkErrorText::parse(body);
    QVERIFY(text.isFlinkErrorBody());
    QVERIFY(text.isStatementFailure());
    QVERIFY2(text.summary().startsWith(summaryStart), qPrintable(text.summary()));
    QCOMPARE(text.rootCause().className, exceptionClass);
    QCOMPARE(text.start(), start);
    QCOMPARE(text.end(), end);
    // No statement-relative position leaks into the words; the range carries it.
    QVERIFY2(!text.summary().contains(QLatin1String("line ")), qPrintable(text.summary()));
    // Short, except that configure-session's rejection lists every statement type it allows.
    QVERIFY2(text.summary().size() < 1200, qPrintable(QString::number(text.summary().size())));

    const QUrl url(QStringLiteral("http://127.0.0.1:8083/v3/sessions/s/operations/o/result/0"));
    const GatewayError error = GatewayError::fromHttpResponse(url, 500, body);
    QCOMPARE(error.kind, GatewayError::Kind::Statement);
    QCOMPARE(error.message, text.summary());
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.exceptionClass, exceptionClass);
    QCOMPARE(error.start, start);
    QCOMPARE(error.end, end);
    QVERIFY(error.details.contains(QLatin1String("\tat org.apache.flink")));
    QVERIFY(error.describe().contains(url.toString()));
}

void TestFlinkErrorText::sessionLost_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("handle");
    QTest::newRow("1.20.3 statement") << QStringLiteral("flink1_20_3_nosession_statement")
                                      << QStringLiteral("2e786294-0d80-43b3-9083-aecc5205c913");
    QTest::newRow("1.20.3 heartbeat") << QStringLiteral("flink1_20_3_nosession_heartbeat")
                                      << QStringLiteral("2e786294-0d80-43b3-9083-aecc5205c913");
    QTest::newRow("2.3.0 statement") << QStringLiteral("flink2_3_0_nosession_statement")
                                     << QStringLiteral("92c20e3a-2753-43e8-a596-485e15f13d1e");
    QTest::newRow("2.3.0 heartbeat") << QStringLiteral("flink2_3_0_nosession_heartbeat")
                                     << QStringLiteral("92c20e3a-2753-43e8-a596-485e15f13d1e");
}

void TestFlinkErrorText::sessionLost()
{
    QFETCH(QString, file);
    QFETCH(QString, handle);
    const QByteArray body = readData(file);
    QCOMPARE(FlinkErrorText::parse(body).missingSession(), handle);
    const QUrl url(QStringLiteral("http://127.0.0.1:8083/v3/sessions/") + handle +
                   QStringLiteral("/statements"));
    const GatewayError error = GatewayError::fromHttpResponse(url, 500, body);
    QCOMPARE(error.kind, GatewayError::Kind::SessionLost);
    QVERIFY2(error.message.contains(handle), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("http://127.0.0.1:8083")),
             qPrintable(error.message));
}

void TestFlinkErrorText::httpErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contains");
    for (const char *version : {"1_20_3", "2_3_0"}) {
        const auto name = [version](const char *kind) {
            return QStringLiteral("flink%1_%2").arg(QLatin1String(version), QLatin1String(kind));
        };
        QTest::addRow("%s not found", version)
            << name("notfound") << 404 << QStringLiteral("Not found: /v");
        QTest::addRow("%s map as JSON", version)
            << name("map_json") << 500 << QStringLiteral("Could not map response to JSON.");
        // POST cancel on a SELECT whose operation is FINISHED (its job runs on).
        QTest::addRow("%s cancel finished", version)
            << name("cancel_finished") << 500
            << QStringLiteral("Failed to convert the Operation Status from FINISHED to CANCELED");
    }
}

void TestFlinkErrorText::httpErrors()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, contains);
    const QUrl url(QStringLiteral("http://127.0.0.1:8083/v3/some/path"));
    const GatewayError error = GatewayError::fromHttpResponse(url, status, readData(file));
    QCOMPARE(error.kind, GatewayError::Kind::Http);
    QVERIFY2(error.message.contains(url.toString()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("HTTP %1").arg(status)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(contains), qPrintable(error.message));
    QVERIFY2(error.message.size() < 400, qPrintable(error.message));
}

void TestFlinkErrorText::notFlinkBody()
{
    const QUrl url(QStringLiteral("http://proxy.example.com/v1/info"));
    const GatewayError error = GatewayError::fromHttpResponse(
        url, 502, QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    QCOMPARE(error.kind, GatewayError::Kind::Http);
    QVERIFY2(
        error.message.contains(QLatin1String("http://proxy.example.com/v1/info answered HTTP 502")),
        qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("502 Bad Gateway")));
}

void TestFlinkErrorText::expectedTokensCondensed()
{
    // 1.20.3's "SELECT 1 +" lists 170 expected tokens: the summary keeps eight on its line.
    const FlinkErrorText text =
        FlinkErrorText::parse(readData(QStringLiteral("flink1_20_3_incomplete")));
    const QString summary = text.summary();
    QVERIFY2(summary.contains(QLatin1String("Was expecting one of: <EOF>, \"AS\", \"EXCEPT\"")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(" more.")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestFlinkErrorText)
#include "tst_flinkerrortext.moc"
