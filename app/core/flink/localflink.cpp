#include "localflink.h"

#include "freeport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Weir {

namespace {

constexpr int kFirstPollMs = 300;
constexpr int kMaxPollMs = 1000;
constexpr int kTailLines = 25;
const QString kLoopback = QStringLiteral("127.0.0.1");

constexpr std::array<FlinkRole, 3> kRoles{FlinkRole::JobManager, FlinkRole::TaskManager,
                                          FlinkRole::SqlGateway};

int index(FlinkRole role)
{
    return static_cast<int>(role);
}

// The most specific Java exception line in a process's output ("Caused by: X: why", else
// "Exception in thread ...: X: why"), so that a failure message leads with the reason and
// not with 25 lines of logging.
QString javaRootCause(const QStringList &lines)
{
    static const QRegularExpression exception(
        QStringLiteral("^(?:Caused by: |Exception in thread \"[^\"]*\" )?"
                       "[\\w.$]+(?:Exception|Error)(?::.*)?$"));
    QString found;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (exception.match(trimmed).hasMatch())
            found = trimmed;
    }
    return found;
}

} // namespace

LocalFlink::LocalFlink(QObject *parent) : QObject(parent)
{
    // Loopback traffic must never go through a proxy from the environment.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_pollTimer.setSingleShot(true);
    m_startupTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &LocalFlink::pollReadiness);
    connect(&m_startupTimer, &QTimer::timeout, this, [this] {
        QStringList missing;
        if (!m_taskManagerRegistered)
            missing << tr("no TaskManager registered with the JobManager");
        if (!m_gatewayAnswered)
            missing << tr("the SQL Gateway did not answer");
        fail(tr("Flink %1 did not start within %2 s (%3).\n%4")
                 .arg(version())
                 .arg(m_options.startupTimeoutMs / 1000)
                 .arg(missing.join(QLatin1String("; ")), allTails(10)));
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        for (Child &child : m_children) {
            if (child.process && child.process->state() != QProcess::NotRunning)
                child.process->kill();
        }
    });
}

