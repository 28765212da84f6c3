#include "jobmanagerparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <limits>

namespace Weir {

namespace {

QJsonValue at(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

QString text(const QJsonObject &object, const char *key)
{
    return at(object, key).toString();
}

// Integers as Flink writes them; "NaN" and other strings (busy time of an idle task) give
// `fallback`.
qint64 integer(const QJsonObject &object, const char *key, qint64 fallback = 0)
{
    const QJsonValue value = at(object, key);
    if (!value.isDouble())
        return fallback;
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const qint64 exact = value.toInteger(kNone);
    return exact != kNone ? exact : qint64(value.toDouble());
}

int number(const QJsonObject &object, const char *key, int fallback = 0)
{
    return int(integer(object, key, fallback));
}

Result<QJsonDocument> document(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonDocument>::failure(
            JobManagerParser::tr("the answer is not JSON (%1)").arg(error.errorString()));
    return doc;
}

template<typename T> Result<T> fail(const QString &why)
{
    return Result<T>::failure(why);
}

// The body as an object that must contain `required`.
Result<QJsonObject> object(const QByteArray &body, const char *required)
{
    const Result<QJsonDocument> doc = document(body);
    if (!doc)
        return fail<QJsonObject>(doc.error());
    if (!doc->isObject())
        return fail<QJsonObject>(JobManagerParser::tr("the answer is not a JSON object"));
    const QJsonObject json = doc->object();
    if (required && !json.contains(QLatin1String(required)))
        return fail<QJsonObject>(JobManagerParser::tr("no \"%1\" in the answer").arg(QLatin1String(required)));
    return json;
}

Result<QJsonArray> array(const QByteArray &body)
{
    const Result<QJsonDocument> doc = document(body);
    if (!doc)
        return fail<QJsonArray>(doc.error());
    if (!doc->isArray())
        return fail<QJsonArray>(JobManagerParser::tr("the answer is not a JSON array"));
    return doc->array();
}

QMap<QString, int> counts(const QJsonObject &object)
{
    QMap<QString, int> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("total"))
            map.insert(it.key(), int(it.value().toInteger()));
    }
    return map;
}

JobSummary summaryFrom(const QJsonObject &json)
{
    JobSummary job;
    job.id = text(json, "jid");
    job.name = text(json, "name");
    job.state = text(json, "state");
    job.startMs = integer(json, "start-time");
    job.endMs = integer(json, "end-time", -1);
    job.durationMs = integer(json, "duration");
    job.lastModificationMs = integer(json, "last-modification");
    // The overview says "jobType" (2.x only); the detail says "job-type" (both versions).
    job.jobType =
        json.contains(QLatin1String("jobType")) ? text(json, "jobType") : text(json, "job-type");
    const QJsonObject tasks = at(json, "tasks").toObject();
    job.tasksTotal = number(tasks, "total");
    job.tasksByState = counts(tasks);
    return job;
}

// Plan descriptions carry HTML line breaks and escapes for the web UI.
QString planDescription(QString description)
{
    description.replace(QLatin1String("<br/>"), QLatin1String("\n"));
    description.replace(QLatin1String("&gt;"), QLatin1String(">"));
    description.replace(QLatin1String("&lt;"), QLatin1String("<"));
    description.replace(QLatin1String("&quot;"), QLatin1String("\""));
    description.replace(QLatin1String("&#39;"), QLatin1String("'"));
    description.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return description.trimmed();
}

// Adds the plan's nodes (descriptions, and vertices the detail did not list) and edges.
void mergePlan(const QJsonObject &plan, JobDetail *detail)
{
    const QJsonArray nodes = at(plan, "nodes").toArray();
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString id = text(node, "id");
        JobVertex *vertex = nullptr;
        for (JobVertex &candidate : detail->vertices) {
            if (candidate.id == id)
                vertex = &candidate;
        }
        if (!vertex) {
            detail->vertices.append(JobVertex());
            vertex = &detail->vertices.last();
            vertex->id = id;
            vertex->parallelism = number(node, "parallelism");
        }
        vertex->description = planDescription(text(node, "description"));
        if (vertex->name.isEmpty())
            vertex->name = vertex->description.section(QLatin1Char('\n'), 0, 0);
        for (const QJsonValue &input : at(node, "inputs").toArray()) {
            const QJsonObject edge = input.toObject();
            detail->edges.append({text(edge, "id"), id, number(edge, "num"),
                                  text(edge, "ship_strategy"), text(edge, "exchange")});
        }
    }
}

