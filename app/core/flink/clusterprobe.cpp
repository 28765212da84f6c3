#include "clusterprobe.h"

#include "gatewayclient.h"

#include <QJsonObject>

namespace Weir {

bool ClusterProbe::Health::healthy() const
{
    if (!gateway.checked && !jobManager.checked)
        return false;
    return (!gateway.checked || gateway.ok) && (!jobManager.checked || jobManager.ok);
}

QString ClusterProbe::Health::summary() const
{
    QStringList lines;
    if (!gateway.checked)
        lines.append(tr("SQL Gateway: no URL configured"));
    else if (gateway.ok)
        lines.append(tr("SQL Gateway %1: OK (REST API V%2, Flink %3)")
                         .arg(gateway.url)
                         .arg(gatewayApiVersion)
                         .arg(flinkVersion));
    else
        lines.append(tr("SQL Gateway: %1").arg(gateway.error));
    if (!jobManager.checked)
        lines.append(tr("JobManager: no URL configured"));
    else if (jobManager.ok)
        lines.append(
            tr("JobManager %1: OK (%n task manager(s), %2 of %3 slots free, %4 running job(s))",
               nullptr, taskManagers)
                .arg(jobManager.url)
                .arg(slotsAvailable)
                .arg(slotsTotal)
                .arg(jobsRunning));
    else
        lines.append(tr("JobManager: %1").arg(jobManager.error));
    return lines.join(QLatin1Char('\n'));
}

ClusterProbe::ClusterProbe(QObject *parent) : QObject(parent) {}

ClusterProbe::~ClusterProbe() = default;

HttpClient::Options ClusterProbe::options(const Cluster &cluster, const QUrl &baseUrl,
                                          const QString &secret, int timeoutMs)
{
    HttpClient::Options options;
    options.baseUrl = baseUrl;
    options.timeoutMs = timeoutMs;
    options.retries = 0; // a health check reports what it sees; the next poll tries again
    options.verifyTls = cluster.verifyTls;
    options.caCertificateFile = cluster.caCertificatePath;
    if (cluster.authKind == QLatin1String("basic")) {
        options.auth = HttpClient::Auth::Basic;
        options.user = cluster.userName;
        options.password = secret;
    } else if (cluster.authKind == QLatin1String("bearer")) {
        options.auth = HttpClient::Auth::Bearer;
        options.token = secret;
    }
    return options;
}

void ClusterProbe::probe(const Cluster &cluster, const QString &secret, int timeoutMs)
{
    ++m_generation;
    // deleteLater: probe() may be called from a handler of the previous probe's signals.
    if (m_gateway)
        m_gateway->deleteLater();
    if (m_jobManager)
        m_jobManager->deleteLater();
    m_result = Health();
    m_pending = 0;

    const QUrl gatewayUrl(cluster.gatewayUrl.trimmed());
    const QUrl jobManagerUrl(cluster.jobManagerUrl.trimmed());
    m_result.gateway.checked = !cluster.gatewayUrl.trimmed().isEmpty();
    m_result.gateway.url = cluster.gatewayUrl.trimmed();
    m_result.jobManager.checked = !cluster.jobManagerUrl.trimmed().isEmpty();
    m_result.jobManager.url = cluster.jobManagerUrl.trimmed();
    m_pending = int(m_result.gateway.checked) + int(m_result.jobManager.checked);

    if (m_result.gateway.checked) {
        m_gateway = new GatewayClient(options(cluster, gatewayUrl, secret, timeoutMs), this);
        const quint64 generation = m_generation;
        connect(m_gateway.data(), &GatewayClient::negotiated, this,
                [this, generation](int apiVersion, const QString &flinkVersion) {
                    if (generation != m_generation)
                        return;
                    m_result.gateway.ok = true;
                    m_result.gatewayApiVersion = apiVersion;
                    m_result.flinkVersion = flinkVersion;
                    endpointDone();
                });
        connect(m_gateway.data(), &GatewayClient::failed, this,
                [this, generation](const GatewayError &error) {
                    if (generation != m_generation)
                        return;
                    m_result.gateway.error = error.describe();
                    endpointDone();
                });
    }
    if (m_result.jobManager.checked)
        m_jobManager = new HttpClient(options(cluster, jobManagerUrl, secret, timeoutMs), this);

    if (m_pending == 0) {
        // Nothing to ask: report it on the next turn of the event loop, as asynchronous callers
        // expect.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    emit finished(m_result);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_gateway)
        m_gateway->negotiate();
    if (m_jobManager) {
        m_jobManager->get(QStringLiteral("/overview"), this,
                          [this, generation = m_generation](const HttpClient::Response &response) {
                              if (generation == m_generation)
                                  onOverview(response);
                          });
    }
}

void ClusterProbe::onOverview(const HttpClient::Response &response)
{
    if (!response.ok()) {
        m_result.jobManager.error = response.error->describe();
        endpointDone();
        return;
    }
    const QJsonObject json = response.json();
    if (!json.contains(QLatin1String("taskmanagers"))) {
        m_result.jobManager.error =
            GatewayError::protocol(response.url,
                                   tr("no \"taskmanagers\" in the answer (is this a JobManager?)"))
                .describe();
        endpointDone();
        return;
    }
    m_result.jobManager.ok = true;
    m_result.taskManagers = json.value(QLatin1String("taskmanagers")).toInt();
    m_result.slotsTotal = json.value(QLatin1String("slots-total")).toInt();
    m_result.slotsAvailable = json.value(QLatin1String("slots-available")).toInt();
    m_result.jobsRunning = json.value(QLatin1String("jobs-running")).toInt();
    if (m_result.flinkVersion.isEmpty())
        m_result.flinkVersion = json.value(QLatin1String("flink-version")).toString();
    endpointDone();
}

void ClusterProbe::endpointDone()
{
    if (--m_pending > 0)
        return;
    if (m_result.flinkVersion.isEmpty() && m_result.gateway.ok && m_gateway)
        m_result.flinkVersion = m_gateway->flinkVersion();
    emit finished(m_result);
}

} // namespace Weir
