#pragma once

#include "alerts/alertevent.h"
#include "alerts/alertrulesettings.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace Weir {

// Turns what the monitors observe (clusters reachable or not, the jobs of a cluster with
// their states and counters) into alerts: job failed, job restarting more than N times in M
// minutes, checkpoints failing, streaming job finished, cluster unreachable for N minutes.
// One alert per condition (rule, cluster, job) until it clears; a condition that can still
// clear (restarts, checkpoints, unreachable) is reminded after the resend interval, a
// terminal one (failed, finished) never. Time comes from an injected clock, so tests are
// deterministic. Plain object; the GUI thread (not thread-safe).
class AlertRuleEngine
{
public:
    using Settings = AlertRuleSettings;

    // One job of a cluster as a monitor last saw it.
    struct JobObservation
    {
        QString id;
        QString name;
        QString state;                 // Flink's JobStatus name
        qint64 endMs = -1;             // when it reached a terminal state (-1: it did not)
        std::optional<bool> streaming; // unknown: the "finished unexpectedly" rule stays quiet
        int restarts = -1;             // Flink's numRestarts when known; -1: count RESTARTING
        int failedCheckpoints = -1;    // -1: unknown
        int completedCheckpoints = -1;
        QString error; // root cause of the latest failure when known
    };

    using Clock = std::function<qint64()>; // UTC ms since the epoch

    explicit AlertRuleEngine(const Settings &settings = Settings(), Clock clock = Clock());

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }
    qint64 now() const { return m_clock(); }

    // The cluster answered (reachable) or not, with the reason. Raises nothing by itself when
    // it goes away: evaluate() raises once it stayed away long enough.
    QList<AlertEvent> observeCluster(const QString &clusterKey, const QString &clusterName,
                                     bool reachable, const QString &reason = QString());
    // Every job of one cluster from one overview: jobs that are gone are forgotten.
    QList<AlertEvent> observeJobs(const QString &clusterKey, const QString &clusterName,
                                  const QList<JobObservation> &jobs);
    // One job only (a detail or its checkpoints arrived between overviews).
    QList<AlertEvent> observeJob(const QString &clusterKey, const QString &clusterName,
                                 const JobObservation &job);
    // Time-based conditions and reminders; call it every few seconds (AlertService does).
    QList<AlertEvent> evaluate();
    // Forgets a cluster (it was removed).
    void forgetCluster(const QString &clusterKey);

    // Conditions raised and not cleared (for a status display and tests).
    int activeCount() const { return int(m_active.size()); }

private:
    struct Active
    {
        AlertEvent event;
        qint64 lastSentMs = 0;
        bool terminal = false;
    };
    struct JobState
    {
        QString lastState;
        int lastRestarts = -1;
        int lastFailedCheckpoints = -1;
        int lastCompletedCheckpoints = -1;
        QList<qint64> restartTimes; // within the window
        bool endedBeforeStart = false;
    };
    struct ClusterState
    {
        QString name;
        bool reachable = true;
        qint64 unreachableSinceMs = 0;
        QString reason;
        QHash<QString, JobState> jobs;
    };

    static QString key(AlertEvent::Rule rule, const QString &clusterKey, const QString &jobId);
    void apply(const QString &clusterKey, ClusterState &cluster, const JobObservation &job,
               QList<AlertEvent> *raised);
    // Raises the condition once (true) or clears it (false).
    void condition(bool holds, AlertEvent::Rule rule, const QString &clusterKey,
                   const QString &clusterName, const JobObservation *job, const QString &error,
                   bool terminal, QList<AlertEvent> *raised);

    Settings m_settings;
    Clock m_clock;
    qint64 m_startMs = 0;
    QHash<QString, ClusterState> m_clusters;
    QHash<QString, Active> m_active;
};

} // namespace Weir
