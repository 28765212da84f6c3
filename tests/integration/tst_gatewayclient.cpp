// GatewayClient and GatewaySession against the real SQL Gateway of the CTest fixture (once per
// Flink version): version negotiation and /info, a session opened with properties, configured,
// kept alive and closed, completion hints (a GET with a body), a dead URL and a wrong scheme
// named in words, and a session lost behind the client's back.

#include "flink/freeport.h"
#include "flinkfixture.h"
#include "tst_gatewayharness.h"

#include <QTest>

using namespace Weir;
using Weir::Test::CollectedRun;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

class TestGatewayClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void negotiatesVersionAndReadsInfo();
    void sessionOpenConfigureHeartbeatClose();
    void completionHints();
    void deadUrlSaysConnectionRefused();
    void httpsToPlainGatewayIsTlsError();
    void lostSessionIsDetected();

private:
    FlinkFixture m_fixture;
};

void TestGatewayClient::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
}

void TestGatewayClient::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestGatewayClient::negotiatesVersionAndReadsInfo()
{
    GatewayHarness harness(m_fixture.gatewayUrl());
    const QString why = harness.negotiate();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(harness.client()->flinkVersion(), m_fixture.version());
    // 1.20 offers V1..V3, 2.x offers V1..V4: the highest one wins.
    const int expected = m_fixture.version().startsWith(QLatin1String("1.")) ? 3 : 4;
    QCOMPARE(harness.client()->apiVersion(), expected);
    QCOMPARE(harness.client()->versionPrefix(), QStringLiteral("/v%1").arg(expected));
    qInfo().noquote() << QStringLiteral("Flink %1 via REST API V%2")
                             .arg(harness.client()->flinkVersion())
                             .arg(expected);
}

void TestGatewayClient::sessionOpenConfigureHeartbeatClose()
{
    GatewayHarness harness(m_fixture.gatewayUrl());
    QVERIFY(harness.negotiate().isEmpty());
    QString why;
    auto session = harness.openSession(
        {{QStringLiteral("table.local-time-zone"), QStringLiteral("Asia/Shanghai")},
         {QStringLiteral("pipeline.name"), QStringLiteral("weir")}},
        &why);
    QVERIFY2(session, qPrintable(why));
    QCOMPARE(session->state(), GatewaySession::State::Open);
    QCOMPARE(session->handle().size(), 36); // a UUID
    QVERIFY(session->path().startsWith(harness.client()->versionPrefix() +
                                       QLatin1String("/sessions/")));

    // configure-session runs SET and CREATE synchronously; the session sees the result.
    QVERIFY(
        GatewayHarness::configure(session.get(), QStringLiteral("SET 'table.dml-sync' = 'false'"))
            .isEmpty());
    QVERIFY(GatewayHarness::configure(
                session.get(), QStringLiteral("CREATE TEMPORARY VIEW weir_v AS SELECT 7 AS seven"))
                .isEmpty());
    const CollectedRun tables = GatewayHarness::run(session.get(), QStringLiteral("SHOW TABLES"));
    QVERIFY2(tables.finished, qPrintable(tables.describe()));
    QVERIFY2(tables.rows.contains(QStringList{QStringLiteral("weir_v")}),
             qPrintable(tables.describe()));
    // The property given at open time is in effect.
    const CollectedRun zone = GatewayHarness::run(
        session.get(), QStringLiteral("SELECT CAST(TO_TIMESTAMP_LTZ(0, 0) AS STRING)"));
    QVERIFY2(zone.finished, qPrintable(zone.describe()));
    QCOMPARE(zone.rows, (QList<QStringList>{{QStringLiteral("1970-01-01 08:00:00.000")}}));

    // A statement configure-session does not accept fails with Flink's reason.
    QSignalSpy configureFailed(session.get(), &GatewaySession::configureFailed);
    session->configure(QStringLiteral("SELECT 1"));
    QTRY_VERIFY_WITH_TIMEOUT(!configureFailed.isEmpty(), 30000);
    const auto rejected = configureFailed.first().at(1).value<GatewayError>();
    QCOMPARE(rejected.kind, GatewayError::Kind::Statement);
    QVERIFY2(
        rejected.message.startsWith(QLatin1String("Unsupported statement for configuring session")),
        qPrintable(rejected.message));
    QCOMPARE(session->state(), GatewaySession::State::Open);

    // Heartbeats every interval while open; none of them fails.
    QSignalSpy heartbeatFailed(session.get(), &GatewaySession::heartbeatFailed);
    session->setHeartbeatInterval(100);
    QTest::qWait(450);
    QVERIFY(heartbeatFailed.isEmpty());

    QVERIFY(GatewayHarness::close(session.get()));
    QCOMPARE(session->state(), GatewaySession::State::Closed);
    QTest::qWait(250);
    QVERIFY2(heartbeatFailed.isEmpty(), "heartbeats must stop with the session");
}

