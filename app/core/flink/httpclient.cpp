#include "httpclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace Weir {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    // Loopback traffic must never go through a proxy from the environment (as in LocalFlink).
    if (isLoopbackHost(options.baseUrl.host()))
        m_network.setProxy(QNetworkProxy::NoProxy);
    if (!options.caCertificateFile.isEmpty()) {
        m_caCertificates = QSslCertificate::fromPath(options.caCertificateFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            m_caError =
                tr("no CA certificate could be read from %1").arg(options.caCertificateFile);
    }
}

HttpClient::~HttpClient()
{
    // No callback may run into a half-destroyed owner.
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        abort(id);
}

QUrl HttpClient::resolve(const QString &pathAndQuery) const
{
    QUrl url = m_options.baseUrl;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (question < 0 ? pathAndQuery : pathAndQuery.left(question)));
    url.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1));
    url.setFragment(QString());
    return url;
}

quint64 HttpClient::get(const QString &path, QObject *context, Callback done)
{
    return send("GET", path, QByteArray(), true, context, std::move(done));
}

quint64 HttpClient::getWithBody(const QString &path, const QJsonObject &body, QObject *context,
                                Callback done)
{
    return send("GET", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, context,
                std::move(done));
}

quint64 HttpClient::post(const QString &path, const QJsonObject &body, QObject *context,
                         Callback done)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), false, context,
                std::move(done));
}

quint64 HttpClient::deleteResource(const QString &path, QObject *context, Callback done)
{
    return send("DELETE", path, QByteArray(), false, context, std::move(done));
}

quint64 HttpClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                         bool idempotent, QObject *context, Callback done)
{
    return enqueue(verb, path, body, {}, idempotent, context, std::move(done));
}

quint64 HttpClient::sendWithHeaders(const QByteArray &verb, const QString &path,
                                    const QByteArray &body, const QList<Header> &headers,
                                    QObject *context, Callback done)
{
    return enqueue(verb, path, body, headers, false, context, std::move(done));
}

quint64 HttpClient::enqueue(const QByteArray &verb, const QString &path, const QByteArray &body,
                            const QList<Header> &headers, bool idempotent, QObject *context,
                            Callback done)
{
    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.verb = verb;
    pending.path = path;
    pending.body = body;
    pending.headers = headers;
    pending.idempotent = idempotent;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.done = std::move(done);
    startAttempt(id);
    return id;
}

void HttpClient::abort(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<QNetworkReply> reply = it->reply;
    m_pending.erase(it);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QByteArray HttpClient::authorizationHeader(const Options &options)
{
    switch (options.auth) {
    case Auth::None:
        return QByteArray();
    case Auth::Basic:
        return "Basic " + (options.user + QLatin1Char(':') + options.password).toUtf8().toBase64();
    case Auth::Bearer:
        return "Bearer " + options.token.toUtf8();
    }
    return QByteArray();
}

bool HttpClient::isRetryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

void HttpClient::startAttempt(quint64 id)
{
    Pending &pending = m_pending[id];
    ++pending.attempts;
    pending.sslErrors.clear();
    const QUrl url = resolve(pending.path);
    const bool https = url.scheme() == QLatin1String("https");

    if (https && !m_caError.isEmpty()) {
        Response response;
        response.url = url;
        response.attempts = pending.attempts;
        GatewayError error;
        error.kind = GatewayError::Kind::Tls;
        error.url = url.toDisplayString();
        error.message = tr("TLS error talking to %1: %2.").arg(error.url, m_caError);
        response.error = error;
        // Callbacks never run inside the call that started the request.
        QTimer::singleShot(0, this, [this, id, response] { complete(id, response); });
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (const QByteArray auth = authorizationHeader(m_options); !auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    for (const Header &header : pending.headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_options.timeoutMs);
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = nullptr;
    if (pending.verb == "GET" && pending.body.isEmpty())
        reply = m_network.get(request);
    else if (pending.verb == "DELETE" && pending.body.isEmpty())
        reply = m_network.deleteResource(request);
    else
        reply = m_network.sendCustomRequest(request, pending.verb, pending.body);
    pending.reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (const auto it = m_pending.find(id); it != m_pending.end())
            it->sslErrors = errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
}

void HttpClient::onFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply != reply)
        return;

    Response response;
    response.url = reply->url();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.attempts = it->attempts;

    const bool success = response.status >= 200 && response.status < 300;
    // A transport failure: no HTTP answer, or a 2xx answer whose body broke off.
    if (reply->error() != QNetworkReply::NoError && (response.status == 0 || success)) {
        if (it->idempotent && isRetryable(reply->error()) && it->attempts <= m_options.retries) {
            it->reply = nullptr;
            const int delay = m_options.retryDelayMs << (it->attempts - 1);
            QTimer::singleShot(delay, this, [this, id] {
                if (m_pending.contains(id))
                    startAttempt(id);
            });
            return;
        }
        response.error = transportError(*it, reply);
    } else if (!success) {
        response.error =
            GatewayError::fromHttpResponse(response.url, response.status, response.body);
    }
    complete(id, response);
}

void HttpClient::complete(quint64 id, Response response)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.hasContext && !pending.context)
        return;
    if (pending.done)
        pending.done(response);
}

GatewayError HttpClient::transportError(const Pending &pending, QNetworkReply *reply) const
{
    GatewayError error;
    error.kind = GatewayError::Kind::Connection;
    error.url = reply->url().toDisplayString();
    const QString url = error.url;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("Could not connect to %1: connection refused.").arg(url);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = tr("Could not connect to %1: host not found.").arg(url);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Requests this client aborts never get here, so a cancel is the transfer timeout.
        error.kind = GatewayError::Kind::Timeout;
        error.message = tr("No answer from %1 within %2 s (timeout).")
                            .arg(url, QString::number(m_options.timeoutMs / 1000.0, 'g', 3));
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = tr("%1 closed the connection before its answer was complete.").arg(url);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError: {
        error.kind = GatewayError::Kind::Tls;
        QStringList reasons;
        for (const QSslError &sslError : pending.sslErrors)
            reasons.append(sslError.errorString());
        if (reasons.isEmpty())
            reasons.append(reply->errorString());
        error.message =
            tr("TLS error talking to %1: %2.").arg(url, reasons.join(QLatin1String("; ")));
        break;
    }
    default:
        error.message = tr("Could not talk to %1: %2.").arg(url, reply->errorString());
        break;
    }
    if (pending.attempts > 1)
        error.message += QLatin1Char(' ') + tr("(%n attempt(s))", nullptr, pending.attempts);
    return error;
}

} // namespace Weir
