#include "savepointservice.h"

#include "jobs/savepointfailure.h"
#include "store/savepointrepository.h"

#include <QDateTime>
#include <QTimer>

namespace Weir {

namespace {

QString registryOperation(SavepointService::Operation operation)
{
    switch (operation) {
    case SavepointService::Operation::Savepoint:
        return QStringLiteral("trigger");
    case SavepointService::Operation::SavepointAndCancel:
        return QStringLiteral("cancel");
    case SavepointService::Operation::Stop:
    case SavepointService::Operation::StopAndDrain:
        break;
    }
    return QStringLiteral("stop");
}

} // namespace

SavepointService::SavepointService(JobManagerClient *client, SavepointRepository *registry,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_registry(registry)
{}

SavepointService::~SavepointService() = default;

quint64 SavepointService::start(const Request &request)
{
    const quint64 id = m_nextId++;
    Running running;
    running.request = request;
    running.elapsed.start();
    running.record.scriptId = request.scriptId;
    running.record.scriptName = request.scriptName;
    running.record.jobId = request.jobId;
    running.record.jobName = request.jobName;
    running.record.clusterId = request.clusterId;
    running.record.clusterName = request.clusterName;
    running.record.kind = QStringLiteral("savepoint");
    running.record.operation = registryOperation(request.operation);
    running.record.triggeredMs = QDateTime::currentMSecsSinceEpoch();
    if (m_registry) {
        // A registry that cannot write does not stop the savepoint; the entry is then missing.
        if (const Result<SavepointRecord> added = m_registry->add(running.record); added)
            running.record = added.value();
    }
    m_running.insert(id, running);

    const auto done = [this, id](const Result<QString> &triggerId) { triggered(id, triggerId); };
    if (!m_client) {
        QMetaObject::invokeMethod(
            this, [this, id] { finish(id, QString(), tr("no JobManager client")); },
            Qt::QueuedConnection);
        return id;
    }
    if (request.operation == Operation::Stop || request.operation == Operation::StopAndDrain) {
        JobManagerClient::StopOptions options;
        options.targetDirectory = request.targetDirectory;
        options.drain = request.operation == Operation::StopAndDrain;
        options.format = request.format;
        m_client->stopWithSavepoint(request.jobId, options, this, done);
    } else {
        JobManagerClient::SavepointOptions options;
        options.targetDirectory = request.targetDirectory;
        options.cancelJob = request.operation == Operation::SavepointAndCancel;
        options.format = request.format;
        m_client->triggerSavepoint(request.jobId, options, this, done);
    }
    return id;
}

void SavepointService::triggered(quint64 operation, const Result<QString> &triggerId)
{
    if (!m_running.contains(operation))
        return;
    if (!triggerId) {
        finish(operation, QString(), SavepointFailure::describe(triggerId.error()));
        return;
    }
    m_running[operation].triggerId = triggerId.value();
    poll(operation);
}

void SavepointService::poll(quint64 operation)
{
    const auto it = m_running.constFind(operation);
    if (it == m_running.constEnd() || !m_client)
        return;
    m_client->savepointStatus(
        it->request.jobId, it->triggerId, this,
        [this, operation](const Result<SavepointOperation> &result) { polled(operation, result); });
}

void SavepointService::polled(quint64 operation, const Result<SavepointOperation> &result)
{
    const auto it = m_running.constFind(operation);
    if (it == m_running.constEnd())
        return;
    if (!result) {
        finish(operation, QString(), SavepointFailure::describe(result.error()));
        return;
    }
    if (result->completed) {
        if (result->failed())
            finish(operation, QString(), SavepointFailure::describe(result->failureTrace));
        else
            finish(operation, result->location, QString());
        return;
    }
    if (it->elapsed.elapsed() >= it->request.timeoutMs) {
        finish(operation, QString(), SavepointFailure::timedOut(it->request.timeoutMs));
        return;
    }
    QTimer::singleShot(it->request.pollIntervalMs, this, [this, operation] { poll(operation); });
}

void SavepointService::finish(quint64 operation, const QString &path, const QString &reason)
{
    Running running = m_running.take(operation);
    if (m_registry && running.record.id != 0) {
        running.record.completedMs = QDateTime::currentMSecsSinceEpoch();
        running.record.status =
            path.isEmpty() ? QStringLiteral("failed") : QStringLiteral("completed");
        running.record.path = path;
        running.record.error = reason;
        (void)m_registry->update(running.record);
    }
    if (path.isEmpty())
        emit failed(operation, running.request.jobId, reason);
    else
        emit completed(operation, running.request.jobId, path);
}

void SavepointService::cancelJob(const QString &jobId)
{
    if (!m_client) {
        emit cancelFailed(jobId, tr("no JobManager client"));
        return;
    }
    m_client->cancel(jobId, this, [this, jobId](const Status &status) {
        if (status)
            emit jobCancelled(jobId);
        else
            emit cancelFailed(jobId, SavepointFailure::describe(status.error()));
    });
}

} // namespace Weir
