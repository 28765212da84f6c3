#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace Weir {

// One row of the JobManager's jobs overview (GET /jobs/overview): what the jobs list shows
// without asking anything per job. Plain value; any thread.
struct JobSummary
{
    QString id; // 32 lower-case hex digits
    QString name;
    // Flink's JobStatus name: INITIALIZING, CREATED, RUNNING, FAILING, FAILED, CANCELLING,
    // CANCELED, FINISHED, RESTARTING, SUSPENDED, RECONCILING.
    QString state;
    qint64 startMs = 0; // UTC ms since the epoch
    qint64 endMs = -1;  // -1 while the job runs
    qint64 durationMs = 0;
    qint64 lastModificationMs = 0;
    QString jobType; // "STREAMING" / "BATCH"; only Flink 2.x sends it in the overview
    int tasksTotal = 0;
    QMap<QString, int> tasksByState; // lower-case ExecutionState names, as Flink sends them
    // Not in the overview: filled from the job's detail once it was asked for (0 = unknown).
    int parallelism = 0;

    // The job can no longer change state.
    bool isTerminal() const;
    static bool isTerminalState(const QString &state);
    // The job runs tasks that a savepoint or stop can address.
    bool isRunning() const { return state == QLatin1String("RUNNING"); }

    friend bool operator==(const JobSummary &a, const JobSummary &b)
    {
        return a.id == b.id && a.name == b.name && a.state == b.state && a.startMs == b.startMs &&
               a.endMs == b.endMs && a.durationMs == b.durationMs &&
               a.lastModificationMs == b.lastModificationMs && a.jobType == b.jobType &&
               a.tasksTotal == b.tasksTotal && a.tasksByState == b.tasksByState &&
               a.parallelism == b.parallelism;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::JobSummary)
