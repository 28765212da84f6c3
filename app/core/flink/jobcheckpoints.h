#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Weir {

// One checkpoint or savepoint of a job as GET /jobs/:id/checkpoints lists it.
struct CheckpointEntry
{
    qint64 id = 0;
    QString status; // COMPLETED, FAILED, IN_PROGRESS
    QString type;   // CHECKPOINT, UNALIGNED_CHECKPOINT, SAVEPOINT, SYNC_SAVEPOINT
    bool isSavepoint = false;
    QString savepointFormat; // CANONICAL / NATIVE; empty for checkpoints
    qint64 triggerMs = 0;
    qint64 latestAckMs = 0;
    qint64 endToEndDurationMs = 0;
    qint64 checkpointedSize = 0;
    qint64 stateSize = 0;
    int subtasks = 0;
    int acknowledgedSubtasks = 0;
    // Completed: where it lives ("<checkpoint-not-externally-addressable>" for checkpoints
    // kept in the JobManager's memory); discarded once a newer one replaced it.
    QString externalPath;
    bool discarded = false;
    QString failureMessage; // failed entries
    qint64 failureMs = 0;
};

// Where the job started from, if it restored state.
struct CheckpointRestore
{
    qint64 id = 0;
    qint64 restoreMs = 0;
    bool isSavepoint = false;
    QString externalPath;
};

// Counts, latest and history of a job's checkpoints (GET /jobs/:id/checkpoints).
struct CheckpointStats
{
    int restored = 0;
    int total = 0;
    int inProgress = 0;
    int completed = 0;
    int failed = 0;
    std::optional<CheckpointEntry> latestCompleted;
    std::optional<CheckpointEntry> latestSavepoint;
    std::optional<CheckpointEntry> latestFailed;
    std::optional<CheckpointRestore> latestRestore;
    QList<CheckpointEntry> history; // newest first
};

// How the job checkpoints (GET /jobs/:id/checkpoints/config).
struct CheckpointConfig
{
    QString mode; // exactly_once / at_least_once
    qint64 intervalMs = 0;
    qint64 timeoutMs = 0;
    qint64 minPauseMs = 0;
    int maxConcurrent = 0;
    bool externalized = false;
    bool deleteOnCancellation = true;
    QString stateBackend;
    QString checkpointStorage;
    bool unaligned = false;
    int tolerableFailures = 0;
};

// The outcome of an asynchronous savepoint or stop (GET /jobs/:id/savepoints/:triggerid).
struct SavepointOperation
{
    bool completed = false; // false: still IN_PROGRESS
    QString location;       // set when it succeeded
    QString failureClass;   // set when it failed
    QString failureTrace;   // Flink's stack trace of the failure
    bool failed() const { return completed && location.isEmpty(); }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::CheckpointStats)
