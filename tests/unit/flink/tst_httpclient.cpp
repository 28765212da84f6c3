// HttpClient against a TruncatedReplyServer (broken answers, hung servers) and a closed port:
// the error kinds, the words in the messages, retries only where they are safe, and the
// request plumbing that needs no server (auth headers, URL resolution).

#include "flink/freeport.h"
#include "flink/httpclient.h"
#include "truncatedreplyserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <optional>

using Weir::GatewayError;
using Weir::HttpClient;
using Weir::Test::TruncatedReplyServer;

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void truncatedGetIsRetriedThenReported();
    void truncatedPostIsNotRetried();
    void hungServerTimesOut();
    void stalledBodyTimesOut();
    void closedPortIsConnectionRefused();
    void abortDropsTheCallback();
    void destroyedContextDropsTheCallback();
    void missingCaFileIsTlsError();
    void authorizationHeader();
    void resolveKeepsPrefixAndQuery();

private:
    static HttpClient::Options options(const QUrl &url)
    {
        HttpClient::Options o;
        o.baseUrl = url;
        o.retries = 2;
        o.retryDelayMs = 10;
        o.timeoutMs = 5000;
        return o;
    }
    // Tests may wait in a local event loop; product code may not.
    static std::optional<HttpClient::Response> wait(HttpClient &client, const QByteArray &verb,
                                                    const QString &path, int timeoutMs = 15000)
    {
        std::optional<HttpClient::Response> result;
        client.send(verb, path, verb == "POST" ? QByteArray("{}") : QByteArray(), verb == "GET",
                    nullptr, [&result](const HttpClient::Response &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        return result;
    }
};

void TestHttpClient::truncatedGetIsRetriedThenReported()
{
    TruncatedReplyServer server(TruncatedReplyServer::Fault::TruncatedBody);
    QVERIFY(server.listenOnLoopback());
    HttpClient client(options(server.url()));
    const auto response =
        wait(client, "GET", QStringLiteral("/v3/sessions/s/operations/o/result/0"));
    QVERIFY(response);
    QVERIFY(!response->ok());
    // The gateway answers a repeated token again, so a GET may be repeated: 1 + 2 retries.
    QCOMPARE(response->attempts, 3);
    QCOMPARE(server.connectionCount(), 3);
    QCOMPARE(response->error->kind, GatewayError::Kind::Connection);
    const QString message = response->error->message;
    QVERIFY2(message.contains(server.url().toString() + QLatin1String("/v3/sessions/s/")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("closed the connection")), qPrintable(message));
}

void TestHttpClient::truncatedPostIsNotRetried()
{
    TruncatedReplyServer server(TruncatedReplyServer::Fault::TruncatedBody);
    QVERIFY(server.listenOnLoopback());
    HttpClient client(options(server.url()));
    const auto response = wait(client, "POST", QStringLiteral("/v3/sessions"));
    QVERIFY(response);
    QCOMPARE(response->error->kind, GatewayError::Kind::Connection);
    // A POST may have created a session or submitted a statement: never sent twice.
    QCOMPARE(response->attempts, 1);
    QCOMPARE(server.connectionCount(), 1);
}

void TestHttpClient::hungServerTimesOut()
{
    TruncatedReplyServer server(TruncatedReplyServer::Fault::NoAnswer);
    QVERIFY(server.listenOnLoopback());
    HttpClient::Options o = options(server.url());
    o.timeoutMs = 300;
    HttpClient client(o);
    QElapsedTimer clock;
    clock.start();
    const auto response = wait(client, "GET", QStringLiteral("/v1/info"));
    QVERIFY(response);
    QCOMPARE(response->error->kind, GatewayError::Kind::Timeout);
    QCOMPARE(response->attempts, 1); // a timeout is not retried: the wait would multiply
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    const QString message = response->error->message;
    QVERIFY2(message.contains(server.url().toString() + QLatin1String("/v1/info")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("timeout")), qPrintable(message));
}

void TestHttpClient::stalledBodyTimesOut()
{
    TruncatedReplyServer server(TruncatedReplyServer::Fault::StalledBody);
    QVERIFY(server.listenOnLoopback());
    HttpClient::Options o = options(server.url());
    o.timeoutMs = 300;
    HttpClient client(o);
    const auto response = wait(client, "GET", QStringLiteral("/v3/x"));
    QVERIFY(response);
    QCOMPARE(response->error->kind, GatewayError::Kind::Timeout);
}

void TestHttpClient::closedPortIsConnectionRefused()
{
    const auto ports = Weir::FreePort::reserve(1);
    QVERIFY2(ports.ok(), qPrintable(ports.error()));
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(ports.value().first());
    HttpClient client(options(url));
    const auto response = wait(client, "GET", QStringLiteral("/v1/api_versions"));
    QVERIFY(response);
    QCOMPARE(response->error->kind, GatewayError::Kind::Connection);
    QCOMPARE(response->attempts, 3);
    const QString message = response->error->message;
    QVERIFY2(message.contains(url.toString() + QLatin1String("/v1/api_versions")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("connection refused")), qPrintable(message));
}

void TestHttpClient::abortDropsTheCallback()
{
    TruncatedReplyServer server(TruncatedReplyServer::Fault::NoAnswer);
    QVERIFY(server.listenOnLoopback());
    HttpClient client(options(server.url()));
    bool called = false;
    const quint64 id = client.get(QStringLiteral("/v1/info"), nullptr,
                                  [&called](const HttpClient::Response &) { called = true; });
    QTRY_COMPARE(server.connectionCount(), 1);
    client.abort(id);
    QCOMPARE(client.pendingCount(), 0);
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestHttpClient::destroyedContextDropsTheCallback()
{
    const auto ports = Weir::FreePort::reserve(1);
    QVERIFY(ports.ok());
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(ports.value().first());
    HttpClient::Options o = options(url);
    o.retries = 0;
    HttpClient client(o);
    bool called = false;
    auto *context = new QObject;
    client.get(QStringLiteral("/v1/info"), context,
               [&called](const HttpClient::Response &) { called = true; });
    delete context;
    QTRY_COMPARE(client.pendingCount(), 0);
    QVERIFY(!called);
}

void TestHttpClient::missingCaFileIsTlsError()
{
    HttpClient::Options o = options(QUrl(QStringLiteral("https://127.0.0.1:1")));
    o.caCertificateFile = QStringLiteral("/nonexistent/ca.pem");
    HttpClient client(o);
    const auto response = wait(client, "GET", QStringLiteral("/v1/info"));
    QVERIFY(response);
    QCOMPARE(response->error->kind, GatewayError::Kind::Tls);
    QVERIFY2(response->error->message.contains(QLatin1String("/nonexistent/ca.pem")),
             qPrintable(response->error->message));
}

void TestHttpClient::authorizationHeader()
{
    HttpClient::Options o;
    QCOMPARE(HttpClient::authorizationHeader(o), QByteArray());
    o.auth = HttpClient::Auth::Basic;
    o.user = QStringLiteral("Aladdin");
    o.password = QStringLiteral("open sesame");
    // RFC 7617's example.
    QCOMPARE(HttpClient::authorizationHeader(o), QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
    o.auth = HttpClient::Auth::Bearer;
    o.token = QStringLiteral("abc.def");
    QCOMPARE(HttpClient::authorizationHeader(o), QByteArray("Bearer abc.def"));
}

void TestHttpClient::resolveKeepsPrefixAndQuery()
{
    HttpClient::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://gw.example.com:8443/flink/"));
    HttpClient client(o);
    // nextResultUri is followed verbatim: path and query as Flink sent them.
    const QString next =
        QStringLiteral("/v3/sessions/a-b/operations/c-d/result/7?rowFormat=PLAIN_TEXT");
    QCOMPARE(client.resolve(next).toString(),
             QStringLiteral("https://gw.example.com:8443/flink") + next);
    o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8083"));
    HttpClient plain(o);
    QCOMPARE(plain.resolve(QStringLiteral("/v1/info")).toString(),
             QStringLiteral("http://127.0.0.1:8083/v1/info"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
