#pragma once

#include "flink/jobsummary.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Weir {

// One vertex (chained operators) of a job: GET /jobs/:id "vertices" merged with the plan node of
// the same id. Plain value; any thread.
struct JobVertex
{
    QString id;
    QString name;
    QString description; // the plan node's description, HTML line breaks turned into '\n'
    int parallelism = 0;
    int maxParallelism = 0;
    QString status; // ExecutionState name (RUNNING, FINISHED, ...)
    qint64 startMs = -1;
    qint64 endMs = -1;
    qint64 durationMs = 0;
    QMap<QString, int> tasksByState;
    qint64 readRecords = 0;
    qint64 writeRecords = 0;
    qint64 readBytes = 0;
    qint64 writeBytes = 0;
    // Sum over subtasks of the time spent back-pressured (ms since the task started).
    qint64 accumulatedBackPressuredMs = 0;
    // Share of the last interval the vertex was back-pressured (0..1), from two successive
    // details (JobMonitor fills it); -1 while unknown.
    double backPressureRatio = -1;
};

// One edge of the job graph: from the plan node's "inputs".
struct JobEdge
{
    QString sourceId;
    QString targetId;
    int inputIndex = 0;
    QString shipStrategy; // FORWARD, HASH, REBALANCE, ...
    QString exchange;     // pipelined_bounded, batch, ...
};

// What GET /jobs/:id says about one job, with the plan's edges. Plain value; any thread.
struct JobDetail
{
    JobSummary summary; // tasks counts are upper-case here, as /jobs/:id sends them
    bool isStoppable = false;
    qint64 nowMs = 0; // the JobManager's clock when it answered
    int maxParallelism = -1;
    QMap<QString, qint64> stateTimestamps; // JobStatus name → first time entered (0 = never)
    QList<JobVertex> vertices;             // in Flink's order: sources first
    QList<JobEdge> edges;

    const JobVertex *vertex(const QString &id) const;
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::JobDetail)
