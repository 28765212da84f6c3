#pragma once

#include "gatewayclient.h"
#include "gatewayerror.h"
#include "httpclient.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Weir {

// One SQL Gateway session: open with properties, configure it with SET/CREATE/USE...
// statements, keep it alive with heartbeats while open (the gateway drops sessions idle for
// 10 minutes by default), close it. When the gateway answers that the session does not exist
// (expired, gateway restarted) it becomes Lost and says so once with lost(); reopening and
// replaying the environment is the runner's job. Lives on the GUI thread.
class GatewaySession : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open, Closing, Lost };
    Q_ENUM(State)

    static constexpr int kDefaultHeartbeatMs = 60000;

    // `client` must be negotiated and outlive the session.
    explicit GatewaySession(GatewayClient *client, QObject *parent = nullptr);
    // An open session is closed on the gateway without waiting for the answer. Best effort: the
    // request is dropped when the client goes away at the same time, so on exit call close()
    // and wait for closed().
    ~GatewaySession() override;

    // POST /sessions; `properties` override the gateway's configuration for this session.
    void open(const QString &name = QString(),
              const QMap<QString, QString> &properties = QMap<QString, QString>());
    // POST configure-session: one SET, RESET, CREATE, DROP, ALTER, USE, LOAD/UNLOAD MODULE or
    // ADD JAR statement, run synchronously by the gateway. Returns an id for configured() /
    // configureFailed().
    quint64 configure(const QString &statement);
    // GET complete-statement: completion candidates at UTF-16 `position` of `statement`.
    quint64 complete(const QString &statement, int position);
    // POST heartbeat now (the timer does it every heartbeatInterval() while open).
    void heartbeat();
    // DELETE the session; closed() follows, also when the gateway had already forgotten it.
    void close();

    void setHeartbeatInterval(int ms);
    int heartbeatInterval() const { return m_heartbeat.interval(); }

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString handle() const { return m_handle; }
    GatewayClient *client() const { return m_client; }
    HttpClient *http() const;
    // "/v3/sessions/<handle>"
    QString path() const;

    // For StatementRun and other users of the session: the gateway said it does not know the
    // session. Switches to Lost and emits lost() (once).
    void reportLost(const GatewayError &error);

signals:
    void opened(const QString &handle);
    void openFailed(const Weir::GatewayError &error);
    void configured(quint64 requestId);
    void configureFailed(quint64 requestId, const Weir::GatewayError &error);
    void completionsReceived(quint64 requestId, const QStringList &candidates);
    void completionFailed(quint64 requestId, const Weir::GatewayError &error);
    void heartbeatFailed(const Weir::GatewayError &error);
    void lost(const Weir::GatewayError &error);
    void closed();
    void stateChanged(Weir::GatewaySession::State state);

private:
    void setState(State state);
    // Routes a failed answer: SessionLost goes to reportLost(); true when it did.
    bool handleLost(const HttpClient::Response &response);
    GatewayError notOpenError() const;

    QPointer<GatewayClient> m_client;
    State m_state = State::Closed;
    QString m_handle;
    QString m_prefix; // "/v3", fixed when the session opens
    QTimer m_heartbeat;
    quint64 m_nextRequestId = 1;
};

} // namespace Weir
