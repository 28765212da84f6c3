#include "jobmanagerclient.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Weir {

namespace {

// An answer Weir could not read: name the URL, as transport errors do.
QString unreadable(const HttpClient::Response &response, const QString &why)
{
    return GatewayError::protocol(response.url, why).describe();
}

} // namespace

JobManagerClient::JobManagerClient(const HttpClient::Options &options, QObject *parent)
    : QObject(parent), m_http(new HttpClient(options, this))
{}

JobManagerClient::~JobManagerClient() = default;

QString JobManagerClient::jobPath(const QString &jobId, const QString &rest)
{
    return QStringLiteral("/jobs/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(jobId)), rest);
}

QString JobManagerClient::formatName(SavepointFormat format)
{
    return format == SavepointFormat::Native ? QStringLiteral("NATIVE")
                                             : QStringLiteral("CANONICAL");
}

template<typename T>
HttpClient::Callback JobManagerClient::parsed(Done<T> done, Result<T> (*parse)(const QByteArray &))
{
    return [done, parse](const HttpClient::Response &response) {
        if (!response.ok()) {
            done(Result<T>::failure(response.error->describe()));
            return;
        }
        Result<T> value = parse(response.body);
        if (!value)
            done(Result<T>::failure(unreadable(response, value.error())));
        else
            done(value);
    };
}

template<typename T>
quint64 JobManagerClient::getParsed(const QString &path, QObject *context, Done<T> done,
                                    Result<T> (*parse)(const QByteArray &))
{
    ++m_requests;
    return m_http->get(path, context, parsed(std::move(done), parse));
}

template<typename T>
quint64 JobManagerClient::postParsed(const QString &path, const QJsonObject &body, QObject *context,
                                     Done<T> done, Result<T> (*parse)(const QByteArray &))
{
    ++m_requests;
    return m_http->post(path, body, context, parsed(std::move(done), parse));
}

quint64 JobManagerClient::overview(QObject *context, Done<ClusterOverview> done)
{
    return getParsed(QStringLiteral("/overview"), context, std::move(done),
                     &JobManagerParser::overview);
}

quint64 JobManagerClient::clusterConfiguration(QObject *context, Done<QList<ConfigEntry>> done)
{
    return getParsed(QStringLiteral("/jobmanager/config"), context, std::move(done),
                     &JobManagerParser::configEntries);
}

quint64 JobManagerClient::taskManagers(QObject *context, Done<QList<TaskManagerInfo>> done)
{
    return getParsed(QStringLiteral("/taskmanagers"), context, std::move(done),
                     &JobManagerParser::taskManagers);
}

quint64 JobManagerClient::jobs(QObject *context, Done<QList<JobSummary>> done)
{
    return getParsed(QStringLiteral("/jobs/overview"), context, std::move(done),
                     &JobManagerParser::jobsOverview);
}

quint64 JobManagerClient::job(const QString &jobId, QObject *context, Done<JobDetail> done)
{
    return getParsed(jobPath(jobId), context, std::move(done), &JobManagerParser::jobDetail);
}

quint64 JobManagerClient::plan(const QString &jobId, QObject *context, Done<JobDetail> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/plan")), context, std::move(done),
                     &JobManagerParser::plan);
}

quint64 JobManagerClient::vertexMetrics(const QString &jobId, const QString &vertexId,
                                        const QStringList &metricIds, QObject *context,
                                        Done<QHash<QString, QString>> done)
{
    QString path = jobPath(jobId, QStringLiteral("/vertices/%1/metrics").arg(vertexId));
    if (!metricIds.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("get"), metricIds.join(QLatin1Char(',')));
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    return getParsed(path, context, std::move(done), &JobManagerParser::metrics);
}

quint64 JobManagerClient::watermarks(const QString &jobId, const QString &vertexId,
                                     QObject *context, Done<QHash<int, qint64>> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/vertices/%1/watermarks").arg(vertexId)),
                     context, std::move(done), &JobManagerParser::watermarks);
}

quint64 JobManagerClient::backPressure(const QString &jobId, const QString &vertexId,
                                       QObject *context, Done<VertexBackPressure> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/vertices/%1/backpressure").arg(vertexId)),
                     context, std::move(done), &JobManagerParser::backPressure);
}