CheckpointEntry checkpointFrom(const QJsonObject &json)
{
    CheckpointEntry entry;
    entry.id = integer(json, "id");
    entry.status = text(json, "status");
    entry.type = text(json, "checkpoint_type");
    entry.isSavepoint = at(json, "is_savepoint").toBool();
    entry.savepointFormat = text(json, "savepointFormat");
    entry.triggerMs = integer(json, "trigger_timestamp");
    entry.latestAckMs = integer(json, "latest_ack_timestamp");
    entry.endToEndDurationMs = integer(json, "end_to_end_duration");
    entry.checkpointedSize = integer(json, "checkpointed_size");
    entry.stateSize = integer(json, "state_size");
    entry.subtasks = number(json, "num_subtasks");
    entry.acknowledgedSubtasks = number(json, "num_acknowledged_subtasks");
    entry.externalPath = text(json, "external_path");
    entry.discarded = at(json, "discarded").toBool();
    entry.failureMessage = text(json, "failure_message");
    entry.failureMs = integer(json, "failure_timestamp");
    return entry;
}

std::optional<CheckpointEntry> optionalCheckpoint(const QJsonObject &latest, const char *key)
{
    const QJsonValue value = at(latest, key);
    if (!value.isObject())
        return std::nullopt;
    return checkpointFrom(value.toObject());
}

JobExceptionEntry exceptionFrom(const QJsonObject &json)
{
    JobExceptionEntry entry;
    entry.exceptionName = text(json, "exceptionName");
    entry.stackTrace = text(json, "stacktrace");
    entry.timestampMs = integer(json, "timestamp");
    entry.taskName = text(json, "taskName");
    entry.endpoint =
        json.contains(QLatin1String("endpoint")) ? text(json, "endpoint") : text(json, "location");
    entry.taskManagerId = text(json, "taskManagerId");
    const QJsonObject labels = at(json, "failureLabels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        entry.failureLabels.insert(it.key(), it.value().toString());
    for (const QJsonValue &concurrent : at(json, "concurrentExceptions").toArray())
        entry.concurrent.append(exceptionFrom(concurrent.toObject()));
    return entry;
}

// A list under `key` of an object answer, each element read by `convert`.
template<typename T, typename Convert>
Result<QList<T>> listIn(const QByteArray &body, const char *key, Convert convert)
{
    const Result<QJsonObject> parsed = object(body, key);
    if (!parsed)
        return fail<QList<T>>(parsed.error());
    const QJsonObject &json = parsed.value();
    QList<T> list;
    for (const QJsonValue &value : at(json, key).toArray())
        list.append(convert(value.toObject()));
    return list;
}

TaskManagerInfo taskManagerFrom(const QJsonObject &tm)
{
    const QJsonObject hardware = at(tm, "hardware").toObject();
    const QJsonObject memory = at(tm, "memoryConfiguration").toObject();
    TaskManagerInfo info;
    info.id = text(tm, "id");
    info.path = text(tm, "path");
    info.slotsTotal = number(tm, "slotsNumber");
    info.freeSlots = number(tm, "freeSlots");
    info.cpuCores = number(hardware, "cpuCores");
    info.physicalMemory = integer(hardware, "physicalMemory");
    info.freeMemory = integer(hardware, "freeMemory");
    info.managedMemory = integer(hardware, "managedMemory");
    info.totalProcessMemory = integer(memory, "totalProcessMemory");
    info.heapMemory = integer(memory, "frameworkHeap") + integer(memory, "taskHeap");
    info.lastHeartbeatMs = integer(tm, "timeSinceLastHeartbeat");
    info.blocked = at(tm, "blocked").toBool();
    return info;
}

} // namespace

