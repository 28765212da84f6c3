#include "gatewayclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Weir {

GatewayClient::GatewayClient(const HttpClient::Options &options, QObject *parent)
    : QObject(parent), m_http(options)
{}

QString GatewayClient::versionPrefix() const
{
    return QStringLiteral("/v%1").arg(m_apiVersion);
}

Result<int> GatewayClient::chooseVersion(const QStringList &offered)
{
    int best = 0;
    for (const QString &name : offered) {
        bool ok = false;
        const int version = name.startsWith(QLatin1Char('V')) ? name.mid(1).toInt(&ok) : 0;
        if (ok && version >= kLowestSupported && version <= kHighestSupported)
            best = qMax(best, version);
    }
    if (best != 0)
        return best;
    return Result<int>::failure(
        tr("The SQL Gateway offers REST API versions %1; Weir needs V2 (Flink 1.17) or later.")
            .arg(offered.isEmpty() ? tr("(none)") : offered.join(QLatin1String(", "))));
}

void GatewayClient::negotiate()
{
    m_apiVersion = 0;
    m_flinkVersion.clear();
    m_http.get(QStringLiteral("/v1/api_versions"), this,
               [this](const HttpClient::Response &response) { onVersions(response); });
}

void GatewayClient::onVersions(const HttpClient::Response &response)
{
    if (!response.ok()) {
        emit failed(*response.error);
        return;
    }
    QStringList offered;
    for (const QJsonValue &value : response.json().value(QLatin1String("versions")).toArray())
        offered.append(value.toString());
    if (offered.isEmpty()) {
        emit failed(GatewayError::protocol(response.url, tr("no \"versions\" in the answer")));
        return;
    }
    const Result<int> version = chooseVersion(offered);
    if (!version) {
        GatewayError error;
        error.kind = GatewayError::Kind::UnsupportedVersion;
        error.url = response.url.toDisplayString();
        error.message = version.error();
        emit failed(error);
        return;
    }
    m_http.get(QStringLiteral("/v1/info"), this,
               [this, v = version.value()](const HttpClient::Response &info) { onInfo(info, v); });
}

void GatewayClient::onInfo(const HttpClient::Response &response, int version)
{
    if (!response.ok()) {
        emit failed(*response.error);
        return;
    }
    const QString flinkVersion = response.json().value(QLatin1String("version")).toString();
    if (flinkVersion.isEmpty()) {
        emit failed(GatewayError::protocol(response.url, tr("no \"version\" in the answer")));
        return;
    }
    m_apiVersion = version;
    m_flinkVersion = flinkVersion;
    emit negotiated(m_apiVersion, m_flinkVersion);
}

} // namespace Weir