quint64 JobManagerClient::exceptions(const QString &jobId, int maxExceptions, QObject *context,
                                     Done<JobExceptions> done)
{
    return getParsed(
        jobPath(jobId, QStringLiteral("/exceptions?maxExceptions=%1").arg(qMax(1, maxExceptions))),
        context, std::move(done), &JobManagerParser::exceptions);
}

quint64 JobManagerClient::checkpoints(const QString &jobId, QObject *context,
                                      Done<CheckpointStats> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/checkpoints")), context, std::move(done),
                     &JobManagerParser::checkpoints);
}

quint64 JobManagerClient::checkpointConfig(const QString &jobId, QObject *context,
                                           Done<CheckpointConfig> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/checkpoints/config")), context,
                     std::move(done), &JobManagerParser::checkpointConfig);
}

quint64 JobManagerClient::jobConfig(const QString &jobId, QObject *context, Done<JobConfig> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/config")), context, std::move(done),
                     &JobManagerParser::jobConfig);
}

quint64 JobManagerClient::jobManagerLogs(QObject *context, Done<QList<LogFileInfo>> done)
{
    return getParsed(QStringLiteral("/jobmanager/logs"), context, std::move(done),
                     &JobManagerParser::logFiles);
}

quint64 JobManagerClient::jobManagerLogTail(const QString &name, int maxBytes, QObject *context,
                                            Done<QString> done)
{
    QString path;
    if (name.isEmpty())
        path = QStringLiteral("/jobmanager/log");
    else if (name == QLatin1String("stdout"))
        path = QStringLiteral("/jobmanager/stdout");
    else
        path = QStringLiteral("/jobmanager/logs/%1")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)));
    ++m_requests;
    return m_http->get(path, context, [done, maxBytes](const HttpClient::Response &response) {
        if (!response.ok()) {
            done(Result<QString>::failure(response.error->describe()));
            return;
        }
        QByteArray tail = response.body;
        if (maxBytes > 0 && tail.size() > maxBytes) {
            tail = tail.right(maxBytes);
            // Start on a whole line (and a whole UTF-8 character).
            const qsizetype newline = tail.indexOf('\n');
            if (newline >= 0)
                tail.remove(0, newline + 1);
        }
        done(QString::fromUtf8(tail));
    });
}

quint64 JobManagerClient::triggerSavepoint(const QString &jobId, const SavepointOptions &options,
                                           QObject *context, Done<QString> done)
{
    // The savepoint body is kebab-case (target-directory, cancel-job); formatType is not.
    QJsonObject body{{QStringLiteral("cancel-job"), options.cancelJob},
                     {QStringLiteral("formatType"), formatName(options.format)}};
    if (!options.targetDirectory.isEmpty())
        body.insert(QStringLiteral("target-directory"), options.targetDirectory);
    return postParsed(jobPath(jobId, QStringLiteral("/savepoints")), body, context, std::move(done),
                      &JobManagerParser::triggerId);
}

quint64 JobManagerClient::stopWithSavepoint(const QString &jobId, const StopOptions &options,
                                            QObject *context, Done<QString> done)
{
    // The stop body is camelCase, unlike the savepoint trigger's.
    QJsonObject body{{QStringLiteral("drain"), options.drain},
                     {QStringLiteral("formatType"), formatName(options.format)}};
    if (!options.targetDirectory.isEmpty())
        body.insert(QStringLiteral("targetDirectory"), options.targetDirectory);
    return postParsed(jobPath(jobId, QStringLiteral("/stop")), body, context, std::move(done),
                      &JobManagerParser::triggerId);
}

quint64 JobManagerClient::savepointStatus(const QString &jobId, const QString &triggerId,
                                          QObject *context, Done<SavepointOperation> done)
{
    return getParsed(jobPath(jobId, QStringLiteral("/savepoints/%1").arg(triggerId)), context,
                     std::move(done), &JobManagerParser::savepointOperation);
}

quint64 JobManagerClient::cancel(const QString &jobId, QObject *context, StatusDone done)
{
    ++m_requests;
    return m_http->send(QByteArrayLiteral("PATCH"), jobPath(jobId, QStringLiteral("?mode=cancel")),
                        QByteArray(), false, context, [done](const HttpClient::Response &response) {
                            done(response.ok() ? Status()
                                               : Status::failure(response.error->describe()));
                        });
}

} // namespace Weir