LocalFlink::~LocalFlink()
{
    // The one place that may block: the owner is going away, and no JVM may outlive it.
    QList<QProcess *> running;
    for (ResourceQuery &query : m_resourceQueries) {
        if (query.process)
            query.process->disconnect(this);
    }
    for (Child &child : m_children) {
        if (child.process && child.process->state() != QProcess::NotRunning) {
            child.process->disconnect(this);
            child.process->terminate();
            running.append(child.process);
        }
    }
    QElapsedTimer clock;
    clock.start();
    for (QProcess *process : running) {
        const int left = qMax(0, m_options.stopTimeoutMs - int(clock.elapsed()));
        if (!process->waitForFinished(left)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    if (!running.isEmpty())
        QFile::remove(statusFile(m_options.workDir));
}

Status LocalFlink::start(const FlinkInstallation &installation, const Options &options)
{
    if (m_state != State::Idle)
        return Status::failure(tr("The local Flink cluster is already running or stopping."));
    if (options.workDir.isEmpty())
        return Status::failure(tr("No working directory was given for the local Flink cluster."));

    Result<JavaExecutable> java =
        options.javaExecutable.isEmpty()
            ? JavaExecutable::find(
                  installation.configuration().value(QStringLiteral("env.java.home")),
                  QProcessEnvironment::systemEnvironment())
            : JavaExecutable::fromProgram(options.javaExecutable);
    if (!java)
        return Status::failure(java.error());

    const QDir work(options.workDir);
    for (const QString &sub : {QStringLiteral("log"), QStringLiteral("tmp/jobmanager"),
                               QStringLiteral("tmp/taskmanager"), QStringLiteral("tmp/sql-gateway"),
                               QStringLiteral("tmp/web")}) {
        if (!work.mkpath(sub))
            return Status::failure(tr("Cannot create the directory %1.").arg(work.filePath(sub)));
    }

    // A JVM killed while it unpacked the planner leaves a partial jar behind; nothing else of
    // an earlier run is touched (Flink cleans its own directories on a normal shutdown).
    for (FlinkRole role : kRoles) {
        QDir tmp(work.filePath(QLatin1String("tmp/") + flinkRoleId(role)));
        for (const QString &jar :
             tmp.entryList({QStringLiteral("flink-table-planner_*.jar")}, QDir::Files))
            tmp.remove(jar);
    }

    Result<QList<quint16>> ports = FreePort::reserve(3, QHostAddress(kLoopback));
    if (!ports)
        return Status::failure(ports.error());
    const QString rpcPort = QString::number(ports.value().at(0));
    const QString restPort = QString::number(ports.value().at(1));
    const QString gatewayPort = QString::number(ports.value().at(2));

    ++m_run;
    m_installation = installation;
    m_java = java.value();
    m_options = options;
    m_options.workDir = work.absolutePath();
    m_taskManagerRegistered = false;
    m_gatewayAnswered = false;
    for (Child &child : m_children)
        child.log.clear();

    // Everything that makes this instance independent of others and of the installation:
    // loopback only, fresh ports, and per-instance directories. Ports we do not need to know
    // are left to the OS (0), even when a user's config.yaml fixes them.
    m_properties = {
        {QStringLiteral("jobmanager.rpc.address"), kLoopback},
        {QStringLiteral("jobmanager.rpc.port"), rpcPort},
        {QStringLiteral("jobmanager.bind-host"), kLoopback},
        {QStringLiteral("taskmanager.bind-host"), kLoopback},
        {QStringLiteral("taskmanager.host"), kLoopback},
        {QStringLiteral("taskmanager.rpc.port"), QStringLiteral("0")},
        {QStringLiteral("taskmanager.data.port"), QStringLiteral("0")},
        {QStringLiteral("blob.server.port"), QStringLiteral("0")},
        {QStringLiteral("metrics.internal.query-service.port"), QStringLiteral("0")},
        {QStringLiteral("rest.address"), kLoopback},
        {QStringLiteral("rest.bind-address"), kLoopback},
        {QStringLiteral("rest.port"), restPort},
        {QStringLiteral("sql-gateway.endpoint.rest.address"), kLoopback},
        {QStringLiteral("sql-gateway.endpoint.rest.bind-address"), kLoopback},
        {QStringLiteral("sql-gateway.endpoint.rest.port"), gatewayPort},
        {QStringLiteral("web.tmpdir"), work.filePath(QStringLiteral("tmp/web"))},
        // The TaskManager usually boots before the JobManager's RPC endpoint is up; with the
        // default 10 s (30 s when refused) retry delays that costs 10 s of every start.
        {QStringLiteral("cluster.registration.error-delay"), QStringLiteral("500 ms")},
        {QStringLiteral("cluster.registration.refused-registration-delay"), QStringLiteral("1 s")},
    };
    for (auto it = options.configuration.cbegin(); it != options.configuration.cend(); ++it)
        m_properties.insert(it.key(), it.value());

    m_jobManagerUrl = QUrl(QStringLiteral("http://%1:%2").arg(kLoopback, restPort));
    m_gatewayUrl = QUrl(QStringLiteral("http://%1:%2").arg(kLoopback, gatewayPort));
    m_clock.start();
    setState(State::Starting);
    m_startupTimer.start(options.startupTimeoutMs);

    // The gateway needs no memory calculation and only contacts the JobManager when a job is
    // submitted, so all three JVMs start side by side; that is the quickest on two cores.
    launch(FlinkRole::SqlGateway, FlinkResourceParams());
    queryResources(FlinkRole::JobManager);
    queryResources(FlinkRole::TaskManager);
    m_pollIntervalMs = kFirstPollMs;
    m_pollTimer.start(m_pollIntervalMs);
    return {};
}

void LocalFlink::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping)
        return;
    beginStop();
}

QString LocalFlink::logDir() const
{
    return QDir(m_options.workDir).filePath(QStringLiteral("log"));
}

