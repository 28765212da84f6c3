#include "scriptjobtracker.h"

#include "jobs/jobmonitor.h"
#include "jobscontroller.h"
#include "jobstatecolor.h"
#include "projecttreemodel.h"
#include "runcontroller.h"
#include "store/runhistoryrepository.h"
#include "store/storage.h"

#include <QDateTime>

namespace Weir {

namespace {
// As far back as the tree looks for a script's current job when the studio starts.
constexpr int kHistoryScanned = 5000;
// Newest entries read again when a run adds or completes some (a run adds one per statement).
constexpr int kHistoryFollowed = 50;
} // namespace

ScriptJobTracker::ScriptJobTracker(Storage &storage, JobsController &jobs, RunController &runs,
                                   ProjectTreeModel &tree, QObject *parent)
    : QObject(parent), m_storage(storage), m_tree(tree)
{
    connect(&jobs, &JobsController::monitorAdded, this, &ScriptJobTracker::watchMonitor);
    connect(&runs, &RunController::historyChanged, this, [this] {
        readHistory(kHistoryFollowed);
        showAll();
    });
    connect(&runs, &RunController::jobSubmitted, this, &ScriptJobTracker::noteSubmission);
    // The tree model keeps what is set here across its reloads, so this is done once.
    readHistory(kHistoryScanned);
    // Connections made before this tracker existed.
    for (const Cluster &cluster : m_storage.clusters().all()) {
        if (JobMonitor *monitor = jobs.monitorOf(cluster.id))
            watchMonitor(cluster.id, monitor);
    }
    showAll();
}

void ScriptJobTracker::watchMonitor(qint64 clusterId, JobMonitor *monitor)
{
    Watched &watched = m_watched[clusterId];
    if (watched.monitor == monitor)
        return;
    watched.monitor = monitor;
    watched.overviewMs = 0;
    const std::optional<Cluster> cluster = m_storage.clusters().find(clusterId);
    watched.clusterName = cluster ? cluster->name : QString::number(clusterId);
    connect(monitor, &JobMonitor::jobsUpdated, this, [this, clusterId, monitor] {
        Watched &w = m_watched[clusterId];
        if (w.monitor == monitor)
            w.overviewMs = QDateTime::currentMSecsSinceEpoch();
        showAll();
    });
    // The clusters changed: the next connection announces its own monitor.
    connect(monitor, &QObject::destroyed, this, [this, clusterId, monitor] {
        if (m_watched.value(clusterId).monitor.isNull() ||
            m_watched.value(clusterId).monitor == monitor)
            m_watched.remove(clusterId);
        showAll();
    });
    showAll();
}

void ScriptJobTracker::readHistory(int limit)
{
    const QList<RunHistoryEntry> entries = m_storage.runHistory().recent(limit);
    // Oldest first, so the newest entry of a script is the one that stays.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const RunHistoryEntry &entry = *it;
        if (entry.scriptId == 0 || entry.jobId.isEmpty())
            continue;
        CurrentJob &current = m_current[entry.scriptId];
        if (current.entryId > entry.id)
            continue;
        if (current.jobId != entry.jobId) {
            current.jobId = entry.jobId;
            current.clusterId = clusterNamed(entry.target);
        }
        current.entryId = entry.id;
        current.submittedMs = entry.endedMs ? entry.endedMs : entry.startedMs;
    }
}

void ScriptJobTracker::noteSubmission(qint64 scriptId, qint64 clusterId, const QString &jobId)
{
    // Ahead of its history entry (written when the statement completes), with the exact cluster.
    CurrentJob &current = m_current[scriptId];
    current.jobId = jobId;
    current.clusterId = clusterId;
    current.submittedMs = QDateTime::currentMSecsSinceEpoch();
    showAll();
}

qint64 ScriptJobTracker::clusterNamed(const QString &name) const
{
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (it->clusterName == name)
            return it.key();
    }
    if (name.isEmpty())
        return 0;
    for (const Cluster &cluster : m_storage.clusters().all()) {
        if (cluster.name == name)
            return cluster.id;
    }
    return 0;
}

QHash<QString, ScriptJobTracker::Found> ScriptJobTracker::listedJobs() const
{
    QHash<QString, Found> listed;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (!it->monitor || it->monitor->reachability() != JobMonitor::Reachability::Reachable)
            continue;
        for (const JobSummary &job : it->monitor->jobs())
            listed.insert(job.id, Found{&job, it.key()});
    }
    return listed;
}

void ScriptJobTracker::showAll()
{
    const QHash<QString, Found> listed = listedJobs();
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        show(it.key(), it.value(), listed);
}

void ScriptJobTracker::show(qint64 scriptId, const CurrentJob &current,
                            const QHash<QString, Found> &listed)
{
    if (const auto found = listed.constFind(current.jobId); found != listed.cend()) {
        const JobSummary &job = *found->job;
        m_tree.setScriptJobState(scriptId, job.state,
                                 tr("Job \"%1\" (%2) on %3: %4")
                                     .arg(job.name, job.id,
                                          m_watched.value(found->clusterId).clusterName,
                                          JobStateColor::text(job.state)));
        return;
    }
    // Not listed by a cluster that answers: the clusters that might hold it decide what is said.
    QList<qint64> candidates;
    if (m_watched.contains(current.clusterId)) {
        candidates.append(current.clusterId);
    } else if (current.clusterId != 0) {
        // Its cluster has no monitor (yet: the connection waits for the keychain, or it has no
        // JobManager URL); another cluster's trouble says nothing about this job.
        m_tree.setScriptJobState(
            scriptId, QString(),
            tr("Job %1: its cluster is not watched, so its state is unknown.").arg(current.jobId));
        return;
    } else {
        candidates = m_watched.keys();
    }
    QStringList unreachable;
    QStringList waiting;
    for (qint64 clusterId : std::as_const(candidates)) {
        const Watched watched = m_watched.value(clusterId);
        if (!watched.monitor)
            continue;
        if (watched.monitor->reachability() == JobMonitor::Reachability::Unreachable)
            unreachable.append(tr("Cluster \"%1\" does not answer: %2")
                                   .arg(watched.clusterName, watched.monitor->unreachableReason()));
        else if (watched.overviewMs == 0 || watched.overviewMs < current.submittedMs)
            waiting.append(watched.clusterName);
    }
    if (!unreachable.isEmpty()) {
        unreachable.prepend(tr("The state of job %1 is unknown.").arg(current.jobId));
        m_tree.setScriptJobState(scriptId, ProjectTreeModel::unreachableState(),
                                 unreachable.join(QLatin1Char('\n')));
    } else if (!waiting.isEmpty()) {
        m_tree.setScriptJobState(scriptId, QString(),
                                 tr("Job %1: waiting for the next job overview of %2.")
                                     .arg(current.jobId, waiting.join(QStringLiteral(", "))));
    } else if (candidates.isEmpty()) {
        m_tree.setScriptJobState(
            scriptId, QString(),
            tr("Job %1: no cluster with a JobManager URL is watched, so its state is unknown.")
                .arg(current.jobId));
    } else {
        m_tree.setScriptJobState(
            scriptId, QString(),
            tr("Job %1 is not known to the watched clusters (the JobManager may have "
               "dropped it from its history).")
                .arg(current.jobId));
    }
}

} // namespace Weir
