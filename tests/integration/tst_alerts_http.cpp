// Alerts through real peers on loopback: a WebhookReceiver (real HTTP) stands in for the
// DingTalk, WeCom and Feishu robots and a generic endpoint, and checks method, path, query,
// headers, body and each robot's signature; aiosmtpd (a real SMTP server) receives mail over
// STARTTLS and implicit TLS with AUTH; a second D-Bus connection serves
// org.freedesktop.Notifications. Secrets come from a real keychain (tests/support/with-keyring);
// every send is checked in the alert history of a real workspace database.

#include "alerts/alertservice.h"
#include "alerts/alerttemplate.h"
#include "flink/freeport.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "webhookreceiver.h"
#include "workspace/workspacepaths.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace Weir;
using Weir::Test::WebhookReceiver;

namespace {

const QString kService = QStringLiteral("Weir-test-alerts");

AlertEvent failedJob()
{
    AlertEvent event;
    event.rule = AlertEvent::Rule::JobFailed;
    event.clusterKey = QStringLiteral("1");
    event.clusterName = QStringLiteral("prod \"east\"");
    event.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    event.jobName = QStringLiteral("订单 orders");
    event.status = QStringLiteral("FAILED");
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.error = QStringLiteral("java.lang.ArithmeticException: / by zero\n.hidden line");
    event.message = AlertTemplate::defaultMessage(event);
    return event;
}

} // namespace

// org.freedesktop.Notifications on its own bus connection: what a desktop's notification
// daemon receives.
class NotificationsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationsAdaptor(QObject *parent) : QDBusAbstractAdaptor(parent) {}
    QStringList summaries;
    QStringList bodies;
    QStringList apps;

public slots:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        apps.append(app);
        summaries.append(summary);
        bodies.append(body);
        return uint(summaries.size());
    }
};

