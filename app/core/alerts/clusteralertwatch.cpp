#include "clusteralertwatch.h"

#include "alerts/alertservice.h"
#include "alerts/alerttemplate.h"
#include "flink/flinkerrortext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Weir {

ClusterAlertWatch::ClusterAlertWatch(JobMonitor *monitor, AlertService *service,
                                     const QString &clusterKey, const QString &clusterName,
                                     const AlertRuleEngine::Settings &settings,
                                     AlertRuleEngine::Clock clock, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_service(service), m_clusterKey(clusterKey),
      m_clusterName(clusterName), m_engine(settings, std::move(clock))
{
    connect(monitor, &JobMonitor::reachabilityChanged, this,
            [this](JobMonitor::Reachability reachability, const QString &reason) {
                if (reachability == JobMonitor::Reachability::Unknown)
                    return;
                handle(m_engine.observeCluster(m_clusterKey, m_clusterName,
                                               reachability == JobMonitor::Reachability::Reachable,
                                               reason));
            });
    connect(monitor, &JobMonitor::jobsUpdated, this, [this](const QList<JobSummary> &jobs) {
        QList<AlertRuleEngine::JobObservation> observations;
        m_jobs.clear();
        for (const JobSummary &job : jobs) {
            m_jobs.insert(job.id, job);
            observations.append(observation(job));
        }
        handle(m_engine.observeJobs(m_clusterKey, m_clusterName, observations));
        const bool readCounters =
            m_restartCheckEvery > 0 && ++m_overviews % m_restartCheckEvery == 0;
        for (const JobSummary &job : jobs) {
            if (job.state == QLatin1String("FINISHED") && job.jobType.isEmpty())
                askJobType(job.id);
            if (readCounters && !job.isTerminal())
                readRestarts(job.id);
        }
    });
    connect(monitor, &JobMonitor::checkpointsUpdated, this,
            [this](const QString &jobId, const CheckpointStats &stats) {
                const auto it = m_jobs.constFind(jobId);
                if (it == m_jobs.constEnd())
                    return;
                AlertRuleEngine::JobObservation job = observation(*it);
                job.failedCheckpoints = stats.failed;
                job.completedCheckpoints = stats.completed;
                if (stats.latestFailed)
                    job.error = stats.latestFailed->failureMessage;
                handle(m_engine.observeJob(m_clusterKey, m_clusterName, job));
            });
    m_evaluate.setInterval(15000);
    connect(&m_evaluate, &QTimer::timeout, this, &ClusterAlertWatch::evaluateNow);
    m_evaluate.start();
}

AlertRuleEngine::JobObservation ClusterAlertWatch::observation(const JobSummary &job) const
{
    AlertRuleEngine::JobObservation observation;
    observation.id = job.id;
    observation.name = job.name;
    observation.state = job.state;
    observation.endMs = job.endMs;
    // Flink 2.x names the job type in the overview; 1.20 only in the job's detail.
    const QString type = job.jobType.isEmpty() ? m_jobTypes.value(job.id) : job.jobType;
    if (!type.isEmpty())
        observation.streaming = type == QLatin1String("STREAMING");
    return observation;
}

void ClusterAlertWatch::askJobType(const QString &jobId)
{
    // Once per job, and only for a finished one: whether it was a streaming job decides the
    // "finished unexpectedly" rule.
    if (m_jobTypes.contains(jobId) || !m_monitor || !m_monitor->client())
        return;
    m_jobTypes.insert(jobId, QString());
    m_monitor->client()->job(jobId, this, [this, jobId](const Result<JobDetail> &detail) {
        if (!detail || detail->summary.jobType.isEmpty())
            return;
        m_jobTypes.insert(jobId, detail->summary.jobType);
        const auto it = m_jobs.constFind(jobId);
        if (it != m_jobs.constEnd())
            handle(m_engine.observeJob(m_clusterKey, m_clusterName, observation(*it)));
    });
}

QString ClusterAlertWatch::rootCause(const QString &trace)
{
    // The outermost exception is Flink's wrapper ("JobException: Recovery is suppressed by
    // NoRestartBackoffTimeStrategy"); people need the innermost "Caused by:" of the chain.
    // FlinkErrorText reads such chains in Flink's REST error shape.
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{trace}}}).toJson();
    const FlinkErrorText::Cause cause = FlinkErrorText::parse(body).rootCause();
    if (cause.message.isEmpty() && cause.className.isEmpty())
        return trace.section(QLatin1Char('\n'), 0, 0);
    const QString message = cause.message.section(QLatin1Char('\n'), 0, 2);
    return cause.className.isEmpty() ? message : cause.className + QStringLiteral(": ") + message;
}

void ClusterAlertWatch::readRestarts(const QString &jobId)
{
    if (!m_monitor || !m_monitor->client())
        return;
    // GET /jobs/:id/metrics?get=numRestarts answers [{"id":"numRestarts","value":"3"}].
    m_monitor->client()->http()->get(
        QStringLiteral("/jobs/%1/metrics?get=numRestarts").arg(jobId), this,
        [this, jobId](const HttpClient::Response &response) {
            const auto it = m_jobs.constFind(jobId);
            if (!response.ok() || it == m_jobs.constEnd())
                return;
            const QJsonArray metrics = QJsonDocument::fromJson(response.body).array();
            for (const QJsonValue &metric : metrics) {
                if (metric[QLatin1String("id")].toString() != QLatin1String("numRestarts"))
                    continue;
                bool ok = false;
                const int restarts = metric[QLatin1String("value")].toString().toInt(&ok);
                if (!ok)
                    return;
                AlertRuleEngine::JobObservation job = observation(*it);
                job.restarts = restarts;
                handle(m_engine.observeJob(m_clusterKey, m_clusterName, job));
            }
        });
}

void ClusterAlertWatch::evaluateNow()
{
    handle(m_engine.evaluate());
}

void ClusterAlertWatch::handle(const QList<AlertEvent> &events)
{
    for (const AlertEvent &event : events) {
        const bool needsCause = event.error.isEmpty() && !event.jobId.isEmpty() &&
                                event.rule == AlertEvent::Rule::JobFailed && m_monitor &&
                                m_monitor->client();
        if (!needsCause) {
            deliver(event);
            continue;
        }
        // The overview does not say why a job failed; its exceptions do. The alert goes out
        // either way, with the cause when Flink gives it.
        m_monitor->client()->exceptions(
            event.jobId, 1, this, [this, event](const Result<JobExceptions> &exceptions) {
                AlertEvent withCause = event;
                if (exceptions && !exceptions->rootException.isEmpty()) {
                    withCause.error = rootCause(exceptions->rootException);
                    withCause.message = AlertTemplate::defaultMessage(withCause);
                }
                deliver(withCause);
            });
    }
}

void ClusterAlertWatch::deliver(const AlertEvent &event)
{
    qint64 group = 0;
    const auto it = m_jobs.constFind(event.jobId);
    if (m_resolveGroup && it != m_jobs.constEnd())
        group = m_resolveGroup(*it);
    m_service->dispatch(event, group);
    emit alertRaised(event, group);
}

} // namespace Weir
