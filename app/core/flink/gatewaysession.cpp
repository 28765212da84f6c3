#include "gatewaysession.h"

#include "gatewayclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace Weir {

GatewaySession::GatewaySession(GatewayClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_heartbeat.setInterval(kDefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &GatewaySession::heartbeat);
}

GatewaySession::~GatewaySession()
{
    if (m_state == State::Open && m_client)
        m_client->http()->deleteResource(path(), nullptr, nullptr);
}

HttpClient *GatewaySession::http() const
{
    return m_client ? m_client->http() : nullptr;
}

QString GatewaySession::path() const
{
    return m_prefix + QStringLiteral("/sessions/") + m_handle;
}

void GatewaySession::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

void GatewaySession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Open)
        m_heartbeat.start();
    else
        m_heartbeat.stop();
    emit stateChanged(state);
}

GatewayError GatewaySession::notOpenError() const
{
    GatewayError error;
    error.kind = GatewayError::Kind::Protocol;
    error.url = m_client ? m_client->url().toDisplayString() : QString();
    error.message = m_client && m_client->isNegotiated()
                        ? tr("The session on %1 is not open.").arg(error.url)
                        : tr("Not connected to a SQL Gateway yet.");
    return error;
}

void GatewaySession::open(const QString &name, const QMap<QString, QString> &properties)
{
    if (m_state == State::Opening || m_state == State::Open || m_state == State::Closing)
        return;
    if (!m_client || !m_client->isNegotiated()) {
        const GatewayError error = notOpenError();
        QTimer::singleShot(0, this, [this, error] { emit openFailed(error); });
        return;
    }
    m_prefix = m_client->versionPrefix();
    m_handle.clear();
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(QLatin1String("sessionName"), name);
    if (!properties.isEmpty()) {
        QJsonObject props;
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            props.insert(it.key(), it.value());
        body.insert(QLatin1String("properties"), props);
    }
    setState(State::Opening);
    http()->post(
        m_prefix + QStringLiteral("/sessions"), body, this,
        [this](const HttpClient::Response &response) {
            const QString handle = response.json().value(QLatin1String("sessionHandle")).toString();
            if (m_state != State::Opening) {
                // Closed while opening: do not leave the new session behind.
                if (response.ok() && !handle.isEmpty())
                    http()->deleteResource(m_prefix + QStringLiteral("/sessions/") + handle,
                                           nullptr, nullptr);
                return;
            }
            if (response.ok() && handle.isEmpty()) {
                setState(State::Closed);
                emit openFailed(
                    GatewayError::protocol(response.url, tr("no \"sessionHandle\" in the answer")));
            } else if (!response.ok()) {
                setState(State::Closed);
                emit openFailed(*response.error);
            } else {
                m_handle = handle;
                setState(State::Open);
                emit opened(m_handle);
            }
        });
}

bool GatewaySession::handleLost(const HttpClient::Response &response)
{
    if (response.ok() || response.error->kind != GatewayError::Kind::SessionLost)
        return false;
    reportLost(*response.error);
    return true;
}

void GatewaySession::reportLost(const GatewayError &error)
{
    if (m_state != State::Open)
        return;
    setState(State::Lost);
    emit lost(error);
}

quint64 GatewaySession::configure(const QString &statement)
{
    const quint64 id = m_nextRequestId++;
    if (m_state != State::Open) {
        const GatewayError error = notOpenError();
        QTimer::singleShot(0, this, [this, id, error] { emit configureFailed(id, error); });
        return id;
    }
    // No executionTimeout: any positive value is rejected by the gateway ("doesn't support
    // timeout mechanism now").
    const QJsonObject body{{QLatin1String("statement"), statement}};
    http()->post(path() + QStringLiteral("/configure-session"), body, this,
                 [this, id](const HttpClient::Response &response) {
                     if (response.ok()) {
                         emit configured(id);
                         return;
                     }
                     handleLost(response);
                     emit configureFailed(id, *response.error);
                 });
    return id;
}

quint64 GatewaySession::complete(const QString &statement, int position)
{
    const quint64 id = m_nextRequestId++;
    if (m_state != State::Open) {
        const GatewayError error = notOpenError();
        QTimer::singleShot(0, this, [this, id, error] { emit completionFailed(id, error); });
        return id;
    }
    const QJsonObject body{{QLatin1String("statement"), statement},
                           {QLatin1String("position"), position}};
    // Flink declares complete-statement as a GET with a JSON body.
    http()->getWithBody(path() + QStringLiteral("/complete-statement"), body, this,
                        [this, id](const HttpClient::Response &response) {
                            if (!response.ok()) {
                                handleLost(response);
                                emit completionFailed(id, *response.error);
                                return;
                            }
                            QStringList candidates;
                            const QJsonArray list =
                                response.json().value(QLatin1String("candidates")).toArray();
                            for (const QJsonValue &value : list)
                                candidates.append(value.toString());
                            emit completionsReceived(id, candidates);
                        });
    return id;
}

void GatewaySession::heartbeat()
{
    if (m_state != State::Open)
        return;
    http()->post(path() + QStringLiteral("/heartbeat"), QJsonObject(), this,
                 [this](const HttpClient::Response &response) {
                     if (response.ok() || handleLost(response))
                         return;
                     emit heartbeatFailed(*response.error);
                 });
}

void GatewaySession::close()
{
    if (m_state == State::Closed || m_state == State::Closing)
        return;
    if (m_state != State::Open || !m_client) {
        // Opening (the answer will be ignored) or Lost: nothing to delete on the gateway.
        setState(State::Closed);
        QTimer::singleShot(0, this, &GatewaySession::closed);
        return;
    }
    setState(State::Closing);
    http()->deleteResource(path(), this, [this](const HttpClient::Response &) {
        // Whatever the answer, the session is unusable now; an unknown session was closed
        // already, and a network error leaves it to the gateway's idle expiry.
        setState(State::Closed);
        emit closed();
    });
}

} // namespace Weir
