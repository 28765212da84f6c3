#pragma once

#include "gatewayerror.h"
#include "httpclient.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace Weir {

class GatewayClient;

// Checks one cluster's two endpoints at once: the SQL Gateway (REST API version and Flink
// version, by negotiation) and the JobManager REST API (GET /overview). Each side ends OK or
// with an error naming its URL and cause; finished() follows when both are known.
// Lives on the GUI thread; asynchronous, one probe per instance at a time.
class ClusterProbe : public QObject
{
    Q_OBJECT

public:
    struct Endpoint
    {
        bool checked = false; // false: no URL configured, nothing was tried
        bool ok = false;
        QString url;
        QString error; // set when checked and not ok
    };

    struct Health
    {
        Q_DECLARE_TR_FUNCTIONS(ClusterProbe)

    public:
        Endpoint gateway;
        Endpoint jobManager;
        int gatewayApiVersion = 0;
        QString flinkVersion; // from the gateway, else from the JobManager
        int taskManagers = -1;
        int slotsTotal = -1;
        int slotsAvailable = -1;
        int jobsRunning = -1;

        // Every configured endpoint answered.
        bool healthy() const;
        // One line per endpoint, for a dialog or the console.
        QString summary() const;
    };

    explicit ClusterProbe(QObject *parent = nullptr);
    ~ClusterProbe() override;

    // The HTTP options for one endpoint of `cluster`; `secret` is the password or token.
    static HttpClient::Options options(const Cluster &cluster, const QUrl &baseUrl,
                                       const QString &secret, int timeoutMs);

    // Starts a probe (aborting a running one). `timeoutMs` bounds each request.
    void probe(const Cluster &cluster, const QString &secret, int timeoutMs = 5000);
    bool isRunning() const { return m_pending > 0; }

signals:
    void finished(const Weir::ClusterProbe::Health &result);

private:
    void onOverview(const HttpClient::Response &response);
    void endpointDone();

    QPointer<GatewayClient> m_gateway;
    QPointer<HttpClient> m_jobManager;
    Health m_result;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::ClusterProbe::Health)
