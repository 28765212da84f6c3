#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Weir {

// Cluster-wide facts from the JobManager: GET /overview and GET /config. Plain value.
struct ClusterOverview
{
    QString flinkVersion;
    QString flinkCommit;
    int taskManagers = 0;
    int slotsTotal = 0;
    int slotsAvailable = 0;
    int jobsRunning = 0;
    int jobsFinished = 0;
    int jobsCancelled = 0;
    int jobsFailed = 0;
};

// One TaskManager (GET /taskmanagers).
struct TaskManagerInfo
{
    QString id;
    QString path;
    int slotsTotal = 0;
    int freeSlots = 0;
    int cpuCores = 0;
    qint64 physicalMemory = 0;
    qint64 freeMemory = 0;
    qint64 managedMemory = 0;
    qint64 totalProcessMemory = 0; // memoryConfiguration.totalProcessMemory
    qint64 heapMemory = 0;         // frameworkHeap + taskHeap
    // Despite Flink's field name "timeSinceLastHeartbeat", both 1.20 and 2.3 send the time of
    // the last heartbeat (UTC ms since the epoch), not an age.
    qint64 lastHeartbeatMs = 0;
    bool blocked = false;
};

// A file the JobManager offers under /jobmanager/logs.
struct LogFileInfo
{
    QString name;
    qint64 size = 0;
    qint64 modifiedMs = 0;
};

// One exception of a job's history (GET /jobs/:id/exceptions "exceptionHistory").
struct JobExceptionEntry
{
    QString exceptionName;
    QString stackTrace;
    qint64 timestampMs = 0;
    QString taskName;
    QString endpoint; // "host:port" of the TaskManager; 1.20 also sends "location"
    QString taskManagerId;
    QMap<QString, QString> failureLabels;
    QList<JobExceptionEntry> concurrent;
};

// A job's exceptions: the newest is the root cause of the latest failure.
struct JobExceptions
{
    QList<JobExceptionEntry> history; // newest first
    bool truncated = false;
    // The root exception's trace: 1.20 still sends the deprecated "root-exception", 2.x does
    // not; both then come from the newest history entry.
    QString rootException;
    qint64 rootTimestampMs = 0;
};

// GET /jobs/:id/config.
struct JobConfig
{
    QString executionMode; // 1.20 only ("PIPELINED"); 2.x dropped the field
    QString restartStrategy;
    int parallelism = 0;
    bool objectReuse = false;
    QMap<QString, QString> userConfig;
};

// A key and its value, as /jobmanager/config lists them.
struct ConfigEntry
{
    QString key;
    QString value;
};

} // namespace Weir
