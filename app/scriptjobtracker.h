#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Weir {

class JobMonitor;
class JobsController;
class ProjectTreeModel;
class RunController;
class Storage;
struct JobSummary;

// Shows the state of each script's current job in the project tree. The current job is the
// newest run-history entry of the script with a job id; its state comes only from the job
// overviews that the clusters' JobMonitors fetch anyway (no request of its own). A job that no
// overview lists gets no state; a cluster that does not answer is shown as unreachable with the
// reason. GUI thread.
class ScriptJobTracker : public QObject
{
    Q_OBJECT

public:
    // Follows the monitors `jobs` makes and the runs of `runs` from now on; `tree` shows it.
    ScriptJobTracker(Storage &storage, JobsController &jobs, RunController &runs,
                     ProjectTreeModel &tree, QObject *parent = nullptr);

    // The current job of `scriptId` (empty: none).
    QString currentJob(qint64 scriptId) const { return m_current.value(scriptId).jobId; }

private:
    struct CurrentJob
    {
        qint64 entryId = 0; // run-history entry (0: known from the submission only so far)
        QString jobId;
        qint64 clusterId = 0; // 0: not known (an entry whose target is no longer a cluster)
        qint64 submittedMs = 0;
    };
    struct Watched
    {
        QPointer<JobMonitor> monitor;
        QString clusterName;
        qint64 overviewMs = 0; // when its last overview arrived (0: none yet)
    };
    struct Found
    {
        const JobSummary *job = nullptr;
        qint64 clusterId = 0;
    };

    void watchMonitor(qint64 clusterId, JobMonitor *monitor);
    // Reads the newest `limit` run-history entries: a newer entry with a job id replaces a
    // script's current job.
    void readHistory(int limit);
    void noteSubmission(qint64 scriptId, qint64 clusterId, const QString &jobId);
    void showAll();
    void show(qint64 scriptId, const CurrentJob &current, const QHash<QString, Found> &listed);
    QHash<QString, Found> listedJobs() const;
    qint64 clusterNamed(const QString &name) const;

    Storage &m_storage;
    ProjectTreeModel &m_tree;
    QHash<qint64, CurrentJob> m_current; // by script id
    QHash<qint64, Watched> m_watched;    // by cluster id
};

} // namespace Weir