void TestGatewayClient::completionHints()
{
    GatewayHarness harness(m_fixture.gatewayUrl());
    QVERIFY(harness.negotiate().isEmpty());
    QString why;
    auto session = harness.openSession({}, &why);
    QVERIFY2(session, qPrintable(why));
    QSignalSpy received(session.get(), &GatewaySession::completionsReceived);
    QSignalSpy failed(session.get(), &GatewaySession::completionFailed);
    session->complete(QStringLiteral("SELECT * FR"), 11);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.value(0).value(1).value<GatewayError>().describe()));
    const QStringList candidates = received.first().at(1).toStringList();
    QVERIFY2(candidates.contains(QStringLiteral("FROM")), qPrintable(candidates.join(u',')));
    QVERIFY(GatewayHarness::close(session.get()));
}

void TestGatewayClient::deadUrlSaysConnectionRefused()
{
    const auto ports = FreePort::reserve(1);
    QVERIFY2(ports.ok(), qPrintable(ports.error()));
    QUrl dead(QStringLiteral("http://127.0.0.1"));
    dead.setPort(ports.value().first()); // free a moment ago: nobody listens there
    GatewayHarness harness(dead);
    QSignalSpy failed(harness.client(), &GatewayClient::failed);
    harness.client()->negotiate();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    const auto error = failed.first().first().value<GatewayError>();
    QCOMPARE(error.kind, GatewayError::Kind::Connection);
    QVERIFY2(error.message.contains(dead.toString()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("connection refused")),
             qPrintable(error.message));
    QVERIFY(!harness.client()->isNegotiated());
}

void TestGatewayClient::httpsToPlainGatewayIsTlsError()
{
    QUrl wrong = m_fixture.gatewayUrl();
    wrong.setScheme(QStringLiteral("https"));
    GatewayHarness harness(wrong, 10000);
    QSignalSpy failed(harness.client(), &GatewayClient::failed);
    harness.client()->negotiate();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    const auto error = failed.first().first().value<GatewayError>();
    QCOMPARE(error.kind, GatewayError::Kind::Tls);
    QVERIFY2(error.message.contains(wrong.toString()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("TLS error")), qPrintable(error.message));
}

void TestGatewayClient::lostSessionIsDetected()
{
    GatewayHarness harness(m_fixture.gatewayUrl());
    QVERIFY(harness.negotiate().isEmpty());
    QString why;
    auto session = harness.openSession({}, &why);
    QVERIFY2(session, qPrintable(why));

    // Close the session behind the client's back, as an expiry or a gateway restart would.
    HttpClient other(harness.client()->http()->options());
    bool deleted = false;
    other.deleteResource(session->path(), nullptr,
                         [&deleted](const HttpClient::Response &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 30000);

    QSignalSpy lost(session.get(), &GatewaySession::lost);
    const CollectedRun run = GatewayHarness::run(session.get(), QStringLiteral("SELECT 1"));
    QVERIFY2(run.error, qPrintable(run.describe()));
    QCOMPARE(run.error->kind, GatewayError::Kind::SessionLost);
    QVERIFY2(run.error->message.contains(session->handle()), qPrintable(run.error->message));
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first().first().value<GatewayError>().kind, GatewayError::Kind::SessionLost);
    QCOMPARE(session->state(), GatewaySession::State::Lost);

    // The heartbeat notices it as well, on a session that has not run anything.
    auto idle = harness.openSession({}, &why);
    QVERIFY2(idle, qPrintable(why));
    bool idleDeleted = false;
    other.deleteResource(idle->path(), nullptr,
                         [&idleDeleted](const HttpClient::Response &r) { idleDeleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(idleDeleted, 30000);
    QSignalSpy idleLost(idle.get(), &GatewaySession::lost);
    idle->heartbeat();
    QTRY_COMPARE_WITH_TIMEOUT(idleLost.size(), 1, 30000);
    QCOMPARE(idle->state(), GatewaySession::State::Lost);
}

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
