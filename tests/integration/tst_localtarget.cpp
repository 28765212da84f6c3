// LocalTarget (the "Local" cluster Weir starts itself) with a real Flink distribution from
// scripts/fetch-flink's cache (WEIR_TEST_FLINK_VERSION, not the fixture): a missing
// installation fails naming where Weir looked; a real start updates the stored Local cluster's
// URLs, logs every process line with its role, probes healthy, and stop leaves no process.

#include "flink/clusterprobe.h"
#include "localtarget.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Weir;

class TestLocalTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void missingInstallationNamesWhereItLooked();
    void startProbeStop();

private:
    static bool processGone(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) != 0; }

    QString m_flinkHome;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TestLocalTarget::initTestCase()
{
    const QString version = qEnvironmentVariable("WEIR_TEST_FLINK_VERSION");
    QVERIFY2(!version.isEmpty(), "WEIR_TEST_FLINK_VERSION is not set (run through CTest)");
    QProcess fetch;
    fetch.start(QStringLiteral("bash"), {Test::sourceDir() + QStringLiteral("/scripts/fetch-flink"),
                                         QStringLiteral("--print-home"), version});
    QVERIFY(fetch.waitForFinished(30000));
    QVERIFY2(fetch.exitCode() == 0, qPrintable(QString::fromUtf8(fetch.readAllStandardError())));
    m_flinkHome = QString::fromUtf8(fetch.readAllStandardOutput()).trimmed();
}

void TestLocalTarget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Storage::open(WorkspacePaths(m_dir->filePath(QStringLiteral("workspace"))));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_storage = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_storage->settings());
}

void TestLocalTarget::cleanup()
{
    m_settings.reset();
    m_storage.reset();
    m_dir.reset();
}

void TestLocalTarget::missingInstallationNamesWhereItLooked()
{
    const QString nowhere = m_dir->filePath(QStringLiteral("no-flink-here"));
    const QString emptyCache = m_dir->filePath(QStringLiteral("empty-cache"));
    const QByteArray oldCache = qgetenv("WEIR_FLINK_CACHE");
    const QByteArray oldHome = qgetenv("FLINK_HOME");
    qputenv("WEIR_FLINK_CACHE", emptyCache.toLocal8Bit());
    qunsetenv("FLINK_HOME");
    m_settings->set(SettingKeys::flinkHome, nowhere);

    LocalTarget target(*m_storage, *m_settings, m_dir->filePath(QStringLiteral("local-flink")));
    QSignalSpy failed(&target, &LocalTarget::failed);
    target.start();
    qputenv("WEIR_FLINK_CACHE", oldCache);
    if (!oldHome.isEmpty())
        qputenv("FLINK_HOME", oldHome);
    QCOMPARE(failed.size(), 1); // at once, not after a timeout
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(nowhere), qPrintable(message));
    QVERIFY2(message.contains(emptyCache), qPrintable(message));
    QCOMPARE(target.state(), LocalFlink::State::Idle);
}

void TestLocalTarget::startProbeStop()
{
    m_settings->set(SettingKeys::flinkHome, m_flinkHome);
    const QString workDir = m_dir->filePath(QStringLiteral("local-flink"));
    LocalTarget target(*m_storage, *m_settings, workDir);
    QStringList lines;
    connect(&target, &LocalTarget::messageLogged, this,
            [&lines](ConsolePanel::Level, const QString &line) { lines.append(line); });
    QSignalSpy started(&target, &LocalTarget::started);
    QSignalSpy failed(&target, &LocalTarget::failed);
    QSignalSpy stopped(&target, &LocalTarget::stopped);

    QCOMPARE(target.clusterId(), 0);
    target.start();
    QVERIFY(target.clusterId() != 0); // registered, since the workspace had no Local cluster
    QCOMPARE(target.state(), LocalFlink::State::Starting);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 240000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));
    QVERIFY(target.isRunning());

    const Cluster stored = *m_storage->clusters().find(target.clusterId());
    QCOMPARE(started.at(0).at(0).value<Cluster>().gatewayUrl, stored.gatewayUrl);
    QVERIFY(stored.isLocal);
    QVERIFY(stored.gatewayUrl.startsWith(QLatin1String("http://")));
    QVERIFY(stored.jobManagerUrl.startsWith(QLatin1String("http://")));
    QCOMPARE(stored.flinkVersion, qEnvironmentVariable("WEIR_TEST_FLINK_VERSION"));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("[jobmanager] "));
    }));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("[sql-gateway] "));
    }));

    ClusterProbe probe;
    QSignalSpy probed(&probe, &ClusterProbe::finished);
    probe.probe(stored, QString());
    QVERIFY(probed.wait(20000));
    const auto health = probed.at(0).at(0).value<ClusterProbe::Health>();
    QVERIFY2(health.healthy(), qPrintable(health.summary()));
    QCOMPARE(health.flinkVersion, stored.flinkVersion);
    QVERIFY(health.taskManagers >= 1);

    const QList<qint64> pids = LocalFlink::recordedProcessIds(workDir);
    QCOMPARE(pids.size(), 3);
    target.stop();
    QVERIFY(stopped.wait(30000));
    QCOMPARE(target.state(), LocalFlink::State::Idle);
    for (qint64 pid : pids)
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
}

QTEST_GUILESS_MAIN(TestLocalTarget)
#include "tst_localtarget.moc"
