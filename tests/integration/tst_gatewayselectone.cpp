// Talks to a real Flink SQL Gateway with nothing but QNetworkAccessManager: version
// negotiation, a session, `SELECT 1` and its result, then cleanup. Proves that the fixture's
// cluster works end to end (gateway → JobManager → TaskManager) for each Flink version.

#include "flinkfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using Weir::Test::FlinkFixture;

namespace {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString describe() const
    {
        return QStringLiteral("HTTP %1 (network error %2): %3")
            .arg(status)
            .arg(int(error))
            .arg(QString::fromUtf8(body.left(2000)));
    }
};

} // namespace

class TestGatewaySelectOne : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void selectOne();

private:
    // Tests may wait in a local event loop; product code may not.
    HttpResult send(const QByteArray &verb, const QString &path,
                    const QJsonObject &body = QJsonObject());

    FlinkFixture m_fixture;
    QNetworkAccessManager m_network;
};

void TestGatewaySelectOne::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestGatewaySelectOne::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

HttpResult TestGatewaySelectOne::send(const QByteArray &verb, const QString &path,
                                      const QJsonObject &body)
{
    QNetworkRequest request(m_fixture.gatewayUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    const QByteArray payload = verb == "GET" || verb == "DELETE"
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

void TestGatewaySelectOne::selectOne()
{
    // Negotiate like Flink's own client: ask with the lowest version, use the highest offered.
    const HttpResult versions = send("GET", QStringLiteral("/v1/api_versions"));
    QVERIFY2(versions.status == 200, qPrintable(versions.describe()));
    const QJsonArray offered = versions.json().value(QLatin1String("versions")).toArray();
    QVERIFY2(!offered.isEmpty(), qPrintable(versions.describe()));
    int highest = 0;
    for (const QJsonValue &v : offered) {
        const QString name = v.toString(); // "V1", "V2", ...
        QVERIFY2(name.startsWith(QLatin1Char('V')), qPrintable(versions.describe()));
        highest = qMax(highest, name.mid(1).toInt());
    }
    QVERIFY(highest >= 1);
    const QString prefix = QStringLiteral("/v%1").arg(highest);

    const HttpResult info = send("GET", QStringLiteral("/v1/info"));
    QVERIFY2(info.status == 200, qPrintable(info.describe()));
    const QString flinkVersion = info.json().value(QLatin1String("version")).toString();
    qInfo().noquote() << QStringLiteral("%1 %2 via SQL Gateway V%3")
                             .arg(info.json().value(QLatin1String("productName")).toString(),
                                  flinkVersion)
                             .arg(highest);
    QCOMPARE(flinkVersion, m_fixture.version());

    const HttpResult session = send("POST", prefix + QStringLiteral("/sessions"),
                                    {{QStringLiteral("sessionName"), QStringLiteral("weir-test")}});
    QVERIFY2(session.status == 200, qPrintable(session.describe()));
    const QString sessionHandle = session.json().value(QLatin1String("sessionHandle")).toString();
    QVERIFY2(!sessionHandle.isEmpty(), qPrintable(session.describe()));
    const QString sessionPath = prefix + QStringLiteral("/sessions/") + sessionHandle;

    const HttpResult statement = send("POST", sessionPath + QStringLiteral("/statements"),
                                      {{QStringLiteral("statement"), QStringLiteral("SELECT 1")}});
    QVERIFY2(statement.status == 200, qPrintable(statement.describe()));
    const QString operation = statement.json().value(QLatin1String("operationHandle")).toString();
    QVERIFY2(!operation.isEmpty(), qPrintable(statement.describe()));
    const QString operationPath = sessionPath + QStringLiteral("/operations/") + operation;

    // Fetch until the row arrives: NOT_READY while the job starts, then PAYLOAD(s), then EOS.
    QString next = operationPath + QStringLiteral("/result/0?rowFormat=JSON");
    QJsonArray rows;
    QJsonArray columns;
    int notReadyDelayMs = 50;
    QElapsedTimer clock;
    clock.start();
    while (!next.isEmpty() && rows.isEmpty()) {
        QVERIFY2(clock.elapsed() < 120000, "no result within 120 s");
        const HttpResult fetch = send("GET", next);
        QVERIFY2(fetch.status == 200, qPrintable(fetch.describe()));
        const QJsonObject body = fetch.json();
        const QString type = body.value(QLatin1String("resultType")).toString();
        // nextResultUri is followed verbatim (path and query), as the protocol demands.
        next = body.value(QLatin1String("nextResultUri")).toString();
        if (type == QLatin1String("NOT_READY")) {
            QTest::qWait(notReadyDelayMs);
            notReadyDelayMs = qMin(1000, notReadyDelayMs * 2);
            continue;
        }
        QVERIFY2(type == QLatin1String("PAYLOAD") || type == QLatin1String("EOS"),
                 qPrintable(fetch.describe()));
        const QJsonObject results = body.value(QLatin1String("results")).toObject();
        if (columns.isEmpty())
            columns = results.value(QLatin1String("columns")).toArray();
        rows = results.value(QLatin1String("data")).toArray();
        if (type == QLatin1String("PAYLOAD") && rows.isEmpty())
            QTest::qWait(100); // a streaming result that has not produced its row yet
    }

    QCOMPARE(columns.size(), 1);
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(QLatin1String("kind")).toString(), QStringLiteral("INSERT"));
    const QJsonArray fields = row.value(QLatin1String("fields")).toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.at(0).toInteger(), qint64(1));

    const HttpResult closeOperation = send("DELETE", operationPath + QStringLiteral("/close"));
    QVERIFY2(closeOperation.status == 200, qPrintable(closeOperation.describe()));
    const HttpResult closeSession = send("DELETE", sessionPath);
    QVERIFY2(closeSession.status == 200, qPrintable(closeSession.describe()));
    QCOMPARE(closeSession.json().value(QLatin1String("status")).toString(),
             QStringLiteral("CLOSED"));
}

QTEST_GUILESS_MAIN(TestGatewaySelectOne)
#include "tst_gatewayselectone.moc"
