// Checks Weir::FlinkInstallation and Weir::LocalFlink against a real Flink distribution from
// scripts/fetch-flink's cache: layout and class path, and the failure and stop paths of the
// launcher (the fixture's start test already covers a successful start).

#include "flink/flinkinstallation.h"
#include "flink/flinkresourceparams.h"
#include "flink/localflink.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Weir;

class TestLocalFlink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installationLayout();
    void installationErrorsNameTheProblem();
    void resourceParamsFromBashJavaUtils();
    void badMemoryConfigurationFails();
    void processExitingEarlyFails();
    void stopWhileStarting();
    void startupTimeoutFails();

private:
    static bool processGone(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) != 0; }

    QString m_version;
    FlinkInstallation m_flink;
};

void TestLocalFlink::initTestCase()
{
    m_version = qEnvironmentVariable("WEIR_TEST_FLINK_VERSION");
    QVERIFY2(!m_version.isEmpty(), "WEIR_TEST_FLINK_VERSION is not set (run through CTest)");
    QProcess fetch;
    fetch.start(QStringLiteral("bash"), {Test::sourceDir() + QStringLiteral("/scripts/fetch-flink"),
                                         QStringLiteral("--print-home"), m_version});
    QVERIFY(fetch.waitForFinished(30000));
    QVERIFY2(fetch.exitCode() == 0, qPrintable(QString::fromUtf8(fetch.readAllStandardError())));
    const Result<FlinkInstallation> flink =
        FlinkInstallation::open(QString::fromUtf8(fetch.readAllStandardOutput()).trimmed());
    QVERIFY2(flink.ok(), qPrintable(flink.error()));
    m_flink = flink.value();
}

void TestLocalFlink::installationLayout()
{
    QCOMPARE(m_flink.version(), m_version);
    const QStringList cluster = m_flink.clusterClassPath();
    QVERIFY(cluster.size() > 5);
    QCOMPARE(QFileInfo(cluster.last()).fileName(),
             QStringLiteral("flink-dist-%1.jar").arg(m_version));
    QStringList sorted = cluster.mid(0, cluster.size() - 1);
    sorted.sort();
    QCOMPARE(cluster.mid(0, cluster.size() - 1), sorted);
    const QStringList gateway = m_flink.sqlGatewayClassPath();
    QCOMPARE(QFileInfo(gateway.last()).fileName(),
             QStringLiteral("flink-sql-gateway-%1.jar").arg(m_version));
    QVERIFY(!m_flink.bashJavaUtilsJar().isEmpty());

    // conf/config.yaml from scripts/fetch-flink carries Java 17's flags in nested form.
    const QStringList options = m_flink.javaOptions(FlinkRole::TaskManager);
    QCOMPARE(options.first(), QStringLiteral("-XX:+IgnoreUnrecognizedVMOptions"));
    QVERIFY(options.contains(QStringLiteral("--add-opens=java.base/java.util=ALL-UNNAMED")));
    QCOMPARE(m_flink.configuration().value(QStringLiteral("taskmanager.numberOfTaskSlots")),
             QStringLiteral("4"));
}

void TestLocalFlink::installationErrorsNameTheProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<FlinkInstallation> none = FlinkInstallation::open(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(QStringLiteral("does not exist")), qPrintable(none.error()));

    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lib")));
    Result<FlinkInstallation> noDist = FlinkInstallation::open(dir.path());
    QVERIFY(!noDist.ok());
    QVERIFY2(noDist.error().contains(QStringLiteral("lib/flink-dist-*.jar")),
             qPrintable(noDist.error()));
    QVERIFY2(noDist.error().contains(dir.path()), qPrintable(noDist.error()));
}

void TestLocalFlink::resourceParamsFromBashJavaUtils()
{
    QProcess utils;
    utils.setProcessChannelMode(QProcess::MergedChannels);
    utils.start(QStringLiteral("java"),
                {QStringLiteral("-cp"),
                 m_flink.bashJavaUtilsJar() + QLatin1Char(':') + m_flink.distJar(),
                 QStringLiteral("org.apache.flink.runtime.util.bash.BashJavaUtils"),
                 QStringLiteral("GET_TM_RESOURCE_PARAMS"), QStringLiteral("--configDir"),
                 m_flink.confDir()});
    QVERIFY(utils.waitForFinished(60000));
    const Result<FlinkResourceParams> params =
        FlinkResourceParams::parse(QString::fromUtf8(utils.readAll()));
    QVERIFY2(params.ok(), qPrintable(params.error()));
    QVERIFY(params->jvmArguments().filter(QStringLiteral("-Xmx")).size() == 1);
    QVERIFY(params->dynamicProperties().contains(QStringLiteral("-D")));
    QVERIFY(!params->dynamicProperties()
                 .filter(QStringLiteral("taskmanager.memory.task.heap.size="))
                 .isEmpty());
    // The fallback for distributions without bash-java-utils.jar matches the shipped config.
    QCOMPARE(FlinkResourceParams::fallback(FlinkRole::TaskManager).jvmArguments(),
             params->jvmArguments());
}

