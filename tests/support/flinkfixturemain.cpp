// weir-flink-fixture: starts and stops a real local Flink cluster for CTest fixtures.
//
//   weir-flink-fixture start --state DIR (--home FLINK_HOME | --version V --fetch-script PATH)
//                            [--timeout SECONDS] [--lifetime SECONDS] [--jvm-options "..."]
//                            [--flink-config KEY=VALUE]...
//   weir-flink-fixture stop  --state DIR [--timeout SECONDS]
//
// `start` spawns a detached `serve` copy of itself (its own session, output in
// DIR/serve.log) that runs Weir::LocalFlink, waits for DIR/ready.json or DIR/failed.txt and
// exits 0 or 1. `stop` sends SIGTERM to serve (DIR/serve.pid) and waits until serve and the
// JVMs are gone. Linux/Unix only, like the CTest fixtures that use it.

#include "flink/flinkinstallation.h"
#include "flink/localflink.h"
#include "flinkfixture.h"
#include "flinkfixtureserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

using namespace Weir;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString statePath(const QString &stateDir, const char *name)
{
    return QDir(stateDir).filePath(QString::fromLatin1(name));
}

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
#ifdef Q_OS_LINUX
    // A zombie answers kill(0) but is gone for our purposes.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype paren = text.lastIndexOf(')');
        if (paren >= 0 && paren + 2 < text.size() && text.at(paren + 2) == 'Z')
            return false;
    }
#endif
    return true;
}

// A pid from a file may have been reused since; only touch processes that belong to this
// state directory (the JVMs carry it in -Dlog.file=..., serve in its --state argument).
bool belongsTo(qint64 pid, const QString &stateDir)
{
#ifdef Q_OS_LINUX
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.readAll().contains(QDir(stateDir).absolutePath().toUtf8());
#else
    Q_UNUSED(pid)
    Q_UNUSED(stateDir)
    return true;
#endif
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

QString tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool waitUntilGone(const QList<qint64> &pids, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        bool any = false;
        for (qint64 pid : pids)
            any = any || isAlive(pid);
        if (!any)
            return true;
        if (clock.elapsed() > timeoutMs)
            return false;
        QThread::msleep(100);
    }
}

enum class StopOutcome { NothingRunning, Stopped, Stuck };

// Stops whatever an earlier `start` left in this state directory.
StopOutcome stopState(const QString &stateDir, int timeoutMs)
{
    const qint64 servePid = readPid(statePath(stateDir, "serve.pid"));
    const QString workDir = statePath(stateDir, "flink");
    QList<qint64> jvms;
    for (qint64 pid : LocalFlink::recordedProcessIds(workDir)) {
        if (belongsTo(pid, stateDir))
            jvms.append(pid);
    }
    const bool serveAlive = isAlive(servePid) && belongsTo(servePid, stateDir);
    if (!serveAlive && jvms.isEmpty())
        return StopOutcome::NothingRunning;
    if (serveAlive) {
        ::kill(pid_t(servePid), SIGTERM);
        if (!waitUntilGone({servePid}, timeoutMs)) {
            err() << "weir-flink-fixture: serve (pid " << servePid
                  << ") did not stop in time; killing it and Flink" << Qt::endl;
            ::kill(pid_t(servePid), SIGKILL);
        }
    }
    // Serve stops its JVMs before it exits; these are only left after serve was killed.
    for (qint64 pid : jvms) {
        if (isAlive(pid))
            ::kill(pid_t(pid), SIGTERM);
    }
    if (!waitUntilGone(jvms, 15000)) {
        for (qint64 pid : jvms) {
            if (isAlive(pid))
                ::kill(pid_t(pid), SIGKILL);
        }
        if (!waitUntilGone(jvms, 5000)) {
            err() << "weir-flink-fixture: some Flink processes would not die" << Qt::endl;
            return StopOutcome::Stuck;
        }
    }
    QFile::remove(statePath(stateDir, "serve.pid"));
    QFile::remove(statePath(stateDir, "ready.json"));
    QFile::remove(LocalFlink::statusFile(workDir));
    return StopOutcome::Stopped;
}

