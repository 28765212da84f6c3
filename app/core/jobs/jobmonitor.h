#pragma once

#include "flink/jobmanagerclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Weir {

// Watches the jobs of one cluster economically: one jobs overview per interval (default 5 s),
// the detail (plus checkpoints / exceptions on request) only of the job open on screen, the
// parallelism once per job that is visible, and nothing at all while paused (window
// minimised). A cluster that stops answering is reported as unreachable with the reason, and
// its jobs are then not reported at all rather than with a guessed state.
// Lives on the GUI thread.
class JobMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Reachability { Unknown, Reachable, Unreachable };
    Q_ENUM(Reachability)

    enum Aspect { Detail = 0x1, Checkpoints = 0x2, Exceptions = 0x4 };
    Q_DECLARE_FLAGS(Aspects, Aspect)

    static constexpr int kDefaultIntervalMs = 5000;

    // `client` must outlive the monitor.
    explicit JobMonitor(JobManagerClient *client, QObject *parent = nullptr);
    ~JobMonitor() override;

    JobManagerClient *client() const { return m_client; }
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }

    // start() polls at once and then every interval; stop() ends polling (replies in flight
    // are dropped).
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // While paused no request is sent; resuming polls at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // The job whose detail is on screen (empty: none) and what of it to poll each interval.
    void setOpenJob(const QString &jobId, Aspects aspects = Detail);
    QString openJob() const { return m_openJob; }
    // Jobs whose rows are on screen: their parallelism is fetched once each.
    void setVisibleJobs(const QStringList &jobIds);
    // Polls now (if not paused and no poll is in flight) and restarts the interval.
    void refreshNow();

    Reachability reachability() const { return m_reachability; }
    QString unreachableReason() const { return m_reason; }
    // The jobs of the last successful overview; empty while unreachable.
    const QList<JobSummary> &jobs() const { return m_jobs; }
    // Overview polls sent since construction.
    int overviewPolls() const { return m_overviewPolls; }

signals:
    void jobsUpdated(const QList<Weir::JobSummary> &jobs);
    void reachabilityChanged(Weir::JobMonitor::Reachability reachability, const QString &reason);
    void jobDetailUpdated(const Weir::JobDetail &detail);
    void checkpointsUpdated(const QString &jobId, const Weir::CheckpointStats &stats);
    void exceptionsUpdated(const QString &jobId, const Weir::JobExceptions &exceptions);
    // A request about the open job failed (the job may have gone); the overview still decides
    // reachability.
    void jobDetailFailed(const QString &jobId, const QString &reason);

private:
    void tick();
    void overviewArrived(const Result<QList<JobSummary>> &jobs);
    void pollOpenJob();
    void fetchParallelism();
    void setReachability(Reachability reachability, const QString &reason);
    void requestDone();
    void applyBackPressure(JobDetail *detail);

    QPointer<JobManagerClient> m_client;
    QTimer m_timer;
    bool m_paused = false;
    int m_inFlight = 0;
    quint64 m_generation = 0; // replies of an older generation (before stop()) are dropped
    QString m_openJob;
    Aspects m_aspects = Detail;
    QStringList m_visible;
    QHash<QString, int> m_parallelism; // job id → parallelism, fetched once
    QSet<QString> m_parallelismAsked;
    Reachability m_reachability = Reachability::Unknown;
    QString m_reason;
    QList<JobSummary> m_jobs;
    int m_overviewPolls = 0;
    // The open job's previous detail, for back pressure over the last interval.
    JobDetail m_previousDetail;
};

} // namespace Weir

Q_DECLARE_OPERATORS_FOR_FLAGS(Weir::JobMonitor::Aspects)