Result<ClusterOverview> JobManagerParser::overview(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "taskmanagers");
    if (!parsed)
        return fail<ClusterOverview>(parsed.error());
    const QJsonObject &json = parsed.value();
    ClusterOverview overview;
    overview.flinkVersion = text(json, "flink-version");
    overview.flinkCommit = text(json, "flink-commit");
    overview.taskManagers = number(json, "taskmanagers");
    overview.slotsTotal = number(json, "slots-total");
    overview.slotsAvailable = number(json, "slots-available");
    overview.jobsRunning = number(json, "jobs-running");
    overview.jobsFinished = number(json, "jobs-finished");
    overview.jobsCancelled = number(json, "jobs-cancelled");
    overview.jobsFailed = number(json, "jobs-failed");
    return overview;
}

Result<QList<ConfigEntry>> JobManagerParser::configEntries(const QByteArray &body)
{
    const Result<QJsonArray> parsed = array(body);
    if (!parsed)
        return fail<QList<ConfigEntry>>(parsed.error());
    const QJsonArray &entries = parsed.value();
    QList<ConfigEntry> list;
    for (const QJsonValue &value : entries)
        list.append({text(value.toObject(), "key"), text(value.toObject(), "value")});
    return list;
}

Result<QList<TaskManagerInfo>> JobManagerParser::taskManagers(const QByteArray &body)
{
    return listIn<TaskManagerInfo>(body, "taskmanagers", &taskManagerFrom);
}

Result<QList<JobSummary>> JobManagerParser::jobsOverview(const QByteArray &body)
{
    return listIn<JobSummary>(body, "jobs", &summaryFrom);
}

Result<JobDetail> JobManagerParser::jobDetail(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "jid");
    if (!parsed)
        return fail<JobDetail>(parsed.error());
    const QJsonObject &json = parsed.value();
    JobDetail detail;
    detail.summary = summaryFrom(json);
    const QJsonObject statusCounts = at(json, "status-counts").toObject();
    detail.summary.tasksByState = counts(statusCounts);
    detail.summary.tasksTotal = 0;
    for (int count : std::as_const(detail.summary.tasksByState))
        detail.summary.tasksTotal += count;
    detail.isStoppable = at(json, "isStoppable").toBool();
    detail.nowMs = integer(json, "now");
    detail.maxParallelism = number(json, "maxParallelism", -1);
    const QJsonObject timestamps = at(json, "timestamps").toObject();
    for (auto it = timestamps.begin(); it != timestamps.end(); ++it)
        detail.stateTimestamps.insert(it.key(), it.value().toInteger());

    int parallelism = 0;
    for (const QJsonValue &value : at(json, "vertices").toArray()) {
        const QJsonObject v = value.toObject();
        const QJsonObject metrics = at(v, "metrics").toObject();
        JobVertex vertex;
        vertex.id = text(v, "id");
        vertex.name = text(v, "name");
        vertex.parallelism = number(v, "parallelism");
        vertex.maxParallelism = number(v, "maxParallelism");
        vertex.status = text(v, "status");
        vertex.startMs = integer(v, "start-time", -1);
        vertex.endMs = integer(v, "end-time", -1);
        vertex.durationMs = integer(v, "duration");
        vertex.tasksByState = counts(at(v, "tasks").toObject());
        vertex.readRecords = integer(metrics, "read-records");
        vertex.writeRecords = integer(metrics, "write-records");
        vertex.readBytes = integer(metrics, "read-bytes");
        vertex.writeBytes = integer(metrics, "write-bytes");
        vertex.accumulatedBackPressuredMs = integer(metrics, "accumulated-backpressured-time");
        parallelism = qMax(parallelism, vertex.parallelism);
        detail.vertices.append(vertex);
    }
    detail.summary.parallelism = parallelism;
    mergePlan(at(json, "plan").toObject(), &detail);
    return detail;
}