QString LocalFlink::logFile(FlinkRole role) const
{
    return QDir(logDir()).filePath(flinkRoleId(role) + QLatin1String(".log"));
}

qint64 LocalFlink::processId(FlinkRole role) const
{
    return isRunning(role) ? m_children[index(role)].process->processId() : 0;
}

QStringList LocalFlink::lastLogLines(FlinkRole role, int count) const
{
    return m_children[index(role)].log.tail(count);
}

QString LocalFlink::statusFile(const QString &workDir)
{
    return QDir(workDir).filePath(QStringLiteral("local-flink.json"));
}

QList<qint64> LocalFlink::recordedProcessIds(const QString &workDir)
{
    QFile file(statusFile(workDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject pids =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pids")).toObject();
    QList<qint64> result;
    for (auto it = pids.constBegin(); it != pids.constEnd(); ++it) {
        if (it.value().toInteger() > 0)
            result.append(it.value().toInteger());
    }
    return result;
}

QString LocalFlink::roleName(FlinkRole role)
{
    switch (role) {
    case FlinkRole::JobManager:
        return tr("JobManager");
    case FlinkRole::TaskManager:
        return tr("TaskManager");
    case FlinkRole::SqlGateway:
        return tr("SQL Gateway");
    }
    return QString();
}

FlinkCommandLine::Context LocalFlink::contextFor(FlinkRole role) const
{
    FlinkCommandLine::Context context{m_installation, m_java, m_properties,
                                      m_options.extraJvmOptions, m_options.workDir};
    const QString tmp = QDir(m_options.workDir).filePath(QLatin1String("tmp/") + flinkRoleId(role));
    context.dynamicProperties.insert(QStringLiteral("io.tmp.dirs"), tmp);
    // The planner loader unpacks a planner jar into java.io.tmpdir; keep it in our directory.
    context.extraJvmOptions.prepend(QStringLiteral("-Djava.io.tmpdir=") + tmp);
    if (role == FlinkRole::SqlGateway) // jars that ADD JAR downloads
        context.dynamicProperties.insert(QStringLiteral("table.resources.download-dir"), tmp);
    context.workingDirectory = tmp;
    return context;
}

void LocalFlink::queryResources(FlinkRole role)
{
    if (m_installation.bashJavaUtilsJar().isEmpty()) {
        launch(role, FlinkResourceParams::fallback(role));
        return;
    }
    ResourceQuery &query = m_resourceQueries[index(role)];
    query.output.clear();
    auto *process = new QProcess(this);
    query.process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    FlinkCommandLine::bashJavaUtils(contextFor(role), role).applyTo(*process);
    const quint64 run = m_run;
    connect(process, &QProcess::readyReadStandardOutput, this, [this, role, process] {
        m_resourceQueries[index(role)].output += process->readAllStandardOutput();
    });
    connect(process, &QProcess::finished, this,
            [this, role, process, run](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                if (run == m_run)
                    onResourceQueryFinished(role, exitCode, status == QProcess::CrashExit);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, role, process, run](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || run != m_run)
                    return;
                process->deleteLater();
                fail(tr("Cannot run %1 to compute the %2's memory settings: %3")
                         .arg(m_java.program(), roleName(role), process->errorString()));
                finishStopIfDone();
            });
    process->start();
}

void LocalFlink::onResourceQueryFinished(FlinkRole role, int exitCode, bool crashed)
{
    if (m_state != State::Starting) {
        finishStopIfDone();
        return;
    }
    const QString output = QString::fromUtf8(m_resourceQueries[index(role)].output);
    Result<FlinkResourceParams> params = FlinkResourceParams::parse(output);
    if (crashed || exitCode != 0 || !params) {
        ProcessLog log(kTailLines);
        log.append(output.toUtf8());
        log.flush();
        const QString cause = javaRootCause(output.split(QLatin1Char('\n')));
        fail(tr("Flink's BashJavaUtils could not compute the %1's memory settings from %2 "
                "(exit code %3): %4\nIts last output:\n%5")
                 .arg(roleName(role), m_installation.configFile())
                 .arg(exitCode)
                 .arg(cause.isEmpty() ? (params ? QString() : params.error()) : cause,
                      log.quotedTail(kTailLines)));
        return;
    }
    launch(role, params.value());
}

void LocalFlink::launch(FlinkRole role, const FlinkResourceParams &resources)
{
    Child &child = m_children[index(role)];
    auto *process = new QProcess(this);
    child.process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    const FlinkCommandLine command =
        FlinkCommandLine::process(contextFor(role), role, resources, logFile(role));
    command.applyTo(*process);
#ifdef Q_OS_LINUX
    // If Weir dies without stopping the cluster (crash, SIGKILL), the kernel sends the JVMs
    // SIGTERM, so no orphaned Flink keeps ports and memory.
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    const quint64 run = m_run;
    connect(process, &QProcess::readyReadStandardOutput, this, [this, role, process] {
        const QStringList lines =
            m_children[index(role)].log.append(process->readAllStandardOutput());
        for (const QString &line : lines)
            emit logLineReceived(role, line);
    });
    connect(process, &QProcess::finished, this,
            [this, role, process, run](int exitCode, QProcess::ExitStatus status) {
                const QStringList rest =
                    m_children[index(role)].log.append(process->readAllStandardOutput()) +
                    m_children[index(role)].log.flush();
                for (const QString &line : rest)
                    emit logLineReceived(role, line);
                if (run == m_run)
                    onChildFinished(role, exitCode, status == QProcess::CrashExit);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, role, process, run](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || run != m_run)
                    return;
                fail(tr("Cannot start the %1 (%2): %3")
                         .arg(roleName(role), m_java.program(), process->errorString()));
                finishStopIfDone();
            });
    emit logLineReceived(role, tr("Starting: %1").arg(command.displayString()));
    process->start();
    writeStatusFile();
}

