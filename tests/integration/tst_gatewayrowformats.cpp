// Why Weir fetches rowFormat=PLAIN_TEXT (see ResultPageParser): the same rows fetched with
// rowFormat=JSON from the real SQL Gateway of the CTest fixture (once per Flink version) lose
// DECIMAL scale, switch to exponent notation, trim TIMESTAMP fractions, mark session-local
// TIMESTAMP_LTZ text with 'Z', base64 BYTES, and fail outright for a MAP with non-string keys,
// while PLAIN_TEXT gives the SQL client's exact text for all of them.

#include "flinkfixture.h"
#include "tst_gatewayharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Weir;
using Weir::Test::CollectedRun;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

namespace {

const QString kValues = QStringLiteral(
    "SELECT CAST(1.5 AS DECIMAL(38, 18)) AS d, CAST(-0.000000000000000001 AS DECIMAL(38, 18)) "
    "AS tiny, TIMESTAMP '2024-01-02 03:04:05.100' AS ts, TO_TIMESTAMP_LTZ(0, 3) AS ltz, "
    "CAST(X'0102' AS BYTES) AS b");

} // namespace

class TestGatewayRowFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void jsonLosesWhatPlainTextKeeps();
    void jsonCannotCarryIntegerKeyedMaps();

private:
    struct Fetched
    {
        int failedStatus = 0;
        QByteArray failedBody;
        QList<QByteArray> payloads; // raw bodies of PAYLOAD pages with rows
    };
    // POST the statement, then follow the pages from `token 0` with `rowFormat` to the end or
    // the first error. The operation stays open; closeOperation() closes it.
    QString submit(const QString &statement);
    Fetched fetch(const QString &operation, const QString &rowFormat);
    void closeOperation(const QString &operation);
    HttpClient::Response send(const QByteArray &verb, const QString &path,
                              const QJsonObject &body = QJsonObject());

    FlinkFixture m_fixture;
    std::unique_ptr<GatewayHarness> m_harness;
    std::unique_ptr<GatewaySession> m_session;
};

void TestGatewayRowFormats::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
    m_harness = std::make_unique<GatewayHarness>(m_fixture.gatewayUrl());
    const QString why = m_harness->negotiate();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QString openWhy;
    m_session = m_harness->openSession(
        {{QStringLiteral("table.local-time-zone"), QStringLiteral("Asia/Shanghai")}}, &openWhy);
    QVERIFY2(m_session, qPrintable(openWhy));
}

void TestGatewayRowFormats::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestGatewayRowFormats::cleanupTestCase()
{
    if (m_session)
        GatewayHarness::close(m_session.get());
}

HttpClient::Response TestGatewayRowFormats::send(const QByteArray &verb, const QString &path,
                                                 const QJsonObject &body)
{
    std::optional<HttpClient::Response> response;
    m_harness->client()->http()->send(
        verb, path, verb == "POST" ? QJsonDocument(body).toJson() : QByteArray(), verb == "GET",
        nullptr, [&response](const HttpClient::Response &r) { response = r; });
    (void)QTest::qWaitFor([&] { return response.has_value(); }, 60000);
    return response.value_or(HttpClient::Response());
}

QString TestGatewayRowFormats::submit(const QString &statement)
{
    const auto response = send("POST", m_session->path() + QStringLiteral("/statements"),
                               {{QStringLiteral("statement"), statement}});
    return response.json().value(QLatin1String("operationHandle")).toString();
}

TestGatewayRowFormats::Fetched TestGatewayRowFormats::fetch(const QString &operation,
                                                            const QString &rowFormat)
{
    Fetched fetched;
    QString next = m_session->path() + QStringLiteral("/operations/") + operation +
                   QStringLiteral("/result/0?rowFormat=") + rowFormat;
    for (int page = 0; page < 2000 && !next.isEmpty(); ++page) {
        const auto response = send("GET", next);
        if (!response.ok()) {
            fetched.failedStatus = response.status;
            fetched.failedBody = response.body;
            return fetched;
        }
        const QJsonObject json = response.json();
        next = json.value(QLatin1String("nextResultUri")).toString();
        const bool rows = !json.value(QLatin1String("results"))
                               .toObject()
                               .value(QLatin1String("data"))
                               .toArray()
                               .isEmpty();
        if (rows)
            fetched.payloads.append(response.body);
        else
            QTest::qWait(50);
    }
    return fetched;
}

void TestGatewayRowFormats::closeOperation(const QString &operation)
{
    send("DELETE",
         m_session->path() + QStringLiteral("/operations/") + operation + QStringLiteral("/close"));
}

void TestGatewayRowFormats::jsonLosesWhatPlainTextKeeps()
{
    const QString operation = submit(kValues);
    QVERIFY(!operation.isEmpty());
    const Fetched json = fetch(operation, QStringLiteral("JSON"));
    closeOperation(operation); // after the end of the stream: the job has finished
    QVERIFY2(json.failedStatus == 0, json.failedBody.left(2000).constData());
    QCOMPARE(json.payloads.size(), 1);
    // The wire text itself, before any JSON parser touches it.
    QVERIFY2(json.payloads.first().contains(
                 R"("fields":[1.5,-1E-18,"2024-01-02T03:04:05.1","1970-01-01T08:00:00Z","AQI="])"),
             json.payloads.first().constData());

    const CollectedRun plain = GatewayHarness::run(m_session.get(), kValues);
    QVERIFY2(plain.finished, qPrintable(plain.describe()));
    QCOMPARE(plain.rows.first(),
             (QStringList{QStringLiteral("1.500000000000000000"),
                          QStringLiteral("-0.000000000000000001"),
                          QStringLiteral("2024-01-02 03:04:05.100"),
                          QStringLiteral("1970-01-01 08:00:00.000"), QStringLiteral("x'0102'")}));
}

void TestGatewayRowFormats::jsonCannotCarryIntegerKeyedMaps()
{
    const QString operation = submit(QStringLiteral("SELECT MAP[1, 'one'] AS m"));
    QVERIFY(!operation.isEmpty());
    const Fetched json = fetch(operation, QStringLiteral("JSON"));
    QCOMPARE(json.failedStatus, 500);
    QVERIFY2(json.failedBody.contains("Could not map response to JSON"),
             json.failedBody.constData());
    // The same operation still serves its rows as PLAIN_TEXT (and runs to its end before the
    // close, so no job is cancelled while it starts).
    const Fetched plain = fetch(operation, QStringLiteral("PLAIN_TEXT"));
    closeOperation(operation);
    QVERIFY2(plain.failedStatus == 0, plain.failedBody.left(2000).constData());
    QCOMPARE(plain.payloads.size(), 1);
    QVERIFY2(plain.payloads.first().contains(R"("fields":["{1=one}"])"),
             plain.payloads.first().constData());
}

QTEST_GUILESS_MAIN(TestGatewayRowFormats)
#include "tst_gatewayrowformats.moc"