Result<JobDetail> JobManagerParser::plan(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "plan");
    if (!parsed)
        return fail<JobDetail>(parsed.error());
    const QJsonObject &json = parsed.value();
    const QJsonObject plan = at(json, "plan").toObject();
    JobDetail detail;
    detail.summary.id = text(plan, "jid");
    detail.summary.name = text(plan, "name");
    detail.summary.jobType = text(plan, "type");
    mergePlan(plan, &detail);
    for (const JobVertex &vertex : std::as_const(detail.vertices))
        detail.summary.parallelism = qMax(detail.summary.parallelism, vertex.parallelism);
    return detail;
}

Result<CheckpointStats> JobManagerParser::checkpoints(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "counts");
    if (!parsed)
        return fail<CheckpointStats>(parsed.error());
    const QJsonObject &json = parsed.value();
    CheckpointStats stats;
    const QJsonObject counts = at(json, "counts").toObject();
    stats.restored = number(counts, "restored");
    stats.total = number(counts, "total");
    stats.inProgress = number(counts, "in_progress");
    stats.completed = number(counts, "completed");
    stats.failed = number(counts, "failed");
    const QJsonObject latest = at(json, "latest").toObject();
    stats.latestCompleted = optionalCheckpoint(latest, "completed");
    stats.latestSavepoint = optionalCheckpoint(latest, "savepoint");
    stats.latestFailed = optionalCheckpoint(latest, "failed");
    if (const QJsonValue restored = at(latest, "restored"); restored.isObject()) {
        const QJsonObject r = restored.toObject();
        stats.latestRestore =
            CheckpointRestore{integer(r, "id"), integer(r, "restore_timestamp"),
                              at(r, "is_savepoint").toBool(), text(r, "external_path")};
    }
    for (const QJsonValue &value : at(json, "history").toArray())
        stats.history.append(checkpointFrom(value.toObject()));
    return stats;
}

Result<CheckpointConfig> JobManagerParser::checkpointConfig(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "mode");
    if (!parsed)
        return fail<CheckpointConfig>(parsed.error());
    const QJsonObject &json = parsed.value();
    CheckpointConfig config;
    config.mode = text(json, "mode");
    config.intervalMs = integer(json, "interval");
    config.timeoutMs = integer(json, "timeout");
    config.minPauseMs = integer(json, "min_pause");
    config.maxConcurrent = number(json, "max_concurrent");
    const QJsonObject externalization = at(json, "externalization").toObject();
    config.externalized = at(externalization, "enabled").toBool();
    config.deleteOnCancellation = at(externalization, "delete_on_cancellation").toBool(true);
    config.stateBackend = text(json, "state_backend");
    config.checkpointStorage = text(json, "checkpoint_storage");
    config.unaligned = at(json, "unaligned_checkpoints").toBool();
    config.tolerableFailures = number(json, "tolerable_failed_checkpoints");
    return config;
}

Result<JobExceptions> JobManagerParser::exceptions(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "exceptionHistory");
    if (!parsed)
        return fail<JobExceptions>(parsed.error());
    const QJsonObject &json = parsed.value();
    JobExceptions result;
    const QJsonObject history = at(json, "exceptionHistory").toObject();
    for (const QJsonValue &value : at(history, "entries").toArray())
        result.history.append(exceptionFrom(value.toObject()));
    result.truncated = at(history, "truncated").toBool();
    result.rootException = text(json, "root-exception"); // 1.20 only (deprecated)
    result.rootTimestampMs = integer(json, "timestamp");
    if (result.rootException.isEmpty() && !result.history.isEmpty()) {
        result.rootException = result.history.first().stackTrace;
        result.rootTimestampMs = result.history.first().timestampMs;
    }
    return result;
}