void TestLocalFlink::badMemoryConfigurationFails()
{
    QTemporaryDir work;
    LocalFlink flink;
    QSignalSpy failed(&flink, &LocalFlink::failed);
    QSignalSpy stopped(&flink, &LocalFlink::stopped);
    LocalFlink::Options options;
    options.workDir = work.path();
    options.configuration.insert(QStringLiteral("taskmanager.memory.process.size"),
                                 QStringLiteral("10m"));
    const Status status = flink.start(m_flink, options);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    const QString message = failed.at(0).at(0).toString();
    qInfo().noquote() << message.left(600);
    QVERIFY2(message.contains(QStringLiteral("BashJavaUtils")) &&
                 message.contains(QStringLiteral("TaskManager")),
             qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QCOMPARE(flink.state(), LocalFlink::State::Idle);
    QVERIFY(!QFile::exists(LocalFlink::statusFile(work.path())));
}

void TestLocalFlink::processExitingEarlyFails()
{
    QTemporaryDir work;
    LocalFlink flink;
    QSignalSpy failed(&flink, &LocalFlink::failed);
    QSignalSpy stopped(&flink, &LocalFlink::stopped);
    QStringList lines;
    connect(&flink, &LocalFlink::logLineReceived, this,
            [&lines](FlinkRole role, const QString &line) {
                lines << flinkRoleId(role) + QLatin1String(": ") + line;
            });
    LocalFlink::Options options;
    options.workDir = work.path();
    // The JVM refuses to start with this heap, so the first process to get it exits at once.
    options.extraJvmOptions << QStringLiteral("-Xmx1k");
    QVERIFY(flink.start(m_flink, options).ok());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    const QString message = failed.at(0).at(0).toString();
    qInfo().noquote() << message.left(600);
    QVERIFY2(message.contains(QStringLiteral("exited with code 1")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("SQL Gateway")) ||
                 message.contains(QStringLiteral("JobManager")) ||
                 message.contains(QStringLiteral("TaskManager")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("heap")), qPrintable(message)); // the JVM's own words
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QVERIFY(!lines.filter(QStringLiteral("Starting: ")).isEmpty());
}

void TestLocalFlink::stopWhileStarting()
{
    QTemporaryDir work;
    LocalFlink flink;
    QSignalSpy started(&flink, &LocalFlink::started);
    QSignalSpy failed(&flink, &LocalFlink::failed);
    QSignalSpy stopped(&flink, &LocalFlink::stopped);
    LocalFlink::Options options;
    options.workDir = work.path();
    QVERIFY(flink.start(m_flink, options).ok());
    QCOMPARE(flink.state(), LocalFlink::State::Starting);
    QVERIFY(!flink.start(m_flink, options).ok()); // one cluster per instance
    // Let the JVMs get going, so that stop() has real processes to end.
    QTRY_VERIFY_WITH_TIMEOUT(flink.processId(FlinkRole::JobManager) > 0, 30000);
    QTest::qWait(500);
    const qint64 jobManager = flink.processId(FlinkRole::JobManager);
    const qint64 gateway = flink.processId(FlinkRole::SqlGateway);
    flink.stop();
    QCOMPARE(flink.state(), LocalFlink::State::Stopping);
    QCOMPARE(stopped.size(), 0); // always asynchronous
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QCOMPARE(started.size(), 0);
    QCOMPARE(failed.size(), 0);
    QTRY_VERIFY(processGone(jobManager));
    QTRY_VERIFY(processGone(gateway));
}

void TestLocalFlink::startupTimeoutFails()
{
    QTemporaryDir work;
    LocalFlink flink;
    QSignalSpy failed(&flink, &LocalFlink::failed);
    QSignalSpy stopped(&flink, &LocalFlink::stopped);
    LocalFlink::Options options;
    options.workDir = work.path();
    options.startupTimeoutMs = 1000; // far too short for three JVMs
    QVERIFY(flink.start(m_flink, options).ok());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("did not start within 1 s")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no TaskManager registered")), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    QCOMPARE(flink.processId(FlinkRole::SqlGateway), qint64(0));
}

QTEST_GUILESS_MAIN(TestLocalFlink)
#include "tst_localflink.moc"