QString resolveHome(const QCommandLineParser &args, QString *error)
{
    if (args.isSet(QStringLiteral("home")))
        return args.value(QStringLiteral("home"));
    const QString version = args.value(QStringLiteral("version"));
    const QString script = args.value(QStringLiteral("fetch-script"));
    if (version.isEmpty() || script.isEmpty()) {
        *error = QStringLiteral("give --home, or --version and --fetch-script");
        return QString();
    }
    QProcess fetch;
    fetch.start(QStringLiteral("bash"), {script, QStringLiteral("--print-home"), version});
    fetch.waitForFinished(30000);
    const QString home = QString::fromUtf8(fetch.readAllStandardOutput()).trimmed();
    if (fetch.exitStatus() != QProcess::NormalExit || fetch.exitCode() != 0) {
        *error = QStringLiteral("Flink %1 is not available (%2). Fill the cache first: "
                                "scripts/fetch-flink --versions %1")
                     .arg(version, QString::fromUtf8(fetch.readAllStandardError()).trimmed());
        return QString();
    }
    return home;
}

int startCommand(const QCommandLineParser &args, int timeoutSeconds)
{
    const QString stateDir = QDir(args.value(QStringLiteral("state"))).absolutePath();
    QString error;
    const QString home = resolveHome(args, &error);
    if (home.isEmpty()) {
        err() << "weir-flink-fixture: " << error << Qt::endl;
        return 1;
    }
    const Result<FlinkInstallation> flink = FlinkInstallation::open(home);
    if (!flink) {
        err() << "weir-flink-fixture: " << flink.error() << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(stateDir)) {
        err() << "weir-flink-fixture: cannot create " << stateDir << Qt::endl;
        return 1;
    }
    // A cluster left by an interrupted run would hold ports and memory: stop it first.
    stopState(stateDir, 30000);
    for (const char *name : {"ready.json", "failed.txt", "serve.log"})
        QFile::remove(statePath(stateDir, name));

    QProcess serve;
    serve.setProgram(QCoreApplication::applicationFilePath());
    // Serve gives up a little before we do, so that its failure report (with log tails) wins.
    serve.setArguments({QStringLiteral("serve"), QStringLiteral("--home"), flink->homeDir(),
                        QStringLiteral("--state"), stateDir, QStringLiteral("--timeout"),
                        QString::number(qMax(10, timeoutSeconds - 10)),
                        QStringLiteral("--lifetime"), args.value(QStringLiteral("lifetime")),
                        QStringLiteral("--jvm-options"),
                        args.value(QStringLiteral("jvm-options"))});
    for (const QString &entry : args.values(QStringLiteral("flink-config")))
        serve.setArguments(serve.arguments() << QStringLiteral("--flink-config") << entry);
    // No inherited pipes: CTest waits for its test's output pipes to close.
    serve.setStandardInputFile(QProcess::nullDevice());
    serve.setStandardOutputFile(statePath(stateDir, "serve.log"), QIODevice::Append);
    serve.setStandardErrorFile(statePath(stateDir, "serve.log"), QIODevice::Append);
    serve.setWorkingDirectory(stateDir);
    qint64 servePid = 0;
    if (!serve.startDetached(&servePid)) {
        err() << "weir-flink-fixture: cannot start the serve process: " << serve.errorString()
              << Qt::endl;
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const QString readyFile = statePath(stateDir, "ready.json");
    const QString failedFile = statePath(stateDir, "failed.txt");
    for (;;) {
        if (QFile::exists(readyFile)) {
            const Result<Test::FlinkFixture> fixture = Test::FlinkFixture::fromStateDir(stateDir);
            if (!fixture) {
                err() << "weir-flink-fixture: " << fixture.error() << Qt::endl;
                return 1;
            }
            out() << "Flink " << fixture->version() << " is up after "
                  << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n"
                  << "  SQL Gateway: " << fixture->gatewayUrl().toString() << '\n'
                  << "  JobManager:  " << fixture->jobManagerUrl().toString() << '\n'
                  << "  logs:        " << fixture->logDir() << '\n'
                  << "  state:       " << stateDir << " (serve pid " << servePid << ")" << Qt::endl;
            return 0;
        }
        if (QFile::exists(failedFile)) {
            QFile failed(failedFile);
            failed.open(QIODevice::ReadOnly);
            err() << "weir-flink-fixture: Flink " << flink->version() << " failed to start after "
                  << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s:\n"
                  << QString::fromUtf8(failed.readAll()) << Qt::endl;
            stopState(stateDir, 30000);
            return 1;
        }
        if (!isAlive(servePid)) {
            err() << "weir-flink-fixture: the serve process died without a report. Its output:\n"
                  << tailOf(statePath(stateDir, "serve.log"), 40) << Qt::endl;
            stopState(stateDir, 30000);
            return 1;
        }
        if (clock.elapsed() > timeoutSeconds * 1000) {
            err() << "weir-flink-fixture: no report from serve within " << timeoutSeconds
                  << " s. Its output:\n"
                  << tailOf(statePath(stateDir, "serve.log"), 40) << Qt::endl;
            stopState(stateDir, 30000);
            return 1;
        }
        QThread::msleep(100);
    }
}

int serveCommand(QCoreApplication &app, const QCommandLineParser &args)
{
    // A session of its own, so that signals meant for the `start` process or a terminal's
    // process group do not reach the cluster; it is stopped via serve.pid only.
    ::setsid();
    const Result<FlinkInstallation> flink =
        FlinkInstallation::open(args.value(QStringLiteral("home")));
    if (!flink) {
        QFile failed(statePath(args.value(QStringLiteral("state")), "failed.txt"));
        if (failed.open(QIODevice::WriteOnly))
            failed.write(flink.error().toUtf8());
        return 1;
    }
    const QStringList jvmOptions =
        args.value(QStringLiteral("jvm-options")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Test::FlinkFixtureServer server(flink.value(), args.value(QStringLiteral("state")),
                                    args.value(QStringLiteral("timeout")).toInt(),
                                    args.value(QStringLiteral("lifetime")).toInt(), jvmOptions);
    QMap<QString, QString> configuration;
    for (const QString &entry : args.values(QStringLiteral("flink-config"))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals > 0)
            configuration.insert(entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed());
    }
    server.setConfiguration(configuration);
    QObject::connect(&server, &Test::FlinkFixtureServer::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!server.start())
        return 1;
    app.exec();
    return server.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Starts and stops a local Flink cluster for Weir's integration tests."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("start | stop | serve"));
    args.addOptions({
        {QStringLiteral("state"), QStringLiteral("Fixture state directory."),
         QStringLiteral("dir")},
        {QStringLiteral("home"), QStringLiteral("Flink installation directory."),
         QStringLiteral("dir")},
        {QStringLiteral("version"), QStringLiteral("Flink version (with --fetch-script)."),
         QStringLiteral("version")},
        {QStringLiteral("fetch-script"), QStringLiteral("scripts/fetch-flink, to find the home."),
         QStringLiteral("path")},
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds to wait (default 180 for start, 60 for stop)."),
         QStringLiteral("seconds")},
        {QStringLiteral("lifetime"), QStringLiteral("Serve stops Flink after this many seconds."),
         QStringLiteral("seconds"), QStringLiteral("3600")},
        // Tests start small clusters and run short jobs on a small machine: the C1 JIT alone
        // brings the JVMs up faster (measured, see tests/integration/CMakeLists.txt).
        {QStringLiteral("jvm-options"),
         QStringLiteral("Extra JVM options for the Flink processes."), QStringLiteral("options"),
         QStringLiteral("-XX:TieredStopAtLevel=1")},
        // A benchmark needs more task slots than the default cluster has.
        {QStringLiteral("flink-config"),
         QStringLiteral("Extra Flink configuration for every process (repeatable)."),
         QStringLiteral("key=value")},
    });
    args.process(app);
    const QString command = args.positionalArguments().value(0);
    if (!args.isSet(QStringLiteral("state"))) {
        err() << "weir-flink-fixture: --state is required" << Qt::endl;
        return 2;
    }
    const bool timeoutSet = args.isSet(QStringLiteral("timeout"));
    const int timeout = args.value(QStringLiteral("timeout")).toInt();
    if (command == QLatin1String("start"))
        return startCommand(args, timeoutSet ? timeout : 180);
    if (command == QLatin1String("serve"))
        return serveCommand(app, args);
    if (command == QLatin1String("stop")) {
        const QString stateDir = args.value(QStringLiteral("state"));
        QElapsedTimer clock;
        clock.start();
        switch (stopState(stateDir, (timeoutSet ? timeout : 60) * 1000)) {
        case StopOutcome::NothingRunning:
            out() << "weir-flink-fixture: no Flink was running in " << stateDir << Qt::endl;
            return 0;
        case StopOutcome::Stopped:
            out() << "weir-flink-fixture: stopped the Flink in " << stateDir << " in "
                  << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
            return 0;
        case StopOutcome::Stuck:
            return 1;
        }
        return 1;
    }
    err() << "weir-flink-fixture: unknown command '" << command << "' (start, stop or serve)"
          << Qt::endl;
    return 2;
}
