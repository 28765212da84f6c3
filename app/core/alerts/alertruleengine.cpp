#include "alertruleengine.h"

#include "alerts/alerttemplate.h"

#include <QDateTime>
#include <QSet>

namespace Weir {

namespace {

const QLatin1String kFailed("FAILED");
const QLatin1String kFinished("FINISHED");
const QLatin1String kRestarting("RESTARTING");

} // namespace

AlertRuleEngine::AlertRuleEngine(const Settings &settings, Clock clock)
    : m_settings(settings), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_startMs = m_clock();
}

QString AlertRuleEngine::key(AlertEvent::Rule rule, const QString &clusterKey, const QString &jobId)
{
    return AlertEvent::ruleName(rule) + QLatin1Char('\x1f') + clusterKey + QLatin1Char('\x1f') +
           jobId;
}

void AlertRuleEngine::condition(bool holds, AlertEvent::Rule rule, const QString &clusterKey,
                                const QString &clusterName, const JobObservation *job,
                                const QString &error, bool terminal, QList<AlertEvent> *raised)
{
    const QString k = key(rule, clusterKey, job ? job->id : QString());
    if (!holds) {
        m_active.remove(k);
        return;
    }
    if (m_active.contains(k))
        return; // raised already; evaluate() sends reminders
    AlertEvent event;
    event.rule = rule;
    event.clusterKey = clusterKey;
    event.clusterName = clusterName;
    if (job) {
        event.jobId = job->id;
        event.jobName = job->name;
        event.status = job->state;
    } else {
        event.status = QStringLiteral("UNREACHABLE");
    }
    event.timeMs = m_clock();
    event.error = error;
    event.message = AlertTemplate::defaultMessage(event);
    m_active.insert(k, Active{event, event.timeMs, terminal});
    raised->append(event);
}

QList<AlertEvent> AlertRuleEngine::observeCluster(const QString &clusterKey,
                                                  const QString &clusterName, bool reachable,
                                                  const QString &reason)
{
    ClusterState &cluster = m_clusters[clusterKey];
    cluster.name = clusterName;
    QList<AlertEvent> raised;
    if (reachable) {
        cluster.reachable = true;
        cluster.unreachableSinceMs = 0;
        condition(false, AlertEvent::Rule::ClusterUnreachable, clusterKey, clusterName, nullptr,
                  QString(), false, &raised);
        return raised;
    }
    if (cluster.reachable || cluster.unreachableSinceMs == 0)
        cluster.unreachableSinceMs = m_clock();
    cluster.reachable = false;
    cluster.reason = reason;
    raised += evaluate();
    return raised;
}

QList<AlertEvent> AlertRuleEngine::observeJobs(const QString &clusterKey,
                                               const QString &clusterName,
                                               const QList<JobObservation> &jobs)
{
    QList<AlertEvent> raised = observeCluster(clusterKey, clusterName, true);
    ClusterState &cluster = m_clusters[clusterKey];
    QSet<QString> seen;
    for (const JobObservation &job : jobs) {
        seen.insert(job.id);
        apply(clusterKey, cluster, job, &raised);
    }
    // Jobs Flink no longer lists (its history expired): forget them and their conditions.
    for (auto it = cluster.jobs.begin(); it != cluster.jobs.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        for (AlertEvent::Rule rule :
             {AlertEvent::Rule::JobFailed, AlertEvent::Rule::JobRestarting,
              AlertEvent::Rule::CheckpointFailed, AlertEvent::Rule::StreamingFinished})
            m_active.remove(key(rule, clusterKey, it.key()));
        it = cluster.jobs.erase(it);
    }
    return raised;
}

QList<AlertEvent> AlertRuleEngine::observeJob(const QString &clusterKey, const QString &clusterName,
                                              const JobObservation &job)
{
    ClusterState &cluster = m_clusters[clusterKey];
    cluster.name = clusterName;
    QList<AlertEvent> raised;
    apply(clusterKey, cluster, job, &raised);
    return raised;
}