void LocalFlink::onChildFinished(FlinkRole role, int exitCode, bool crashed)
{
    if (m_state == State::Starting || m_state == State::Running) {
        const ProcessLog &log = m_children[index(role)].log;
        const QString how =
            crashed ? tr("was killed or crashed") : tr("exited with code %1").arg(exitCode);
        const QString cause = javaRootCause(log.tail(kTailLines * 4));
        fail(tr("The Flink %1 %2 after %3 s.%4\nIts last output (full log: %5):\n%6")
                 .arg(roleName(role), how)
                 .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(cause.isEmpty() ? QString() : QLatin1Char(' ') + cause, logFile(role),
                      log.quotedTail(kTailLines)));
    }
    finishStopIfDone();
}

void LocalFlink::pollReadiness()
{
    if (m_state != State::Starting || !m_pendingReplies.isEmpty())
        return;
    auto ask = [this](const QUrl &url, FlinkRole role) {
        QNetworkRequest request(url);
        request.setTransferTimeout(2000);
        QNetworkReply *reply = m_network.get(request);
        m_pendingReplies.append(reply);
        const quint64 run = m_run;
        connect(reply, &QNetworkReply::finished, this, [this, reply, role, run] {
            reply->deleteLater();
            m_pendingReplies.removeAll(reply);
            if (run == m_run)
                onReadinessReply(reply, role);
        });
    };
    if (!m_taskManagerRegistered && isRunning(FlinkRole::JobManager))
        ask(m_jobManagerUrl.resolved(QUrl(QStringLiteral("/taskmanagers"))), FlinkRole::JobManager);
    if (!m_gatewayAnswered && isRunning(FlinkRole::SqlGateway))
        ask(m_gatewayUrl.resolved(QUrl(QStringLiteral("/v1/info"))), FlinkRole::SqlGateway);
    if (m_pendingReplies.isEmpty())
        m_pollTimer.start(m_pollIntervalMs); // processes not launched yet
}

