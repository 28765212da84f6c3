#include "flinkfixtureserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Weir::Test {

namespace {

int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up (self-pipe trick).
void forwardSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

FlinkFixtureServer::FlinkFixtureServer(const FlinkInstallation &installation,
                                       const QString &stateDir, int startupTimeoutSeconds,
                                       int lifetimeSeconds, const QStringList &jvmOptions,
                                       QObject *parent)
    : QObject(parent), m_installation(installation), m_stateDir(stateDir),
      m_startupTimeoutSeconds(startupTimeoutSeconds), m_jvmOptions(jvmOptions)
{
    m_lifetime.setSingleShot(true);
    m_lifetime.setInterval(lifetimeSeconds * 1000);
    connect(&m_lifetime, &QTimer::timeout, this, [this] {
        stopBecause(
            QStringLiteral("the safety lifetime of %1 s ended").arg(m_lifetime.interval() / 1000));
    });
    connect(&m_flink, &LocalFlink::started, this, &FlinkFixtureServer::onStarted);
    connect(&m_flink, &LocalFlink::failed, this, &FlinkFixtureServer::onFailed);
    connect(&m_flink, &LocalFlink::stopped, this, [this] {
        QFile::remove(QDir(m_stateDir).filePath(QStringLiteral("serve.pid")));
        QFile::remove(QDir(m_stateDir).filePath(QStringLiteral("ready.json")));
        out() << "weir-flink-fixture: Flink stopped" << Qt::endl;
        emit finished();
    });
    connect(&m_flink, &LocalFlink::logLineReceived, this, [](FlinkRole role, const QString &line) {
        out() << flinkRoleId(role) << ": " << line << '\n';
    });
    installSignalHandlers();
}

FlinkFixtureServer::~FlinkFixtureServer() = default;

bool FlinkFixtureServer::start()
{
    writeFile(QStringLiteral("serve.pid"), QByteArray::number(QCoreApplication::applicationPid()));
    LocalFlink::Options options;
    options.workDir = QDir(m_stateDir).filePath(QStringLiteral("flink"));
    options.startupTimeoutMs = m_startupTimeoutSeconds * 1000;
    options.extraJvmOptions = m_jvmOptions;
    options.configuration = m_configuration;
    const Status status = m_flink.start(m_installation, options);
    if (!status) {
        onFailed(status.error());
        QFile::remove(QDir(m_stateDir).filePath(QStringLiteral("serve.pid")));
        return false;
    }
    m_lifetime.start();
    return true;
}

void FlinkFixtureServer::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    m_signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
    connect(m_signalNotifier.get(), &QSocketNotifier::activated, this,
            &FlinkFixtureServer::onSignal);
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

void FlinkFixtureServer::onStarted()
{
    const QJsonObject ready{
        {QStringLiteral("version"), m_flink.version()},
        {QStringLiteral("gateway"), m_flink.gatewayUrl().toString()},
        {QStringLiteral("jobmanager"), m_flink.jobManagerUrl().toString()},
        {QStringLiteral("logDir"), m_flink.logDir()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    writeFile(QStringLiteral("ready.json"), QJsonDocument(ready).toJson());
    out() << "weir-flink-fixture: Flink " << m_flink.version() << " is ready" << Qt::endl;
}

void FlinkFixtureServer::onFailed(const QString &message)
{
    m_exitCode = 1;
    writeFile(QStringLiteral("failed.txt"), message.toUtf8());
    out() << "weir-flink-fixture: " << message << Qt::endl;
}

void FlinkFixtureServer::onSignal()
{
    char byte = 0;
    if (::read(g_signalPipe[1], &byte, 1) != 1)
        return;
    stopBecause(QStringLiteral("it received signal %1").arg(int(byte)));
}

void FlinkFixtureServer::stopBecause(const QString &reason)
{
    out() << "weir-flink-fixture: stopping Flink because " << reason << Qt::endl;
    // `start` is still waiting for a report; tell it why none will come.
    if (m_flink.state() == LocalFlink::State::Starting)
        onFailed(QStringLiteral("Flink was stopped before it was ready because %1.").arg(reason));
    if (m_flink.state() == LocalFlink::State::Idle)
        emit finished();
    else
        m_flink.stop();
}

void FlinkFixtureServer::writeFile(const QString &name, const QByteArray &contents) const
{
    // Atomic, because `start` polls for these files from another process.
    QSaveFile file(QDir(m_stateDir).filePath(name));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(contents);
        file.commit();
    }
}

} // namespace Weir::Test
