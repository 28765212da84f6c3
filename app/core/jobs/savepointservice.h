#pragma once

#include "flink/jobmanagerclient.h"
#include "store/savepointrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Weir {

class SavepointRepository;

// Savepoints, stops and cancels of running jobs: triggers the asynchronous operation, polls
// Flink's trigger to completion within a timeout, reports the savepoint's path or the failure
// cause in words (SavepointFailure), and keeps the savepoint registry up to date when given
// one. Lives on the GUI thread; asynchronous throughout.
class SavepointService : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Savepoint,          // the job keeps running
        SavepointAndCancel, // savepoint, then cancel (Flink's "cancel-job")
        Stop,               // stop with savepoint
        StopAndDrain,       // stop with savepoint after flushing event time (MAX_WATERMARK)
    };

    struct Request
    {
        QString jobId;
        QString jobName;
        Operation operation = Operation::Savepoint;
        QString targetDirectory; // empty: the cluster's configured savepoint directory
        JobManagerClient::SavepointFormat format = JobManagerClient::SavepointFormat::Canonical;
        // For the registry: what the job belongs to (0 / empty when unknown).
        qint64 scriptId = 0;
        QString scriptName;
        qint64 clusterId = 0;
        QString clusterName;
        int timeoutMs = 10 * 60 * 1000;
        int pollIntervalMs = 500;
    };

    // `registry` may be null (nothing recorded); both must outlive the service.
    SavepointService(JobManagerClient *client, SavepointRepository *registry,
                     QObject *parent = nullptr);
    ~SavepointService() override;

    // Starts the operation; the id names it in the signals. Exactly one of completed() or
    // failed() follows, asynchronously.
    quint64 start(const Request &request);
    // Cancels the job without a savepoint; jobCancelled() or cancelFailed() follows.
    void cancelJob(const QString &jobId);
    int runningCount() const { return int(m_running.size()); }

signals:
    void completed(quint64 operation, const QString &jobId, const QString &path);
    void failed(quint64 operation, const QString &jobId, const QString &reason);
    void jobCancelled(const QString &jobId);
    void cancelFailed(const QString &jobId, const QString &reason);

private:
    struct Running
    {
        Request request;
        QString triggerId;
        QElapsedTimer elapsed;
        SavepointRecord record;
    };

    void triggered(quint64 operation, const Result<QString> &triggerId);
    void poll(quint64 operation);
    void polled(quint64 operation, const Result<SavepointOperation> &result);
    void finish(quint64 operation, const QString &path, const QString &reason);

    QPointer<JobManagerClient> m_client;
    SavepointRepository *m_registry;
    QHash<quint64, Running> m_running;
    quint64 m_nextId = 1;
};

} // namespace Weir