class TestAlertsHttp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Secrets> m_secrets;
    std::unique_ptr<AlertService> m_service;
    WebhookReceiver m_receiver;

    // Stores the instance (with its secret in the keychain) in a group of its own.
    qint64 addGroupWith(AlertInstance instance, const QString &secret)
    {
        if (!secret.isEmpty()) {
            instance.secretRef = QStringLiteral("alert/") + instance.name;
            std::optional<Status> written;
            m_secrets->write(instance.secretRef, secret, [&](const Status &s) { written = s; });
            if (!QTest::qWaitFor([&] { return written.has_value(); }, 20000) || !written->ok()) {
                qWarning() << "keychain write failed" << (written ? written->error() : QString());
                return 0;
            }
        }
        const Result<AlertInstance> added = m_storage->alertConfig().addInstance(instance);
        if (!added)
            return 0;
        AlertGroup group;
        group.name = instance.name + QStringLiteral(" group");
        group.instanceIds = {added->id};
        const Result<AlertGroup> addedGroup = m_storage->alertConfig().addGroup(group);
        return addedGroup ? addedGroup->id : 0;
    }

    // Dispatches and waits until every send ended; the newest history entry.
    AlertHistoryEntry dispatchAndWait(const AlertEvent &event, qint64 group)
    {
        if (m_service->dispatch(event, group) != 1)
            return {};
        if (!QTest::qWaitFor([this] { return m_service->pendingCount() == 0; }, 30000))
            return {};
        return m_storage->alertHistory().list(1).value(0);
    }

    static QJsonObject json(const WebhookReceiver::Request &request)
    {
        return QJsonDocument::fromJson(request.body).object();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        auto opened = Storage::open(WorkspacePaths(m_dir.path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_storage = std::move(opened.value());
        m_secrets = std::make_unique<Secrets>(kService, nullptr);
        m_service =
            std::make_unique<AlertService>(m_storage->alertConfig(), m_storage->alertHistory());
        Secrets *secrets = m_secrets.get();
        m_service->setSecretReader(
            [secrets](const QString &key, std::function<void(Result<QString>)> done) {
                secrets->read(key, std::move(done));
            });
        QVERIFY(m_receiver.listen());
    }

    void init()
    {
        m_receiver.clear();
        m_receiver.answer(200, R"({"errcode":0,"errmsg":"ok"})");
    }

    void dingTalkSignedMarkdown()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("ding");
        instance.kind = AlertInstance::Kind::DingTalk;
        instance.settings = {
            {QStringLiteral("webhook"),
             m_receiver.url(QStringLiteral("/robot/send?access_token=tok-1"))},
            {QStringLiteral("atMobiles"), QJsonArray{QStringLiteral("13800000000")}}};
        const QString secret = QStringLiteral("SEC7-密钥+/=");
        const qint64 group = addGroupWith(instance, secret);
        QVERIFY(group != 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const AlertHistoryEntry entry = dispatchAndWait(failedJob(), group);
        QVERIFY2(entry.ok, qPrintable(entry.error));

        QCOMPARE(m_receiver.requests().size(), 1);
        const WebhookReceiver::Request &request = m_receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/robot/send"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("access_token")),
                 QStringLiteral("tok-1"));
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        // The signature of the timestamp it sent, with '+', '/' and '=' percent-encoded on the
        // wire so they arrive intact.
        const QString timestamp = request.query.queryItemValue(QStringLiteral("timestamp"));
        QVERIFY(timestamp.toLongLong() >= before &&
                timestamp.toLongLong() <= QDateTime::currentMSecsSinceEpoch());
        const QByteArray expected =
            QMessageAuthenticationCode::hash(timestamp.toUtf8() + '\n' + secret.toUtf8(),
                                             secret.toUtf8(), QCryptographicHash::Sha256)
                .toBase64();
        QCOMPARE(
            request.query.queryItemValue(QStringLiteral("sign"), QUrl::FullyDecoded).toLatin1(),
            expected);
        const QJsonObject body = json(request);
        QCOMPARE(body.value(QLatin1String("msgtype")).toString(), QStringLiteral("markdown"));
        QCOMPARE(body[QLatin1String("markdown")][QLatin1String("title")].toString(),
                 QStringLiteral("Flink job failed: 订单 orders"));
        const QString text = body[QLatin1String("markdown")][QLatin1String("text")].toString();
        QVERIFY(text.contains(QLatin1String("0123456789abcdef0123456789abcdef")));
        QVERIFY(text.contains(QLatin1String("prod \"east\"")));
        QVERIFY(text.contains(QLatin1String("/ by zero")));
        QCOMPARE(body[QLatin1String("at")][QLatin1String("atMobiles")][0].toString(),
                 QStringLiteral("13800000000"));

        QCOMPARE(entry.rule, QStringLiteral("job_failed"));
        QCOMPARE(entry.instanceKind, QStringLiteral("dingtalk"));
        QCOMPARE(entry.groupId, group);
        QCOMPARE(entry.jobName, QStringLiteral("订单 orders"));
    }

    void dingTalkRefusalIsRecorded()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("ding refused");
        instance.kind = AlertInstance::Kind::DingTalk;
        instance.settings = {{QStringLiteral("webhook"),
                              m_receiver.url(QStringLiteral("/robot/send?access_token=x"))}};
        const qint64 group = addGroupWith(instance, QStringLiteral("wrong"));
        m_receiver.answer(200, R"({"errcode":310000,"errmsg":"sign not match"})");
        const AlertHistoryEntry entry = dispatchAndWait(failedJob(), group);
        QCOMPARE(m_receiver.requests().size(), 1);
        QVERIFY(!entry.ok);
        QVERIFY2(entry.error.contains(QLatin1String("sign not match")), qPrintable(entry.error));
        QVERIFY(entry.error.contains(QLatin1String("ding refused")));
    }

    void weComKeyFromTheKeychain()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("wecom");
        instance.kind = AlertInstance::Kind::WeCom;
        instance.settings = {
            {QStringLiteral("webhook"), m_receiver.url(QStringLiteral("/cgi-bin/webhook/send"))}};
        const qint64 group = addGroupWith(instance, QStringLiteral("693a91f6-7xxx-4bc4"));
        const AlertHistoryEntry entry = dispatchAndWait(failedJob(), group);
        QVERIFY2(entry.ok, qPrintable(entry.error));
        const WebhookReceiver::Request &request = m_receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/cgi-bin/webhook/send"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("key")),
                 QStringLiteral("693a91f6-7xxx-4bc4"));
        const QJsonObject body = json(request);
        QCOMPARE(body.value(QLatin1String("msgtype")).toString(), QStringLiteral("markdown"));
        QVERIFY2(body[QLatin1String("markdown")][QLatin1String("content")].toString().contains(
                     QStringLiteral("订单 orders")),
                 request.body.constData());
        // The key is not in the database.
        QVERIFY(!m_storage->alertConfig()
                     .instance(entry.instanceId)
                     ->settings.contains(QLatin1String("key")));
    }

    void feishuSignedBody()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("feishu");
        instance.kind = AlertInstance::Kind::Feishu;
        instance.settings = {{QStringLiteral("webhook"),
                              m_receiver.url(QStringLiteral("/open-apis/bot/v2/hook/abc"))}};
        const QString secret = QStringLiteral("feishu-密钥");
        const qint64 group = addGroupWith(instance, secret);
        m_receiver.answer(200, R"({"code":0,"msg":"success","data":{}})");
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const AlertHistoryEntry entry = dispatchAndWait(failedJob(), group);
        QVERIFY2(entry.ok, qPrintable(entry.error));
        const WebhookReceiver::Request &request = m_receiver.requests().first();
        QCOMPARE(request.path, QStringLiteral("/open-apis/bot/v2/hook/abc"));
        const QJsonObject body = json(request);
        const QString timestamp = body.value(QLatin1String("timestamp")).toString();
        QVERIFY(timestamp.toLongLong() >= before &&
                timestamp.toLongLong() <= QDateTime::currentSecsSinceEpoch());
        const QByteArray expected = QMessageAuthenticationCode::hash(
                                        QByteArray(), timestamp.toUtf8() + '\n' + secret.toUtf8(),
                                        QCryptographicHash::Sha256)
                                        .toBase64();
        QCOMPARE(body.value(QLatin1String("sign")).toString().toLatin1(), expected);
        QCOMPARE(body.value(QLatin1String("msg_type")).toString(), QStringLiteral("text"));
        QVERIFY(body[QLatin1String("content")][QLatin1String("text")].toString().contains(
            QLatin1String("/ by zero")));
        // Feishu's refusal words reach the history.
        m_receiver.answer(
            200,
            R"({"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time","data":{}})");
        const AlertHistoryEntry refused = dispatchAndWait(failedJob(), group);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QLatin1String("19021")));
    }

    void genericHttpWithTemplateAndHeaders()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("pager");
        instance.kind = AlertInstance::Kind::Http;
        instance.settings = {
            {QStringLiteral("url"), m_receiver.url(QStringLiteral("/hooks/flink?team=data"))},
            {QStringLiteral("method"), QStringLiteral("PUT")},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer ${secret}")},
                         {QStringLiteral("X-Source"), QStringLiteral("weir")}}},
            {QStringLiteral("body"),
             QStringLiteral(
                 R"({"summary":"${job.name} is ${job.status}","cluster":"${cluster}","error":"${error}","at":"${time}"})")}};
        const qint64 group = addGroupWith(instance, QStringLiteral("t0k3n"));
        m_receiver.answer(202, "{}");
        const AlertEvent event = failedJob();
        const AlertHistoryEntry entry = dispatchAndWait(event, group);
        QVERIFY2(entry.ok, qPrintable(entry.error));
        const WebhookReceiver::Request &request = m_receiver.requests().first();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("/hooks/flink"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("team")), QStringLiteral("data"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer t0k3n"));
        QCOMPARE(request.headers.value("x-source"), QByteArray("weir"));
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.value(QLatin1String("summary")).toString(),
                 QStringLiteral("订单 orders is FAILED"));
        QCOMPARE(body.value(QLatin1String("cluster")).toString(), event.clusterName);
        QCOMPARE(body.value(QLatin1String("error")).toString(), event.error);
        QCOMPARE(body.value(QLatin1String("at")).toString(),
                 AlertTemplate::formatTime(event.timeMs));

        // An HTTP error is a failed send with the status in words.
        m_receiver.answer(500, R"({"errors":["boom"]})");
        const AlertHistoryEntry failed = dispatchAndWait(event, group);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(QLatin1String("500")) ||
                     failed.error.contains(QLatin1String("boom")),
                 qPrintable(failed.error));
    }

    void unreachableEndpointIsRecorded()
    {
        const Result<QList<quint16>> port = FreePort::reserve(1);
        QVERIFY(port.ok());
        AlertInstance instance;
        instance.name = QStringLiteral("nowhere");
        instance.kind = AlertInstance::Kind::Http;
        instance.settings = {
            {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port->first())}};
        const qint64 group = addGroupWith(instance, QString());
        const AlertHistoryEntry entry = dispatchAndWait(failedJob(), group);
        QVERIFY(!entry.ok);
        QVERIFY2(entry.error.contains(QLatin1String("refused")), qPrintable(entry.error));
    }

    void missingSecretIsRecorded()
    {
        AlertInstance instance;
        instance.name = QStringLiteral("no secret");
        instance.kind = AlertInstance::Kind::DingTalk;
        instance.settings = {
            {QStringLiteral("webhook"), m_receiver.url(QStringLiteral("/robot/send"))}};
        instance.secretRef = QStringLiteral("alert/never-written");
        const qint64 id = m_storage->alertConfig().addInstance(instance)->id;
        AlertGroup group;
        group.name = QStringLiteral("no secret group");
        group.instanceIds = {id};
        const AlertHistoryEntry entry =
            dispatchAndWait(failedJob(), m_storage->alertConfig().addGroup(group)->id);
        QVERIFY(!entry.ok);
        QVERIFY2(entry.error.contains(QLatin1String("secret")), qPrintable(entry.error));
        QVERIFY(m_receiver.requests().isEmpty()); // nothing went out unsigned
    }

    void mailOverStartTlsAndImplicitTls_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("starttls") << QStringLiteral("starttls");
        QTest::newRow("tls") << QStringLiteral("tls");
    }

    void mailOverStartTlsAndImplicitTls()
    {
        QFETCH(QString, mode);
        // A Python that has aiosmtpd (Debian: python3-aiosmtpd, scripts/install-deps).
        QString python;
        for (const QString &candidate : {QStandardPaths::findExecutable(QStringLiteral("python3")),
                                         QStringLiteral("/usr/bin/python3")}) {
            if (candidate.isEmpty())
                continue;
            QProcess probe;
            probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
            if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0) {
                python = candidate;
                break;
            }
        }
        QVERIFY2(!python.isEmpty(), "no python3 with aiosmtpd: run scripts/install-deps");

        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(QProcess::execute(
                     QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert}),
                 0);
        const quint16 port = FreePort::reserve(1)->first();
        const QString out = dir.filePath(QStringLiteral("mails.jsonl"));
        QProcess smtp;
        smtp.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        smtp.start(python, {QStringLiteral(WEIR_ALERTS_TEST_DATA "/smtp_receiver.py"),
                            QStringLiteral("--port"), QString::number(port),
                            QStringLiteral("--mode"), mode, QStringLiteral("--cert"), cert,
                            QStringLiteral("--key"), key, QStringLiteral("--user"),
                            QStringLiteral("alerts@example.com"), QStringLiteral("--password"),
                            QStringLiteral("p4ss wörd"), QStringLiteral("--out"), out});
        QVERIFY(smtp.waitForStarted());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return smtp.readAllStandardOutput().contains("READY") ||
                                smtp.state() != QProcess::Running;
                     },
                     20000) &&
                     smtp.state() == QProcess::Running,
                 "the SMTP receiver did not start");
        const auto stopSmtp = qScopeGuard([&] {
            smtp.closeWriteChannel();
            if (!smtp.waitForFinished(5000))
                smtp.kill();
            smtp.waitForFinished(2000);
        });

        AlertInstance instance;
        instance.name = QStringLiteral("mail ") + mode;
        instance.kind = AlertInstance::Kind::Email;
        instance.settings = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("port"), port},
                             {QStringLiteral("security"), mode},
                             {QStringLiteral("user"), QStringLiteral("alerts@example.com")},
                             {QStringLiteral("from"), QStringLiteral("alerts@example.com")},
                             {QStringLiteral("to"), QJsonArray{QStringLiteral("ops@example.com"),
                                                               QStringLiteral("dev@example.com")}},
                             {QStringLiteral("caCertificateFile"), cert}};
        const qint64 group = addGroupWith(instance, QStringLiteral("p4ss wörd"));
        const AlertEvent event = failedJob();
        const AlertHistoryEntry entry = dispatchAndWait(event, group);
        QVERIFY2(entry.ok, qPrintable(entry.error));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject mail = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(mail.value(QLatin1String("mail_from")).toString(),
                 QStringLiteral("alerts@example.com"));
        QCOMPARE(
            mail.value(QLatin1String("rcpt_tos")).toArray(),
            (QJsonArray{QStringLiteral("ops@example.com"), QStringLiteral("dev@example.com")}));
        QVERIFY(mail.value(QLatin1String("tls")).toBool());
        QVERIFY(mail.value(QLatin1String("authenticated")).toBool());
        QCOMPARE(mail[QLatin1String("logins")][0][QLatin1String("mechanism")].toString(),
                 QStringLiteral("PLAIN"));
        const QString data = mail.value(QLatin1String("data")).toString();
        // The subject as RFC 2047 words, decoded by the test; the body un-stuffed by the server
        // exactly as written (a line starting with '.').
        const qsizetype subjectAt = data.indexOf(QLatin1String("Subject: "));
        QVERIFY(subjectAt >= 0);
        QString subject;
        for (const QString &word :
             data.mid(subjectAt + 9,
                      data.indexOf(QLatin1String("\r\nMessage-ID"), subjectAt) - subjectAt - 9)
                 .split(QLatin1String("\r\n "))) {
            QVERIFY2(word.startsWith(QLatin1String("=?UTF-8?B?")), qPrintable(word));
            subject += QString::fromUtf8(
                QByteArray::fromBase64(word.mid(10, word.size() - 12).toLatin1()));
        }
        QCOMPARE(subject, QStringLiteral("Flink job failed: 订单 orders"));
        QVERIFY(data.contains(QLatin1String("Content-Type: text/plain; charset=UTF-8")));
        QVERIFY2(data.contains(QLatin1String("\r\n.hidden line")), qPrintable(data));
        QVERIFY(data.contains(QStringLiteral("Job: 订单 orders")));
        QVERIFY(data.contains(QLatin1String("To: <ops@example.com>, <dev@example.com>")));
    }

    void mailToClosedPortIsRefused()
    {
        // Without a server on the port: refused in words, quickly.
        const quint16 port = FreePort::reserve(1)->first();
        AlertInstance instance;
        instance.name = QStringLiteral("mail nowhere");
        instance.kind = AlertInstance::Kind::Email;
        instance.settings = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("port"), port},
                             {QStringLiteral("from"), QStringLiteral("a@example.com")},
                             {QStringLiteral("to"), QJsonArray{QStringLiteral("b@example.com")}}};
        const AlertHistoryEntry entry =
            dispatchAndWait(failedJob(), addGroupWith(instance, QString()));
        QVERIFY(!entry.ok);
        QVERIFY2(entry.error.contains(QLatin1String("refused")), qPrintable(entry.error));
    }

    void desktopNotification()
    {
        QDBusConnection peer = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                             QStringLiteral("notification-daemon"));
        QVERIFY2(peer.isConnected(), "no D-Bus session bus (run under tests/support/with-keyring)");
        QObject daemon;
        auto *adaptor = new NotificationsAdaptor(&daemon);
        QVERIFY(peer.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon));
        QVERIFY(peer.registerService(QStringLiteral("org.freedesktop.Notifications")));
        const auto release = qScopeGuard([&] {
            peer.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
            QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
        });

        AlertInstance instance;
        instance.name = QStringLiteral("desktop");
        instance.kind = AlertInstance::Kind::Desktop;
        const AlertHistoryEntry entry =
            dispatchAndWait(failedJob(), addGroupWith(instance, QString()));
        QVERIFY2(entry.ok, qPrintable(entry.error));
        QCOMPARE(adaptor->summaries, QStringList{QStringLiteral("Flink job failed: 订单 orders")});
        QCOMPARE(adaptor->apps, QStringList{QStringLiteral("Weir")});
        QVERIFY(adaptor->bodies.first().contains(QLatin1String("/ by zero")));
    }
};

QTEST_GUILESS_MAIN(TestAlertsHttp)
#include "tst_alerts_http.moc"
