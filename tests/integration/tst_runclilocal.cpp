// `weir run FILE --target local` on a machine with nothing but Weir and a Flink distribution
// (once per Flink version, WEIR_TEST_FLINK_VERSION; no fixture): the built `weir` binary
// (WEIR_BINARY) finds the Flink through FLINK_HOME, or through the Flink home chosen in
// Preferences of the workspace in --data-dir, starts a real local cluster, runs the hello world
// on it, and stops every process it started before it exits. --timeout stops a run that takes
// too long and still stops the cluster.

#include "flink/localflink.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Weir;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<qint64> flinkPids; // of the cluster weir started, read while it ran
    QString workDir;
};

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0;
}

} // namespace

class TestRunCliLocal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helloWorldThroughFlinkHome();
    void flinkHomeFromPreferences();
    void timeoutStopsTheCluster();

private:
    Outcome weir(const QStringList &arguments, const QProcessEnvironment &environment,
                 const QString &dataDir);
    QProcessEnvironment environment(const QString &flinkHome) const;
    void verifyStopped(const Outcome &run);

    QString m_binary;
    QString m_version;
    QString m_flinkHome;
    QTemporaryDir m_dir;
};

void TestRunCliLocal::initTestCase()
{
    m_version = qEnvironmentVariable("WEIR_TEST_FLINK_VERSION");
    QVERIFY2(!m_version.isEmpty(), "WEIR_TEST_FLINK_VERSION is not set (run through CTest)");
    m_binary = qEnvironmentVariable("WEIR_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "WEIR_BINARY is not set (run through CTest)");
    QProcess fetch;
    fetch.start(QStringLiteral("bash"), {Test::sourceDir() + QStringLiteral("/scripts/fetch-flink"),
                                         QStringLiteral("--print-home"), m_version});
    QVERIFY(fetch.waitForFinished(30000));
    QVERIFY2(fetch.exitCode() == 0, qPrintable(QString::fromUtf8(fetch.readAllStandardError())));
    m_flinkHome = QString::fromUtf8(fetch.readAllStandardOutput()).trimmed();
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestRunCliLocal::environment(const QString &flinkHome) const
{
    // An empty fetch cache: the only Flink weir can find is the one the test names.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString emptyCache = m_dir.filePath(QStringLiteral("empty-cache"));
    QDir().mkpath(emptyCache);
    env.insert(QStringLiteral("WEIR_FLINK_CACHE"), emptyCache);
    env.remove(QStringLiteral("FLINK_HOME"));
    if (!flinkHome.isEmpty())
        env.insert(QStringLiteral("FLINK_HOME"), flinkHome);
    return env;
}

Outcome TestRunCliLocal::weir(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QString &dataDir)
{
    Outcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, QStringList{QStringLiteral("run")} + arguments +
                                QStringList{QStringLiteral("--data-dir"), dataDir});
    if (!process.waitForStarted(30000))
        return outcome;
    // The cluster's pids, from the status file LocalFlink keeps in its work directory while it
    // runs (it removes the file once every process is gone).
    outcome.workDir = QDir(WorkspacePaths(dataDir).localFlinkDir())
                          .filePath(QStringLiteral("cli-%1").arg(process.processId()));
    while (!process.waitForFinished(200)) {
        if (!outcome.flinkPids.isEmpty())
            continue;
        QFile status(LocalFlink::statusFile(outcome.workDir));
        if (status.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(status.readAll())
                                                        .object()
                                                        .value(QLatin1String("state"))
                                                        .toString() == QLatin1String("running"))
            outcome.flinkPids = LocalFlink::recordedProcessIds(outcome.workDir);
        if (process.state() == QProcess::NotRunning)
            break;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestRunCliLocal::verifyStopped(const Outcome &run)
{
    QVERIFY2(run.err.contains(
                 QStringLiteral("Starting a local Flink %1 from %2").arg(m_version, m_flinkHome)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Stopping the local Flink this run started")),
             qPrintable(run.err));
    QCOMPARE(run.flinkPids.size(), 3); // JobManager, TaskManager, SQL Gateway
    for (qint64 pid : run.flinkPids)
        QVERIFY2(processGone(pid),
                 qPrintable(QStringLiteral("Flink process %1 still runs").arg(pid)));
    QVERIFY(!QFile::exists(LocalFlink::statusFile(run.workDir)));
}

void TestRunCliLocal::helloWorldThroughFlinkHome()
{
    const QString hello = Test::sourceDir() + QStringLiteral("/tests/data/sql/hello_world.sql");
    const QString data = m_dir.filePath(QStringLiteral("flink-home"));
    // The hello world's datagen makes a row a second; three are enough.
    const Outcome run = weir({hello, QStringLiteral("--target"), QStringLiteral("local"),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--max-rows"), QStringLiteral("3")},
                             environment(m_flinkHome), data);
    qInfo().noquote() << run.err;
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("order_number,price,first_name,last_name,order_time"));
    QCOMPARE(lines.at(1).count(QLatin1Char(',')), 4);
    verifyStopped(run);
    // Nothing was written into a workspace for this.
    QVERIFY(!QFile::exists(WorkspacePaths(data).databaseFile()));
}

void TestRunCliLocal::flinkHomeFromPreferences()
{
    const QString data = m_dir.filePath(QStringLiteral("preferences"));
    {
        auto storage = Storage::open(WorkspacePaths(data));
        QVERIFY2(storage.ok(), qPrintable(storage.error()));
        Settings settings(storage.value()->settings());
        QVERIFY(settings.set(SettingKeys::flinkHome, m_flinkHome).ok());
    }
    const QString script = m_dir.filePath(QStringLiteral("values.sql"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SELECT x, '中文' AS y FROM (VALUES (1), (2)) AS t(x);\n");
    file.close();
    // No FLINK_HOME and an empty cache: only Preferences knows the Flink.
    const Outcome run = weir({script, QStringLiteral("--target"), QStringLiteral("local"),
                              QStringLiteral("--format"), QStringLiteral("csv")},
                             environment(QString()), data);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("x,y\n1,中文\n2,中文\n"));
    verifyStopped(run);

    // A Preferences entry that is no Flink: the error names it.
    {
        auto storage = Storage::open(WorkspacePaths(data));
        QVERIFY(storage.ok());
        Settings settings(storage.value()->settings());
        QVERIFY(
            settings.set(SettingKeys::flinkHome, m_dir.filePath(QStringLiteral("no-flink"))).ok());
    }
    const Outcome missing = weir({script, QStringLiteral("--target"), QStringLiteral("local")},
                                 environment(QString()), data);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(m_dir.filePath(QStringLiteral("no-flink")) +
                                  QStringLiteral(" (Preferences)")),
             qPrintable(missing.err));
}

void TestRunCliLocal::timeoutStopsTheCluster()
{
    // An unbounded stream: only --timeout ends it.
    const QString script = m_dir.filePath(QStringLiteral("endless.sql"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TEMPORARY TABLE endless (x BIGINT) WITH ('connector' = 'datagen',\n"
               "  'rows-per-second' = '1');\n"
               "SELECT x FROM endless;\n");
    file.close();
    const Outcome run = weir({script, QStringLiteral("--target"), QStringLiteral("local"),
                              QStringLiteral("--timeout"), QStringLiteral("120")},
                             environment(m_flinkHome), m_dir.filePath(QStringLiteral("timeout")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(script + QStringLiteral(": error: timed out after 120 s")),
             qPrintable(run.err));
    verifyStopped(run);
}

QTEST_GUILESS_MAIN(TestRunCliLocal)
#include "tst_runclilocal.moc"
