// The words and signatures of alerts: templates with JSON escaping, the robots' signatures
// against vectors computed independently with Python's hmac/hashlib/base64, the signed
// DingTalk URL's percent-encoding, each robot's body, and the mail as SMTP carries it.

#include "alerts/alertsigning.h"
#include "alerts/alerttemplate.h"
#include "alerts/clusteralertwatch.h"
#include "alerts/dingtalksender.h"
#include "alerts/feishusender.h"
#include "alerts/httpsender.h"
#include "alerts/smtpclient.h"
#include "alerts/wecomsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace Weir;

namespace {

AlertEvent sampleEvent()
{
    AlertEvent event;
    event.rule = AlertEvent::Rule::JobFailed;
    event.clusterName = QStringLiteral("prod \"east\"");
    event.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    event.jobName = QStringLiteral("订单 orders");
    event.status = QStringLiteral("FAILED");
    event.timeMs = 1'700'000'000'000;
    event.error =
        QStringLiteral("java.lang.ArithmeticException: / by zero\n\tat Foo.bar(Foo.java:1)");
    event.message = AlertTemplate::defaultMessage(event);
    return event;
}

AlertInstance instance(AlertInstance::Kind kind, const QJsonObject &settings)
{
    AlertInstance i;
    i.id = 1;
    i.name = QStringLiteral("on-call");
    i.kind = kind;
    i.settings = settings;
    return i;
}

} // namespace

class TestAlertMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void templatePlaceholders()
    {
        const AlertEvent event = sampleEvent();
        const QString out = AlertTemplate::render(
            QStringLiteral("${job.name}|${job.id}|${job.status}|${cluster}|${rule}|${time}|"
                           "${unknown}|$notone"),
            event);
        QCOMPARE(out, QStringLiteral("订单 orders|0123456789abcdef0123456789abcdef|FAILED|"
                                     "prod \"east\"|job_failed|") +
                          AlertTemplate::formatTime(event.timeMs) +
                          QStringLiteral("|${unknown}|$notone"));
        QVERIFY(AlertTemplate::formatTime(event.timeMs)
                    .startsWith(QLatin1String("2023-11-14T22:13:20")));
    }

    void jsonTemplateEscapesValues()
    {
        const AlertEvent event = sampleEvent();
        const QString body = AlertTemplate::render(
            QStringLiteral(R"({"c":"${cluster}","e":"${error}","n":"${job.name}"})"), event,
            AlertTemplate::Escape::Json);
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(body.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QLatin1String("c")).toString(), event.clusterName);
        QCOMPARE(parsed.value(QLatin1String("e")).toString(), event.error);
        QCOMPARE(parsed.value(QLatin1String("n")).toString(), event.jobName);
    }

    void defaultWords()
    {
        const AlertEvent event = sampleEvent();
        QCOMPARE(AlertTemplate::defaultTitle(event),
                 QStringLiteral("Flink job failed: 订单 orders"));
        QVERIFY(event.message.contains(QLatin1String("/ by zero")));
        QVERIFY(!event.message.contains(QLatin1String("Foo.java"))); // first line only
        const QString markdown = AlertTemplate::defaultMarkdown(event);
        QVERIFY(markdown.startsWith(QLatin1String("### Flink job failed")));
        QVERIFY(markdown.contains(QLatin1String("- Cluster: prod \"east\"")));
    }

    // python3 -c 'import hmac,hashlib,base64; s="SEC7-密钥"; t="1700000000123";
    //   print(base64.b64encode(hmac.new(s.encode(),(t+"\n"+s).encode(),hashlib.sha256).digest()))'
    void dingTalkSignature()
    {
        QCOMPARE(AlertSigning::dingTalk(QStringLiteral("SEC7-密钥"), 1700000000123),
                 QByteArray("FLlLx76jB9DHlOacH+yKKZrA+U4p7/huV8XR1CmvZ7Q="));
        QCOMPARE(AlertSigning::dingTalk(QStringLiteral("SECabc123示例"), 1700000000000),
                 QByteArray("0jb6z1guA35aj3MXnIpXSHwq1jlho35hpst4DNQAtuk="));
    }

    // python3 -c 'import hmac,hashlib,base64; s="feishu-0-密钥"; t="1700000000";
    //   print(base64.b64encode(hmac.new((t+"\n"+s).encode(),b"",hashlib.sha256).digest()))'
    void feishuSignature()
    {
        QCOMPARE(AlertSigning::feishu(QStringLiteral("feishu-0-密钥"), 1700000000),
                 QByteArray("nEH8QUFd+HPgISyJYzDXdPe7qrMP+lXCJSuZDBd1Uxg="));
        QCOMPARE(AlertSigning::feishu(QStringLiteral("feishu-secret-密钥"), 1700000000),
                 QByteArray("SvoIY/pKsrDQLQsiZSRZUocM8zMZV6tYxoSpuWuLFi0="));
    }

    void dingTalkSignedUrlIsPercentEncoded()
    {
        DingTalkSender sender(
            instance(AlertInstance::Kind::DingTalk,
                     {{QStringLiteral("webhook"),
                       QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=abc")}}));
        const QUrl url = sender.signedUrl(QStringLiteral("SEC7-密钥"), 1700000000123);
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 QStringLiteral("access_token=abc&timestamp=1700000000123&sign="
                                "FLlLx76jB9DHlOacH%2ByKKZrA%2BU4p7%2FhuV8XR1CmvZ7Q%3D"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("sign"), QUrl::FullyDecoded),
                 QStringLiteral("FLlLx76jB9DHlOacH+yKKZrA+U4p7/huV8XR1CmvZ7Q="));
        // No secret: the webhook as configured.
        QCOMPARE(sender.signedUrl(QString(), 1).query(), QStringLiteral("access_token=abc"));
    }

    void robotBodies()
    {
        const AlertEvent event = sampleEvent();
        DingTalkSender ding(
            instance(AlertInstance::Kind::DingTalk,
                     {{QStringLiteral("webhook"), QStringLiteral("https://x/robot/send")},
                      {QStringLiteral("atMobiles"), QJsonArray{QStringLiteral("13800000000")}}}));
        const QJsonObject d = QJsonDocument::fromJson(ding.body(event)).object();
        QCOMPARE(d.value(QLatin1String("msgtype")).toString(), QStringLiteral("markdown"));
        QCOMPARE(d[QLatin1String("markdown")][QLatin1String("title")].toString(),
                 AlertTemplate::defaultTitle(event));
        QCOMPARE(d[QLatin1String("at")][QLatin1String("atMobiles")][0].toString(),
                 QStringLiteral("13800000000"));

        WeComSender wecom(
            instance(AlertInstance::Kind::WeCom,
                     {{QStringLiteral("webhook"),
                       QStringLiteral("https://qyapi.weixin.qq.com/cgi-bin/webhook/send")}}));
        const QJsonObject w = QJsonDocument::fromJson(wecom.body(event)).object();
        QCOMPARE(w[QLatin1String("markdown")][QLatin1String("content")].toString(),
                 AlertTemplate::defaultMarkdown(event));
        QCOMPARE(wecom.url(QStringLiteral("k-1/2")).query(QUrl::FullyEncoded),
                 QStringLiteral("key=k-1%2F2"));

        FeishuSender feishu(
            instance(AlertInstance::Kind::Feishu,
                     {{QStringLiteral("webhook"), QStringLiteral("https://x/hook")}}));
        const QJsonObject f =
            QJsonDocument::fromJson(feishu.body(event, QStringLiteral("feishu-0-密钥"), 1700000000))
                .object();
        QCOMPARE(f.value(QLatin1String("timestamp")).toString(), QStringLiteral("1700000000"));
        QCOMPARE(f.value(QLatin1String("sign")).toString(),
                 QStringLiteral("nEH8QUFd+HPgISyJYzDXdPe7qrMP+lXCJSuZDBd1Uxg="));
        QCOMPARE(f.value(QLatin1String("msg_type")).toString(), QStringLiteral("text"));
        QVERIFY(!QJsonDocument::fromJson(feishu.body(event, QString(), 1))
                     .object()
                     .contains(QLatin1String("sign")));
    }

    void robotAnswers()
    {
        QVERIFY(DingTalkSender::robotAnswerError(R"({"errcode":0,"errmsg":"ok"})").isEmpty());
        QVERIFY(
            DingTalkSender::robotAnswerError(R"({"code":0,"msg":"success","data":{}})").isEmpty());
        QVERIFY(DingTalkSender::robotAnswerError(R"({"StatusCode":0})").isEmpty());
        const QString refused =
            DingTalkSender::robotAnswerError(R"({"errcode":310000,"errmsg":"sign not match"})");
        QVERIFY(refused.contains(QLatin1String("sign not match")));
        QVERIFY(refused.contains(QLatin1String("310000")));
        QVERIFY(!DingTalkSender::robotAnswerError("<html>").isEmpty());
    }

    void httpBodyAndHeaders()
    {
        HttpSender sender(instance(
            AlertInstance::Kind::Http,
            {{QStringLiteral("url"), QStringLiteral("https://x/alerts")},
             {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"),
                                                      QStringLiteral("Bearer ${secret}")}}}}));
        const AlertEvent event = sampleEvent();
        const QJsonObject body = QJsonDocument::fromJson(sender.body(event)).object();
        QCOMPARE(body[QLatin1String("job")][QLatin1String("name")].toString(), event.jobName);
        QCOMPARE(body.value(QLatin1String("error")).toString(), event.error);
        QCOMPARE(body.value(QLatin1String("cluster")).toString(), event.clusterName);
        const QList<HttpClient::Header> headers = sender.headers(QStringLiteral("t0k"));
        QVERIFY(headers.contains(HttpClient::Header("Authorization", "Bearer t0k")));
        QVERIFY(headers.contains(HttpClient::Header("Content-Type", "application/json")));
        QVERIFY(sender.validate().ok());
        HttpSender bad(instance(AlertInstance::Kind::Http,
                                {{QStringLiteral("url"), QStringLiteral("https://x")},
                                 {QStringLiteral("method"), QStringLiteral("TRACE")}}));
        QVERIFY(!bad.validate().ok());
    }

    void rootCauseOfAFailedJob()
    {
        // The shape of /jobs/:id/exceptions "root-exception" on 1.20 and 2.x: Flink's wrapper
        // outermost, the user's error innermost.
        const QString trace = QStringLiteral(
            "org.apache.flink.runtime.JobException: Recovery is suppressed by "
            "NoRestartBackoffTimeStrategy\n"
            "\tat "
            "org.apache.flink.runtime.executiongraph.failover.ExecutionFailureHandler."
            "handleFailure(ExecutionFailureHandler.java:219)\n"
            "\t... 45 more\n"
            "Caused by: java.lang.ArithmeticException: / by zero\n"
            "\tat StreamExecCalc$7.processElement(Unknown Source)\n");
        QCOMPARE(ClusterAlertWatch::rootCause(trace),
                 QStringLiteral("java.lang.ArithmeticException: / by zero"));
        QCOMPARE(ClusterAlertWatch::rootCause(QStringLiteral("plain words")),
                 QStringLiteral("plain words"));
    }

    void mailSubjectEncodedWords()
    {
        QCOMPARE(SmtpClient::encodeHeader(QStringLiteral("Flink job failed")),
                 QByteArray("Flink job failed"));
        // python3 -c 'import base64; print(base64.b64encode("Flink 作业失败: orders".encode()))'
        QCOMPARE(SmtpClient::encodeHeader(QStringLiteral("Flink 作业失败: orders")),
                 QByteArray("=?UTF-8?B?Rmxpbmsg5L2c5Lia5aSx6LSlOiBvcmRlcnM=?="));
        // Long subjects fold into words of at most 75 characters, never splitting a character.
        const QString longSubject = QString(40, QChar(0x4F5C));
        const QList<QByteArray> words = SmtpClient::encodeHeader(longSubject).split('\n');
        QVERIFY(words.size() > 1);
        QString decoded;
        for (QByteArray word : words) {
            word = word.trimmed();
            QVERIFY(word.size() <= 75);
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            decoded += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        }
        QCOMPARE(decoded, longSubject);
    }

    void dotStuffing()
    {
        QCOMPARE(SmtpClient::dotStuff(".a\n..b\nc.\n.\n"),
                 QByteArray("..a\r\n...b\r\nc.\r\n..\r\n"));
        QCOMPARE(SmtpClient::dotStuff("x\r\n.y"), QByteArray("x\r\n..y"));
    }

    void mailFormat()
    {
        SmtpClient::Message message;
        message.from = QStringLiteral("weir@example.com");
        message.to = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        message.subject = QStringLiteral("作业");
        message.body = QStringLiteral("line 1\n.hidden\n失败");
        const QDateTime date(QDate(2026, 11, 25), QTime(20, 30, 1), Qt::OffsetFromUTC, 8 * 3600);
        const QByteArray eightBit = SmtpClient::format(message, true, date, "id@weir");
        QVERIFY(eightBit.contains("Date: Wed, 25 Nov 2026 20:30:01 +0800\r\n"));
        QVERIFY(eightBit.contains("To: <a@example.com>, <b@example.com>\r\n"));
        QVERIFY(eightBit.contains("Subject: =?UTF-8?B?5L2c5Lia?=\r\n"));
        QVERIFY(eightBit.contains("Content-Transfer-Encoding: 8bit\r\n\r\nline 1\r\n.hidden\r\n" +
                                  QStringLiteral("失败").toUtf8() + "\r\n"));
        const QByteArray base64 = SmtpClient::format(message, false, date, "id@weir");
        QVERIFY(base64.contains("Content-Transfer-Encoding: base64\r\n\r\n" +
                                message.body.toUtf8().toBase64() + "\r\n"));
        // A line SMTP cannot carry forces Base64 even when 8BITMIME is offered.
        message.body = QString(2000, QLatin1Char('x'));
        QVERIFY(SmtpClient::format(message, true, date, "id@weir").contains("base64"));
    }
};

QTEST_GUILESS_MAIN(TestAlertMessages)
#include "tst_alertmessages.moc"