void LocalFlink::onReadinessReply(QNetworkReply *reply, FlinkRole role)
{
    if (m_state != State::Starting)
        return;
    if (reply->error() == QNetworkReply::NoError) {
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (role == FlinkRole::JobManager)
            m_taskManagerRegistered =
                !body.value(QLatin1String("taskmanagers")).toArray().isEmpty();
        else
            m_gatewayAnswered = body.contains(QLatin1String("version"));
    }
    if (!m_pendingReplies.isEmpty())
        return;
    if (m_taskManagerRegistered && m_gatewayAnswered) {
        m_startupTimer.stop();
        setState(State::Running);
        writeStatusFile();
        emit started(m_gatewayUrl, m_jobManagerUrl);
        return;
    }
    // Connection refused costs nothing, so poll briskly while the JVMs boot.
    m_pollIntervalMs = qMin(kMaxPollMs, m_pollIntervalMs * 3 / 2);
    m_pollTimer.start(m_pollIntervalMs);
}

void LocalFlink::fail(const QString &message)
{
    if (m_state != State::Starting && m_state != State::Running)
        return;
    emit failed(message);
    beginStop();
}

void LocalFlink::beginStop()
{
    setState(State::Stopping);
    m_startupTimer.stop();
    m_pollTimer.stop();
    const QList<QPointer<QNetworkReply>> replies = m_pendingReplies;
    m_pendingReplies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    for (ResourceQuery &query : m_resourceQueries) {
        if (query.process && query.process->state() != QProcess::NotRunning)
            query.process->kill();
    }
    for (Child &child : m_children) {
        if (child.process && child.process->state() != QProcess::NotRunning)
            child.process->terminate();
    }
    m_killTimer.start(m_options.stopTimeoutMs);
    // Queued, so that stopped() never fires inside the caller's stop() or start().
    QMetaObject::invokeMethod(this, &LocalFlink::finishStopIfDone, Qt::QueuedConnection);
}

void LocalFlink::finishStopIfDone()
{
    if (m_state != State::Stopping)
        return;
    for (const ResourceQuery &query : m_resourceQueries) {
        if (query.process && query.process->state() != QProcess::NotRunning)
            return;
    }
    for (FlinkRole role : kRoles) {
        if (isRunning(role))
            return;
    }
    m_killTimer.stop();
    for (Child &child : m_children) {
        if (child.process)
            child.process->deleteLater();
        child.process = nullptr;
    }
    QFile::remove(statusFile(m_options.workDir));
    setState(State::Idle);
    emit stopped();
}

void LocalFlink::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalFlink::writeStatusFile() const
{
    QJsonObject pids;
    for (FlinkRole role : kRoles) {
        if (const qint64 pid = processId(role))
            pids.insert(flinkRoleId(role), pid);
    }
    const QJsonObject status{
        {QStringLiteral("version"), version()},
        {QStringLiteral("state"),
         m_state == State::Running ? QStringLiteral("running") : QStringLiteral("starting")},
        {QStringLiteral("ownerPid"), QCoreApplication::applicationPid()},
        {QStringLiteral("pids"), pids},
        {QStringLiteral("gateway"), m_gatewayUrl.toString()},
        {QStringLiteral("jobmanager"), m_jobManagerUrl.toString()},
        {QStringLiteral("logDir"), logDir()},
    };
    QSaveFile file(statusFile(m_options.workDir));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(status).toJson());
        file.commit(); // best effort: the file only helps to clean up after a crash
    }
}

QString LocalFlink::allTails(int lines) const
{
    QString text;
    for (FlinkRole role : kRoles) {
        const ProcessLog &log = m_children[index(role)].log;
        if (log.tail(1).isEmpty())
            continue;
        text += tr("Last output of the %1 (%2):\n").arg(roleName(role), logFile(role));
        text += log.quotedTail(lines);
    }
    return text;
}

bool LocalFlink::isRunning(FlinkRole role) const
{
    const QPointer<QProcess> &process = m_children[index(role)].process;
    return process && process->state() != QProcess::NotRunning;
}

} // namespace Weir
