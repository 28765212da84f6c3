#pragma once

#include "common/result.h"
#include "gatewayerror.h"
#include "httpclient.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Weir {

// One Flink SQL Gateway: negotiates the REST API version (as Flink's own client does) and reads
// the Flink version, then serves as the factory context for GatewaySessions. Supports V2
// (Flink 1.17–1.19), V3 (1.20) and V4 (2.x); refuses V1-only gateways (Flink 1.16), which
// cannot configure sessions or choose the row format. Lives on the GUI thread.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLowestSupported = 2;
    static constexpr int kHighestSupported = 4;

    explicit GatewayClient(const HttpClient::Options &options, QObject *parent = nullptr);

    // GET /v1/api_versions (the lowest version: a client asking for a version the server lacks
    // gets a 404), then GET /v1/info. Ends in negotiated() or failed().
    void negotiate();

    bool isNegotiated() const { return m_apiVersion != 0; }
    int apiVersion() const { return m_apiVersion; }
    // "/v3": the prefix of every call after negotiation.
    QString versionPrefix() const;
    QString flinkVersion() const { return m_flinkVersion; }
    QUrl url() const { return m_http.options().baseUrl; }
    HttpClient *http() { return &m_http; }

    // The version to speak, from the names /api_versions lists ("V1", "V2", ...): the highest
    // one Weir supports. An error message when there is none.
    static Result<int> chooseVersion(const QStringList &offered);

signals:
    void negotiated(int apiVersion, const QString &flinkVersion);
    void failed(const Weir::GatewayError &error);

private:
    void onVersions(const HttpClient::Response &response);
    void onInfo(const HttpClient::Response &response, int version);

    HttpClient m_http;
    int m_apiVersion = 0;
    QString m_flinkVersion;
};

} // namespace Weir
