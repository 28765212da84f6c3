// ClusterProbe against the real Flink of the CTest fixture (once per Flink version): both
// endpoints healthy with versions and slots; a closed loopback port named with its URL and the
// cause; a JobManager URL given for the gateway; a cluster with no URLs at all.

#include "flink/clusterprobe.h"
#include "flink/freeport.h"
#include "flinkfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;

class TestClusterProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void healthyFixture();
    void closedPortNamesUrlAndCause();
    void gatewayUrlPointingAtJobManager();
    void nothingConfigured();

private:
    static ClusterProbe::Health run(const Cluster &cluster, int timeoutMs = 10000);
    FlinkFixture m_fixture;
};

ClusterProbe::Health TestClusterProbe::run(const Cluster &cluster, int timeoutMs)
{
    ClusterProbe probe;
    QSignalSpy spy(&probe, &ClusterProbe::finished);
    probe.probe(cluster, QString(), timeoutMs);
    if (!spy.wait(timeoutMs * 3))
        return {};
    return spy.at(0).at(0).value<ClusterProbe::Health>();
}

void TestClusterProbe::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
}

void TestClusterProbe::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestClusterProbe::healthyFixture()
{
    Cluster cluster;
    cluster.name = QStringLiteral("fixture");
    cluster.gatewayUrl = m_fixture.gatewayUrl().toString();
    cluster.jobManagerUrl = m_fixture.jobManagerUrl().toString();
    const ClusterProbe::Health health = run(cluster);
    QVERIFY2(health.healthy(), qPrintable(health.summary()));
    QCOMPARE(health.flinkVersion, m_fixture.version());
    QVERIFY(health.gatewayApiVersion >= 3);
    QVERIFY(health.taskManagers >= 1);
    QVERIFY(health.slotsTotal >= 1);
    QVERIFY(health.slotsAvailable >= 0 && health.slotsAvailable <= health.slotsTotal);
    QVERIFY(health.jobsRunning >= 0);
    QVERIFY(health.summary().contains(m_fixture.version()));
}

void TestClusterProbe::closedPortNamesUrlAndCause()
{
    const auto ports = FreePort::reserve(2);
    QVERIFY2(ports.ok(), qPrintable(ports.error()));
    Cluster cluster;
    cluster.name = QStringLiteral("dead");
    cluster.gatewayUrl = QStringLiteral("http://127.0.0.1:%1").arg(ports->at(0));
    cluster.jobManagerUrl = QStringLiteral("http://127.0.0.1:%1").arg(ports->at(1));
    QElapsedTimer clock;
    clock.start();
    const ClusterProbe::Health health = run(cluster, 3000);
    QVERIFY(clock.elapsed() < 5000); // both sides at once, no retries
    QVERIFY(!health.healthy());
    QVERIFY(health.gateway.checked && !health.gateway.ok);
    QVERIFY(health.jobManager.checked && !health.jobManager.ok);
    QVERIFY2(health.gateway.error.contains(cluster.gatewayUrl), qPrintable(health.gateway.error));
    QVERIFY2(health.gateway.error.contains(QLatin1String("refused")),
             qPrintable(health.gateway.error));
    QVERIFY2(health.jobManager.error.contains(cluster.jobManagerUrl),
             qPrintable(health.jobManager.error));
    QVERIFY2(health.jobManager.error.contains(QLatin1String("refused")),
             qPrintable(health.jobManager.error));
}

void TestClusterProbe::gatewayUrlPointingAtJobManager()
{
    // A common mix-up: both fields given the JobManager's address. The gateway side fails and
    // says where; the JobManager side still works.
    Cluster cluster;
    cluster.name = QStringLiteral("mixed up");
    cluster.gatewayUrl = m_fixture.jobManagerUrl().toString();
    cluster.jobManagerUrl = m_fixture.jobManagerUrl().toString();
    const ClusterProbe::Health health = run(cluster);
    QVERIFY(!health.healthy());
    QVERIFY(!health.gateway.ok);
    QVERIFY2(health.gateway.error.contains(m_fixture.jobManagerUrl().toString()) ||
                 health.gateway.error.contains(m_fixture.jobManagerUrl().authority()),
             qPrintable(health.gateway.error));
    QVERIFY(health.jobManager.ok);
    QCOMPARE(health.flinkVersion, m_fixture.version());
}

void TestClusterProbe::nothingConfigured()
{
    Cluster cluster;
    cluster.name = QStringLiteral("empty");
    const ClusterProbe::Health health = run(cluster);
    QVERIFY(!health.gateway.checked);
    QVERIFY(!health.jobManager.checked);
    QVERIFY(!health.healthy());
}

QTEST_GUILESS_MAIN(TestClusterProbe)
#include "tst_clusterprobe.moc"