Result<JobConfig> JobManagerParser::jobConfig(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "execution-config");
    if (!parsed)
        return fail<JobConfig>(parsed.error());
    const QJsonObject &json = parsed.value();
    const QJsonObject execution = at(json, "execution-config").toObject();
    JobConfig config;
    config.executionMode = text(execution, "execution-mode");
    config.restartStrategy = text(execution, "restart-strategy");
    config.parallelism = number(execution, "job-parallelism");
    config.objectReuse = at(execution, "object-reuse-mode").toBool();
    const QJsonObject user = at(execution, "user-config").toObject();
    for (auto it = user.begin(); it != user.end(); ++it)
        config.userConfig.insert(it.key(), it.value().toVariant().toString());
    return config;
}

Result<QList<LogFileInfo>> JobManagerParser::logFiles(const QByteArray &body)
{
    return listIn<LogFileInfo>(body, "logs", [](const QJsonObject &file) {
        return LogFileInfo{text(file, "name"), integer(file, "size"), integer(file, "mtime")};
    });
}

Result<QHash<QString, QString>> JobManagerParser::metrics(const QByteArray &body)
{
    const Result<QJsonArray> parsed = array(body);
    if (!parsed)
        return fail<QHash<QString, QString>>(parsed.error());
    const QJsonArray &list = parsed.value();
    QHash<QString, QString> values;
    for (const QJsonValue &value : list)
        values.insert(text(value.toObject(), "id"), text(value.toObject(), "value"));
    return values;
}

Result<QHash<int, qint64>> JobManagerParser::watermarks(const QByteArray &body)
{
    const Result<QHash<QString, QString>> list = metrics(body);
    if (!list)
        return fail<QHash<int, qint64>>(list.error());
    QHash<int, qint64> marks;
    for (auto it = list->begin(); it != list->end(); ++it) {
        // "0.currentInputWatermark": the subtask index, then the metric.
        bool ok = false;
        const int subtask = it.key().section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok)
            marks.insert(subtask, it.value().toLongLong());
    }
    return marks;
}

Result<VertexBackPressure> JobManagerParser::backPressure(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "backpressureLevel");
    if (!parsed)
        return fail<VertexBackPressure>(parsed.error());
    const QJsonObject &json = parsed.value();
    VertexBackPressure pressure;
    pressure.level = text(json, "backpressureLevel");
    pressure.sampledMs = integer(json, "end-timestamp");
    for (const QJsonValue &value : at(json, "subtasks").toArray())
        pressure.subtaskRatios.append(at(value.toObject(), "ratio").toDouble());
    return pressure;
}

Result<QString> JobManagerParser::triggerId(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "request-id");
    if (!parsed)
        return fail<QString>(parsed.error());
    const QJsonObject &json = parsed.value();
    return text(json, "request-id");
}

Result<SavepointOperation> JobManagerParser::savepointOperation(const QByteArray &body)
{
    const Result<QJsonObject> parsed = object(body, "status");
    if (!parsed)
        return fail<SavepointOperation>(parsed.error());
    const QJsonObject &json = parsed.value();
    SavepointOperation operation;
    operation.completed = text(at(json, "status").toObject(), "id") == QLatin1String("COMPLETED");
    const QJsonObject result = at(json, "operation").toObject();
    operation.location = text(result, "location");
    const QJsonObject failure = at(result, "failure-cause").toObject();
    operation.failureClass = text(failure, "class");
    operation.failureTrace = text(failure, "stack-trace");
    if (operation.completed && operation.location.isEmpty() && operation.failureTrace.isEmpty())
        return fail<SavepointOperation>(tr("a completed operation with neither a location nor a "
                                           "failure cause"));
    return operation;
}

} // namespace Weir
