#pragma once

#include "alerts/alertruleengine.h"
#include "flink/jobsummary.h"
#include "jobs/jobmonitor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Weir {

class AlertService;

// Alerts of one cluster: feeds its JobMonitor's observations (reachability, jobs overview,
// checkpoints of the open job) into its own AlertRuleEngine, fetches the root cause of a
// failed job, and hands each alert to the AlertService with the job's group. GUI thread.
class ClusterAlertWatch : public QObject
{
    Q_OBJECT

public:
    // The alert group of a job (its script's, AlertService::groupOfScript); 0: the default.
    using GroupResolver = std::function<qint64(const JobSummary &job)>;

    // `monitor` and `service` must outlive the watch. The monitor polls; the watch only
    // listens (and asks for the exceptions of a failed job once).
    ClusterAlertWatch(JobMonitor *monitor, AlertService *service, const QString &clusterKey,
                      const QString &clusterName,
                      const AlertRuleEngine::Settings &settings = AlertRuleEngine::Settings(),
                      AlertRuleEngine::Clock clock = AlertRuleEngine::Clock(),
                      QObject *parent = nullptr);

    void setGroupResolver(GroupResolver resolver) { m_resolveGroup = std::move(resolver); }
    // How often time-based rules (unreachable for N minutes, reminders) are checked.
    void setEvaluateInterval(int ms) { m_evaluate.setInterval(ms); }
    // Every this many overviews, Flink's restart counter (numRestarts) of each job that has
    // not ended is read (one request per such job); 0: never, restarts are then counted from
    // the RESTARTING states the overviews happen to catch. Default 6 (30 s at 5 s polls).
    void setRestartCheckEvery(int overviews) { m_restartCheckEvery = overviews; }
    AlertRuleEngine &engine() { return m_engine; }

    // Runs the time-based rules now (tests; the timer does it otherwise).
    void evaluateNow();
    // The innermost cause of a Java stack trace as one line ("java.lang.X: why").
    static QString rootCause(const QString &trace);

signals:
    // An alert went to the service (after its cause was looked up) with this group.
    void alertRaised(const Weir::AlertEvent &event, qint64 groupId);

private:
    void handle(const QList<AlertEvent> &events);
    void deliver(const AlertEvent &event);
    AlertRuleEngine::JobObservation observation(const JobSummary &job) const;
    void askJobType(const QString &jobId);
    void readRestarts(const QString &jobId);

    QPointer<JobMonitor> m_monitor;
    AlertService *m_service;
    QString m_clusterKey;
    QString m_clusterName;
    AlertRuleEngine m_engine;
    GroupResolver m_resolveGroup;
    QTimer m_evaluate;
    QHash<QString, JobSummary> m_jobs;  // the last overview, by id
    QHash<QString, QString> m_jobTypes; // job id → STREAMING / BATCH from the detail (1.20)
    int m_restartCheckEvery = 6;
    int m_overviews = 0;
};

} // namespace Weir
