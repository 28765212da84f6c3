#include "jobscontroller.h"

#include "alerts/alertservice.h"
#include "alerts/clusteralertwatch.h"
#include "flink/clusterprobe.h"
#include "flink/jobmanagerclient.h"
#include "jobs/jobmonitor.h"
#include "jobs/savepointservice.h"
#include "jobspanel.h"
#include "run/executionsettings.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/secrets.h"
#include "store/storage.h"

namespace Weir {

namespace {
constexpr int kRunHistoryScanned = 5000;
} // namespace

JobsController::JobsController(Storage &storage, Settings &settings, Secrets &secrets,
                               JobsPanel &panel, AlertService *alerts, QObject *parent)
    : QObject(parent), m_storage(storage), m_settings(settings), m_secrets(secrets), m_panel(panel),
      m_alerts(alerts)
{
    m_panel.setSharedMonitors(true);
    connect(&m_panel, &JobsPanel::clusterChosen, this, &JobsController::showCluster);
    connect(&m_panel, &JobsPanel::restartRequested, this, &JobsController::onRestart);
    m_panel.setJobScriptResolver([this](const QString &jobId) {
        JobsPanel::JobScript found;
        if (const std::optional<Script> script = m_storage.scripts().find(scriptOf(jobId)))
            found = {script->id, script->name, savepointDirectoryOf(*script)};
        return found;
    });
    connect(&m_settings, &Settings::changed, this, [this] {
        for (const Connection &c : std::as_const(m_connections))
            c.monitor->setInterval(m_settings.get(SettingKeys::jobsPollIntervalSeconds) * 1000);
    });
    reloadClusters();
}

// The panel may be gone already (the window deletes its children in order); its pointers to
// the monitors are guarded.
JobsController::~JobsController() = default;

void JobsController::reloadClusters()
{
    QList<QPair<qint64, QString>> choices;
    for (const Cluster &cluster : m_storage.clusters().all()) {
        if (!cluster.jobManagerUrl.isEmpty())
            choices.append({cluster.id, cluster.name});
    }
    const qint64 shown = m_panel.clusterId();
    dropConnections(); // URLs or credentials may have changed
    m_panel.setClusterChoices(choices);
    const bool stillThere = std::any_of(choices.cbegin(), choices.cend(),
                                        [shown](const auto &choice) { return choice.first == shown; });
    if (stillThere)
        showCluster(shown);
    else if (!choices.isEmpty())
        showCluster(choices.constFirst().first);
    // Every cluster is watched (one overview per interval each), so that its jobs are alerted on
    // whichever cluster the dock shows.
    for (const auto &choice : std::as_const(choices)) {
        if (choice.first != m_panel.clusterId())
            watch(choice.first, QString(), false);
    }
}

void JobsController::showCluster(qint64 clusterId)
{
    watch(clusterId, QString(), true);
}

void JobsController::openJob(qint64 clusterId, const QString &jobId)
{
    watch(clusterId, jobId, true);
}

void JobsController::watch(qint64 clusterId, const QString &jobId, bool show)
{
    if (m_connections.contains(clusterId)) {
        connectTo(clusterId, QString(), jobId, show);
        return;
    }
    const std::optional<Cluster> cluster = m_storage.clusters().find(clusterId);
    if (!cluster || cluster->jobManagerUrl.isEmpty())
        return;
    if (cluster->authKind != QLatin1String("basic") && cluster->authKind != QLatin1String("bearer")) {
        connectTo(clusterId, QString(), jobId, show);
        return;
    }
    const QString key = cluster->secretRef.isEmpty() ? Secrets::clusterKey(clusterId) : cluster->secretRef;
    m_secrets.read(key, [this, clusterId, jobId, show, name = cluster->name](const Result<QString> &secret) {
        if (!secret)
            emit messageLogged(tr("Jobs of \"%1\": the password or token could not be read: %2").arg(name, secret.error()));
        connectTo(clusterId, secret ? secret.value() : QString(), jobId, show);
    });
}

void JobsController::connectTo(qint64 clusterId, const QString &secret, const QString &jobToOpen, bool show)
{
    const std::optional<Cluster> cluster = m_storage.clusters().find(clusterId);
    if (!cluster) {
        for (const ConnectionReady &ready : m_waiting.take(clusterId))
            ready(nullptr);
        return;
    }
    Connection &c = m_connections[clusterId];
    if (!c.client) {
        const HttpClient::Options options = ClusterProbe::options(
            *cluster, QUrl(cluster->jobManagerUrl), secret, m_settings.get(SettingKeys::requestTimeoutSeconds) * 1000);
        c.client = new JobManagerClient(options, this);
        c.monitor = new JobMonitor(c.client, this);
        c.monitor->setInterval(m_settings.get(SettingKeys::jobsPollIntervalSeconds) * 1000);
        c.savepoints = new SavepointService(c.client, &m_storage.savepoints(), this);
        connect(c.savepoints, &SavepointService::completed, this,
                [this](quint64, const QString &jobId, const QString &path) { emit savepointCompleted(jobId, path); });
        if (m_alerts) {
            c.alerts = new ClusterAlertWatch(c.monitor, m_alerts, QString::number(clusterId), cluster->name,
                                             AlertRuleEngine::Settings(), AlertRuleEngine::Clock(), this);
            c.alerts->setGroupResolver([this](const JobSummary &job) { return alertGroupOf(job.id); });
        }
        emit monitorAdded(clusterId, c.monitor);
    }
    c.monitor->setPaused(m_minimised && !alertsWanted());
    if (!c.monitor->isActive())
        c.monitor->start();
    for (const ConnectionReady &ready : m_waiting.take(clusterId))
        ready(&m_connections[clusterId]);
    if (!show)
        return;
    if (m_panel.clusterId() != clusterId)
        m_panel.setCluster(c.monitor, c.savepoints, clusterId, cluster->name);
    if (!jobToOpen.isEmpty())
        m_panel.openJob(jobToOpen);
}

void JobsController::setWindowMinimised(bool minimised)
{
    // Minimised, nobody looks: monitoring stops unless alerts need it.
    m_minimised = minimised;
    const bool paused = minimised && !alertsWanted();
    for (const Connection &c : std::as_const(m_connections))
        c.monitor->setPaused(paused);
}

bool JobsController::alertsWanted() const
{
    return m_alerts && !m_storage.alertConfig().instances().isEmpty();
}

JobMonitor *JobsController::monitorOf(qint64 clusterId) const
{
    return m_connections.value(clusterId).monitor;
}

void JobsController::withConnection(qint64 clusterId, ConnectionReady ready)
{
    if (const auto found = m_connections.find(clusterId); found != m_connections.end() && found->client) {
        ready(&*found);
        return;
    }
    const std::optional<Cluster> cluster = m_storage.clusters().find(clusterId);
    if (!cluster || cluster->jobManagerUrl.isEmpty()) {
        ready(nullptr);
        return;
    }
    m_waiting[clusterId].append(std::move(ready));
    watch(clusterId, QString(), false);
}

void JobsController::stopWithSavepoint(qint64 clusterId, const QString &jobId, qint64 scriptId, QObject *context,
                                       std::function<void(const Result<QString> &)> done)
{
    const QPointer<QObject> guard(context);
    auto finish = [guard, done = std::move(done)](const Result<QString> &path) {
        if (guard)
            done(path);
    };
    withConnection(clusterId, [this, clusterId, jobId, scriptId, finish](Connection *c) {
        if (!c) {
            finish(Result<QString>::failure(tr("Cluster %1 has no JobManager URL: the job %2 cannot be stopped.")
                                                .arg(clusterId).arg(jobId)));
            return;
        }
        SavepointService::Request request;
        request.jobId = jobId;
        request.operation = SavepointService::Operation::Stop;
        request.clusterId = clusterId;
        if (const std::optional<Cluster> cluster = m_storage.clusters().find(clusterId))
            request.clusterName = cluster->name;
        request.scriptId = scriptId ? scriptId : scriptOf(jobId);
        if (const std::optional<Script> script = m_storage.scripts().find(request.scriptId)) {
            request.scriptName = script->name;
            request.targetDirectory = savepointDirectoryOf(*script);
        }
        for (const JobSummary &job : c->monitor->jobs()) {
            if (job.id == jobId)
                request.jobName = job.name;
        }
        // The operation's id is known only after start(); its signals come later (asynchronously).
        auto operation = std::make_shared<quint64>(0);
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        auto end = [connections, finish](const Result<QString> &path) {
            for (const QMetaObject::Connection &connection : std::as_const(*connections))
                QObject::disconnect(connection);
            finish(path);
        };
        SavepointService *service = c->savepoints;
        *connections << connect(service, &SavepointService::completed, this,
                                [operation, end](quint64 id, const QString &, const QString &path) {
            if (id == *operation)
                end(path);
        });
        *connections << connect(service, &SavepointService::failed, this,
                                [operation, end](quint64 id, const QString &, const QString &reason) {
            if (id == *operation)
                end(Result<QString>::failure(reason));
        });
        // The connection is made again when the clusters change: the operation is lost with it.
        *connections << connect(service, &QObject::destroyed, this, [end, jobId] {
            end(Result<QString>::failure(tr("The stop of %1 was abandoned: the cluster's connection was reset.").arg(jobId)));
        });
        *operation = service->start(request);
    });
}

QString JobsController::savepointDirectoryOf(const Script &script)
{
    // The cluster may configure none; then the script's own Flink option says where they go.
    const ExecutionSettings settings = ExecutionSettings::fromJson(script.settings);
    for (const auto &[key, value] : settings.extraOptions) {
        if (key == QLatin1String("execution.checkpointing.savepoint-dir") || key == QLatin1String("state.savepoints.dir"))
            return value.trimmed();
    }
    return QString();
}

qint64 JobsController::scriptOf(const QString &jobId) const
{
    for (const RunHistoryEntry &entry : m_storage.runHistory().recent(kRunHistoryScanned)) {
        if (entry.jobId == jobId && entry.scriptId != 0)
            return entry.scriptId;
    }
    return 0;
}

void JobsController::onRestart(const QString &jobId, const QString &jobName, const QString &savepointPath)
{
    // The run history knows which script submitted the job.
    for (const RunHistoryEntry &entry : m_storage.runHistory().recent(kRunHistoryScanned)) {
        if (entry.jobId == jobId && entry.scriptId != 0) {
            emit restartRequested(entry.scriptId, savepointPath);
            return;
        }
    }
    emit messageLogged(tr("\"%1\" (%2) was not submitted from a script of this workspace; submit it again from its script with the savepoint path %3.")
                           .arg(jobName, jobId, savepointPath));
}

qint64 JobsController::alertGroupOf(const QString &jobId) const
{
    for (const RunHistoryEntry &entry : m_storage.runHistory().recent(kRunHistoryScanned)) {
        if (entry.jobId != jobId || entry.scriptId == 0)
            continue;
        const std::optional<Script> script = m_storage.scripts().find(entry.scriptId);
        return script ? AlertService::groupOfScript(script->settings) : 0;
    }
    return 0;
}

void JobsController::dropConnections()
{
    m_panel.setCluster(nullptr, nullptr, 0, QString());
    for (const Connection &c : std::as_const(m_connections)) {
        delete c.alerts; // before the monitor it listens to
        c.savepoints->deleteLater();
        c.monitor->deleteLater();
        c.client->deleteLater();
    }
    m_connections.clear();
}

} // namespace Weir
