#pragma once

#include "common/result.h"
#include "flink/jobcheckpoints.h"
#include "run/executionsettings.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace Weir {

class JobManagerClient;
class RunHistoryRepository;
class SavepointRepository;

// Decides what a script's job restores from when it is submitted: its savepoint strategy resolved
// against the savepoint registry (latest / earliest savepoint of the script on the cluster), the
// chosen path, or the newest retained checkpoint of the script's most recent job as the
// JobManager reports it (recorded in the registry as a checkpoint). GUI thread; asynchronous
// where it asks the JobManager.
class RestorePointResolver
{
    Q_DECLARE_TR_FUNCTIONS(RestorePointResolver)

public:
    // The script being submitted and the cluster it goes to.
    struct Target
    {
        qint64 scriptId = 0;
        QString scriptName;
        qint64 clusterId = 0;
        QString clusterName;
    };

    struct RestorePoint
    {
        QString path; // empty: the job starts without state
        QString kind; // "savepoint" or "checkpoint" when there is a path
        // Where the path comes from ("latest savepoint of "orders", 2026-11-25 22:40"), or,
        // without a path, why there is nothing to restore.
        QString origin;
    };
    using Done = std::function<void(const Result<RestorePoint> &)>;
    // The newest completed checkpoint of a job that has a path to restore from (none: nullopt).
    using CheckpointDone = std::function<void(const Result<std::optional<CheckpointEntry>> &)>;

    // Both must outlive every resolve() (the resolver itself may go before its answer).
    RestorePointResolver(SavepointRepository &registry, RunHistoryRepository &history);

    // Resolves `settings`' strategy for `target`. `client` (the target's JobManager; may be null)
    // is asked only for SavepointStrategy::LatestCheckpoint. A failure (no chosen path, the
    // JobManager does not answer) means the run must not start. `done` runs once, at once for
    // what the registry answers, else later unless `context` is destroyed first.
    void resolve(const Target &target, const ExecutionSettings &settings, JobManagerClient *client,
                 QObject *context, Done done) const;

    // The newest completed checkpoint of `jobId` that Flink retained with a path (checkpoints
    // kept in the JobManager's memory have none). Also what the Jobs dock restarts from.
    static void retainedCheckpoint(JobManagerClient *client, const QString &jobId, QObject *context,
                                   CheckpointDone done);
    // Adds a checkpoint restored from to the registry (once per path) so the script's restore
    // points list it.
    static void recordCheckpoint(SavepointRepository &registry, const Target &target,
                                 const QString &jobId, const CheckpointEntry &checkpoint);

private:
    void resolveCheckpoint(const Target &target, JobManagerClient *client, QObject *context,
                           Done done) const;
    // Whether a JobManager failure says the job is not known (any more).
    static bool jobExpired(const QString &error);
    // For a job the JobManager forgot: the newest checkpoint of the script in the registry.
    RestorePoint registeredCheckpoint(const Target &target, const QString &jobId) const;
    static QString when(qint64 ms);

    SavepointRepository &m_registry;
    RunHistoryRepository &m_history;
};

} // namespace Weir
