#pragma once

#include "common/result.h"
#include "flink/httpclient.h"
#include "flink/jobmanagerparser.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Weir {

// The JobManager REST API of one cluster, asynchronous: cluster overview, configuration and
// task managers; jobs overview, detail, plan, vertex metrics, watermarks and back pressure;
// exceptions, checkpoints and job configuration; JobManager logs; savepoint, stop and cancel.
// Every call answers once through its callback with a value or an error in words that names
// the URL and the cause (HttpClient's). Lives on the GUI thread; nothing here blocks.
class JobManagerClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;
    using StatusDone = std::function<void(const Status &)>;

    enum class SavepointFormat { Canonical, Native };

    struct SavepointOptions
    {
        QString targetDirectory; // empty: the cluster's execution.checkpointing.savepoint-dir
        bool cancelJob = false;
        SavepointFormat format = SavepointFormat::Canonical;
    };

    struct StopOptions
    {
        QString targetDirectory;
        bool drain = false; // emit MAX_WATERMARK and flush windows before stopping
        SavepointFormat format = SavepointFormat::Canonical;
    };

    explicit JobManagerClient(const HttpClient::Options &options, QObject *parent = nullptr);
    ~JobManagerClient() override;

    HttpClient *http() const { return m_http; }
    QUrl baseUrl() const { return m_http->options().baseUrl; }
    // Requests sent since construction (each retry of a request counts once): the monitoring
    // cost the performance tests measure.
    quint64 requestCount() const { return m_requests; }

    // Every call returns a request id for abort(). `done` does not run after abort() or after
    // `context` is destroyed.
    quint64 overview(QObject *context, Done<ClusterOverview> done);
    quint64 clusterConfiguration(QObject *context, Done<QList<ConfigEntry>> done);
    quint64 taskManagers(QObject *context, Done<QList<TaskManagerInfo>> done);
    quint64 jobs(QObject *context, Done<QList<JobSummary>> done);
    quint64 job(const QString &jobId, QObject *context, Done<JobDetail> done);
    quint64 plan(const QString &jobId, QObject *context, Done<JobDetail> done);
    // Values of the named metrics of one vertex (ids as Flink lists them, e.g.
    // "0.numRecordsOutPerSecond"); an empty list asks which metrics exist (values empty).
    quint64 vertexMetrics(const QString &jobId, const QString &vertexId,
                          const QStringList &metricIds, QObject *context,
                          Done<QHash<QString, QString>> done);
    quint64 watermarks(const QString &jobId, const QString &vertexId, QObject *context,
                       Done<QHash<int, qint64>> done);
    quint64 backPressure(const QString &jobId, const QString &vertexId, QObject *context,
                         Done<VertexBackPressure> done);
    quint64 exceptions(const QString &jobId, int maxExceptions, QObject *context,
                       Done<JobExceptions> done);
    quint64 checkpoints(const QString &jobId, QObject *context, Done<CheckpointStats> done);
    quint64 checkpointConfig(const QString &jobId, QObject *context, Done<CheckpointConfig> done);
    quint64 jobConfig(const QString &jobId, QObject *context, Done<JobConfig> done);
    quint64 jobManagerLogs(QObject *context, Done<QList<LogFileInfo>> done);
    // The last `maxBytes` of a JobManager log file (Flink ignores Range, so the whole file
    // travels; the tail starts at a line boundary). `name` empty: the main log; "stdout": the
    // JobManager's stdout.
    quint64 jobManagerLogTail(const QString &name, int maxBytes, QObject *context,
                              Done<QString> done);

    // Asynchronous operations: each answers with Flink's trigger id; poll it with
    // savepointStatus() (stop shares the savepoint status route).
    quint64 triggerSavepoint(const QString &jobId, const SavepointOptions &options,
                             QObject *context, Done<QString> done);
    quint64 stopWithSavepoint(const QString &jobId, const StopOptions &options, QObject *context,
                              Done<QString> done);
    quint64 savepointStatus(const QString &jobId, const QString &triggerId, QObject *context,
                            Done<SavepointOperation> done);
    quint64 cancel(const QString &jobId, QObject *context, StatusDone done);

    void abort(quint64 id) { m_http->abort(id); }

    static QString formatName(SavepointFormat format);

private:
    template<typename T>
    quint64 getParsed(const QString &path, QObject *context, Done<T> done,
                      Result<T> (*parse)(const QByteArray &));
    template<typename T>
    quint64 postParsed(const QString &path, const QJsonObject &body, QObject *context, Done<T> done,
                       Result<T> (*parse)(const QByteArray &));
    // The callback that reads a JSON answer with `parse` and hands the value to `done`.
    template<typename T>
    static HttpClient::Callback parsed(Done<T> done, Result<T> (*parse)(const QByteArray &));
    static QString jobPath(const QString &jobId, const QString &rest = QString());

    HttpClient *m_http;
    quint64 m_requests = 0;
};

} // namespace Weir
