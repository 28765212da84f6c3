#pragma once

#include "gatewayerror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <optional>

namespace Weir {

// Asynchronous JSON over HTTP to one Flink REST endpoint (SQL Gateway or JobManager): auth,
// TLS, transfer timeouts, a few retries of idempotent requests on connection errors, and every
// failure mapped to a GatewayError that names the URL and the cause in words.
// Lives on the GUI thread (QNetworkAccessManager; nothing here blocks or spins an event loop).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    enum class Auth { None, Basic, Bearer };

    struct Options
    {
        // Scheme, host, port and an optional path prefix (a gateway behind a reverse proxy).
        QUrl baseUrl;
        // Abort a request when no byte moved for this long.
        int timeoutMs = 30000;
        // Extra attempts for idempotent requests whose connection failed (refused, dropped).
        int retries = 2;
        // Delay before the first retry; doubles for each further one.
        int retryDelayMs = 200;
        Auth auth = Auth::None;
        QString user;     // Basic
        QString password; // Basic; the caller brings it from the keychain
        QString token;    // Bearer
        bool verifyTls = true;
        // PEM file with CA certificates to trust besides the system's (private CAs).
        QString caCertificateFile;
    };

    struct Response
    {
        QUrl url;
        int status = 0; // HTTP status; 0 when no answer arrived
        QByteArray body;
        int attempts = 0;
        std::optional<GatewayError> error; // set for transport errors and non-2xx answers

        bool ok() const { return !error.has_value(); }
        // The body as a JSON object; an empty object when it is not one.
        QJsonObject json() const;
    };

    using Callback = std::function<void(const Response &)>;

    explicit HttpClient(const Options &options, QObject *parent = nullptr);
    ~HttpClient() override;

    const Options &options() const { return m_options; }
    // `pathAndQuery` ("/v3/sessions", or a nextResultUri) appended to the base URL verbatim.
    QUrl resolve(const QString &pathAndQuery) const;

    // Each returns a request id for abort(). `done` runs on this thread once, unless the request
    // is aborted or `context` is destroyed first. GETs are retried on connection errors (they
    // are idempotent; a result fetch repeats its token, which Flink answers again).
    quint64 get(const QString &path, QObject *context, Callback done);
    // GET with a JSON body (complete-statement is declared that way in Flink).
    quint64 getWithBody(const QString &path, const QJsonObject &body, QObject *context,
                        Callback done);
    quint64 post(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    quint64 deleteResource(const QString &path, QObject *context, Callback done);
    quint64 send(const QByteArray &verb, const QString &path, const QByteArray &body,
                 bool idempotent, QObject *context, Callback done);
    // Raw header name and value of one request.
    using Header = QPair<QByteArray, QByteArray>;
    // send() with extra request headers (a webhook's own); a Content-Type or Accept among them
    // replaces the JSON default. Not retried: a webhook POST is not idempotent.
    quint64 sendWithHeaders(const QByteArray &verb, const QString &path, const QByteArray &body,
                            const QList<Header> &headers, QObject *context, Callback done);

    // Forgets the request: its callback will not run.
    void abort(quint64 id);
    int pendingCount() const { return int(m_pending.size()); }

    // The Authorization header value for `options`; empty for Auth::None.
    static QByteArray authorizationHeader(const Options &options);
    // Whether a failed attempt may be repeated: the request never reached Flink or its answer
    // was lost on the way (never for HTTP errors, TLS errors or timeouts).
    static bool isRetryable(QNetworkReply::NetworkError error);

private:
    struct Pending
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QList<Header> headers;
        bool idempotent = false;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        int attempts = 0;
        QPointer<QNetworkReply> reply;
        QList<QSslError> sslErrors;
    };

    quint64 enqueue(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QList<Header> &headers, bool idempotent, QObject *context,
                    Callback done);
    void startAttempt(quint64 id);
    void onFinished(quint64 id, QNetworkReply *reply);
    void complete(quint64 id, Response response);
    GatewayError transportError(const Pending &pending, QNetworkReply *reply) const;

    Options m_options;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_caCertificates;
    QString m_caError; // reading caCertificateFile failed: every https request fails with it
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace Weir