void AlertRuleEngine::apply(const QString &clusterKey, ClusterState &cluster,
                            const JobObservation &job, QList<AlertEvent> *raised)
{
    const qint64 now = m_clock();
    const bool known = cluster.jobs.contains(job.id);
    JobState &state = cluster.jobs[job.id];
    // A job that had ended before Weir started watching is history, not news.
    if (!known)
        state.endedBeforeStart = job.endMs >= 0 && job.endMs < m_startMs;
    const bool endedBefore = state.endedBeforeStart;

    // Job failed: terminal, one alert ever.
    if (m_settings.jobFailed)
        condition(job.state == kFailed && !endedBefore, AlertEvent::Rule::JobFailed, clusterKey,
                  cluster.name, &job, job.error, true, raised);

    // Streaming job finished: a streaming job should not end by itself.
    if (m_settings.streamingFinished)
        condition(job.state == kFinished && job.streaming.value_or(false) && !endedBefore,
                  AlertEvent::Rule::StreamingFinished, clusterKey, cluster.name, &job, job.error,
                  true, raised);

    // Restarts: Flink's counter when known, else each observed entry into RESTARTING.
    int newRestarts = 0;
    if (job.restarts >= 0) {
        if (state.lastRestarts >= 0 && job.restarts > state.lastRestarts)
            newRestarts = job.restarts - state.lastRestarts;
        state.lastRestarts = job.restarts;
    } else if (state.lastRestarts < 0 && job.state == kRestarting &&
               state.lastState != kRestarting) {
        // Without Flink's counter (or before it arrived) each entry seen counts; once the
        // counter is known it alone counts, so no restart is counted twice.
        newRestarts = 1;
    }
    for (int i = 0; i < newRestarts; ++i)
        state.restartTimes.append(now);
    const qint64 window = qint64(m_settings.restartWindowMinutes) * 60 * 1000;
    while (!state.restartTimes.isEmpty() && state.restartTimes.first() <= now - window)
        state.restartTimes.removeFirst();
    if (m_settings.jobRestarting)
        condition(state.restartTimes.size() > m_settings.restartThreshold,
                  AlertEvent::Rule::JobRestarting, clusterKey, cluster.name, &job,
                  job.error.isEmpty() ? QStringLiteral("%1 restarts within %2 min")
                                            .arg(state.restartTimes.size())
                                            .arg(m_settings.restartWindowMinutes)
                                      : job.error,
                  false, raised);

    // Checkpoints: failing since the last observation, cleared by a completed one.
    if (job.failedCheckpoints >= 0) {
        const bool newFailure =
            state.lastFailedCheckpoints >= 0 && job.failedCheckpoints > state.lastFailedCheckpoints;
        const bool newCompletion = state.lastCompletedCheckpoints >= 0 &&
                                   job.completedCheckpoints > state.lastCompletedCheckpoints;
        if (m_settings.checkpointFailed) {
            if (newFailure)
                condition(true, AlertEvent::Rule::CheckpointFailed, clusterKey, cluster.name, &job,
                          job.error, false, raised);
            else if (newCompletion)
                condition(false, AlertEvent::Rule::CheckpointFailed, clusterKey, cluster.name, &job,
                          QString(), false, raised);
        }
        state.lastFailedCheckpoints = job.failedCheckpoints;
        state.lastCompletedCheckpoints = job.completedCheckpoints;
    }
    state.lastState = job.state;
}

QList<AlertEvent> AlertRuleEngine::evaluate()
{
    const qint64 now = m_clock();
    QList<AlertEvent> raised;
    if (m_settings.clusterUnreachable) {
        for (auto it = m_clusters.begin(); it != m_clusters.end(); ++it) {
            const ClusterState &cluster = it.value();
            if (cluster.reachable || cluster.unreachableSinceMs == 0)
                continue;
            if (now - cluster.unreachableSinceMs >=
                qint64(m_settings.unreachableMinutes) * 60 * 1000) {
                const qsizetype before = raised.size();
                condition(true, AlertEvent::Rule::ClusterUnreachable, it.key(), cluster.name,
                          nullptr, cluster.reason, false, &raised);
                if (raised.size() > before) {
                    // The time of an unreachable alert is since when.
                    AlertEvent &event = raised.last();
                    event.timeMs = cluster.unreachableSinceMs;
                    event.message = AlertTemplate::defaultMessage(event);
                    m_active[key(event.rule, it.key(), QString())].event = event;
                }
            }
        }
    }
    // Reminders of conditions that can still clear.
    if (m_settings.resendIntervalMs > 0) {
        for (auto it = m_active.begin(); it != m_active.end(); ++it) {
            Active &active = it.value();
            if (active.terminal || now - active.lastSentMs < m_settings.resendIntervalMs)
                continue;
            active.lastSentMs = now;
            ++active.event.repeat;
            raised.append(active.event);
        }
    }
    return raised;
}

void AlertRuleEngine::forgetCluster(const QString &clusterKey)
{
    m_clusters.remove(clusterKey);
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (it->event.clusterKey == clusterKey)
            it = m_active.erase(it);
        else
            ++it;
    }
}

} // namespace Weir
