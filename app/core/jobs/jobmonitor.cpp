#include "jobmonitor.h"

namespace Weir {

JobMonitor::JobMonitor(JobManagerClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::tick);
}

JobMonitor::~JobMonitor() = default;

void JobMonitor::setInterval(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void JobMonitor::start()
{
    m_timer.start();
    tick();
}

void JobMonitor::stop()
{
    m_timer.stop();
    ++m_generation;
    m_inFlight = 0;
}

void JobMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_timer.isActive())
        refreshNow();
}

void JobMonitor::setOpenJob(const QString &jobId, Aspects aspects)
{
    const bool changed = jobId != m_openJob || aspects != m_aspects;
    m_openJob = jobId;
    m_aspects = aspects;
    if (jobId != m_previousDetail.summary.id)
        m_previousDetail = JobDetail();
    // Show the newly opened job without waiting for the next interval (the overview is not
    // repeated for it).
    if (changed && !jobId.isEmpty() && m_timer.isActive() && !m_paused &&
        m_reachability == Reachability::Reachable)
        pollOpenJob();
}

void JobMonitor::setVisibleJobs(const QStringList &jobIds)
{
    m_visible = jobIds;
    if (m_timer.isActive() && !m_paused && m_reachability == Reachability::Reachable)
        fetchParallelism();
}

void JobMonitor::refreshNow()
{
    if (m_timer.isActive())
        m_timer.start(); // the next tick is one interval from now
    tick();
}

void JobMonitor::tick()
{
    // One poll at a time: a slow cluster is not asked again before it answered.
    if (m_paused || m_inFlight > 0 || !m_client)
        return;
    ++m_inFlight;
    ++m_overviewPolls;
    const quint64 generation = m_generation;
    m_client->jobs(this, [this, generation](const Result<QList<JobSummary>> &jobs) {
        if (generation != m_generation)
            return;
        overviewArrived(jobs);
        requestDone();
    });
}

void JobMonitor::overviewArrived(const Result<QList<JobSummary>> &jobs)
{
    if (!jobs) {
        m_jobs.clear();
        setReachability(Reachability::Unreachable, jobs.error());
        emit jobsUpdated(m_jobs);
        return;
    }
    m_jobs = jobs.value();
    // Newest first, as people look for the job they just started.
    std::sort(m_jobs.begin(), m_jobs.end(), [](const JobSummary &a, const JobSummary &b) {
        return a.startMs != b.startMs ? a.startMs > b.startMs : a.id < b.id;
    });
    for (JobSummary &job : m_jobs)
        job.parallelism = m_parallelism.value(job.id);
    setReachability(Reachability::Reachable, QString());
    emit jobsUpdated(m_jobs);
    if (!m_openJob.isEmpty())
        pollOpenJob();
    fetchParallelism();
}

void JobMonitor::pollOpenJob()
{
    const QString jobId = m_openJob;
    const quint64 generation = m_generation;
    if (m_aspects & Detail) {
        ++m_inFlight;
        m_client->job(jobId, this, [this, generation, jobId](const Result<JobDetail> &detail) {
            if (generation != m_generation)
                return;
            if (jobId == m_openJob) {
                if (detail) {
                    JobDetail value = detail.value();
                    applyBackPressure(&value);
                    const int parallelism = value.summary.parallelism;
                    if (parallelism > 0)
                        m_parallelism.insert(jobId, parallelism);
                    emit jobDetailUpdated(value);
                } else {
                    emit jobDetailFailed(jobId, detail.error());
                }
            }
            requestDone();
        });
    }
    if (m_aspects & Checkpoints) {
        ++m_inFlight;
        m_client->checkpoints(jobId, this,
                              [this, generation, jobId](const Result<CheckpointStats> &stats) {
                                  if (generation != m_generation)
                                      return;
                                  if (jobId == m_openJob) {
                                      if (stats)
                                          emit checkpointsUpdated(jobId, stats.value());
                                      else
                                          emit jobDetailFailed(jobId, stats.error());
                                  }
                                  requestDone();
                              });
    }
    if (m_aspects & Exceptions) {
        ++m_inFlight;
        m_client->exceptions(jobId, 20, this,
                             [this, generation, jobId](const Result<JobExceptions> &exceptions) {
                                 if (generation != m_generation)
                                     return;
                                 if (jobId == m_openJob) {
                                     if (exceptions)
                                         emit exceptionsUpdated(jobId, exceptions.value());
                                     else
                                         emit jobDetailFailed(jobId, exceptions.error());
                                 }
                                 requestDone();
                             });
    }
}

void JobMonitor::fetchParallelism()
{
    for (const QString &jobId : std::as_const(m_visible)) {
        if (m_parallelismAsked.contains(jobId))
            continue;
        bool known = false;
        for (const JobSummary &job : std::as_const(m_jobs))
            known = known || job.id == jobId;
        if (!known)
            continue;
        m_parallelismAsked.insert(jobId);
        ++m_inFlight;
        const quint64 generation = m_generation;
        m_client->jobConfig(
            jobId, this, [this, generation, jobId](const Result<JobConfig> &config) {
                if (generation != m_generation)
                    return;
                if (config && config->parallelism > 0 && !m_parallelism.contains(jobId)) {
                    m_parallelism.insert(jobId, config->parallelism);
                    for (JobSummary &job : m_jobs) {
                        if (job.id == jobId)
                            job.parallelism = config->parallelism;
                    }
                    emit jobsUpdated(m_jobs);
                }
                requestDone();
            });
    }
}

void JobMonitor::requestDone()
{
    m_inFlight = qMax(0, m_inFlight - 1);
}

void JobMonitor::setReachability(Reachability reachability, const QString &reason)
{
    if (reachability == m_reachability && reason == m_reason)
        return;
    m_reachability = reachability;
    m_reason = reason;
    emit reachabilityChanged(reachability, reason);
}

void JobMonitor::applyBackPressure(JobDetail *detail)
{
    const JobDetail &previous = m_previousDetail;
    const qint64 elapsed = detail->nowMs - previous.nowMs;
    if (previous.summary.id == detail->summary.id && elapsed > 0) {
        for (JobVertex &vertex : detail->vertices) {
            const JobVertex *before = previous.vertex(vertex.id);
            if (!before || vertex.parallelism <= 0)
                continue;
            const qint64 delta =
                vertex.accumulatedBackPressuredMs - before->accumulatedBackPressuredMs;
            vertex.backPressureRatio =
                qBound(0.0, double(delta) / double(elapsed * vertex.parallelism), 1.0);
        }
    }
    m_previousDetail = *detail;
}

} // namespace Weir
