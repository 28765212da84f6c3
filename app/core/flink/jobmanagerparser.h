#pragma once

#include "common/result.h"
#include "flink/clusterinfo.h"
#include "flink/jobcheckpoints.h"
#include "flink/jobdetail.h"
#include "flink/jobsummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Weir {

// Back pressure of one vertex as Flink samples it (GET /jobs/:id/vertices/:vid/backpressure).
struct VertexBackPressure
{
    QString level; // ok / low / high
    qint64 sampledMs = 0;
    QList<double> subtaskRatios; // 0..1 per subtask
};

// Reads the JobManager REST answers of Flink 1.20 and 2.x into Weir's value types; a body that
// is not the expected shape gives a failure saying what is missing. Stateless; any thread.
// Shapes were checked against real 1.20.3 and 2.3.0 clusters (tests/unit/jobs/data).
class JobManagerParser
{
    Q_DECLARE_TR_FUNCTIONS(JobManagerParser)

public:
    static Result<ClusterOverview> overview(const QByteArray &body);
    static Result<QList<ConfigEntry>> configEntries(const QByteArray &body);
    static Result<QList<TaskManagerInfo>> taskManagers(const QByteArray &body);
    static Result<QList<JobSummary>> jobsOverview(const QByteArray &body);
    static Result<JobDetail> jobDetail(const QByteArray &body);
    // GET /jobs/:id/plan: the edges and the vertex descriptions (vertices without metrics).
    static Result<JobDetail> plan(const QByteArray &body);
    static Result<CheckpointStats> checkpoints(const QByteArray &body);
    static Result<CheckpointConfig> checkpointConfig(const QByteArray &body);
    static Result<JobExceptions> exceptions(const QByteArray &body);
    static Result<JobConfig> jobConfig(const QByteArray &body);
    static Result<QList<LogFileInfo>> logFiles(const QByteArray &body);
    // A metric list ([{"id","value"}]): id → value as Flink sends it (a string).
    static Result<QHash<QString, QString>> metrics(const QByteArray &body);
    // The watermarks endpoint: subtask index → current input watermark (ms).
    static Result<QHash<int, qint64>> watermarks(const QByteArray &body);
    static Result<VertexBackPressure> backPressure(const QByteArray &body);
    // {"request-id": "..."} of a savepoint, stop or checkpoint trigger.
    static Result<QString> triggerId(const QByteArray &body);
    static Result<SavepointOperation> savepointOperation(const QByteArray &body);
};

} // namespace Weir
