#include "alertsender.h"

#include "alerts/alerttemplate.h"
#include "alerts/dingtalksender.h"
#include "alerts/emailsender.h"
#include "alerts/feishusender.h"
#include "alerts/httpsender.h"
#include "alerts/wecomsender.h"
#ifdef WEIR_HAVE_DBUS
#include "alerts/desktopnotifier.h"
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Weir {

AlertSender::AlertSender(const AlertInstance &instance, QObject *parent)
    : QObject(parent), m_instance(instance)
{}

AlertSender::~AlertSender() = default;

std::unique_ptr<AlertSender> AlertSender::create(const AlertInstance &instance, QObject *parent)
{
    switch (instance.kind) {
    case AlertInstance::Kind::DingTalk:
        return std::make_unique<DingTalkSender>(instance, parent);
    case AlertInstance::Kind::WeCom:
        return std::make_unique<WeComSender>(instance, parent);
    case AlertInstance::Kind::Feishu:
        return std::make_unique<FeishuSender>(instance, parent);
    case AlertInstance::Kind::Http:
        return std::make_unique<HttpSender>(instance, parent);
    case AlertInstance::Kind::Email:
        return std::make_unique<EmailSender>(instance, parent);
    case AlertInstance::Kind::Desktop:
#ifdef WEIR_HAVE_DBUS
        return std::make_unique<DesktopNotifier>(instance, parent);
#else
        return nullptr;
#endif
    }
    return nullptr;
}

QString AlertSender::setting(const char *key) const
{
    return m_instance.settings.value(QLatin1String(key)).toString();
}

QString AlertSender::text(const AlertEvent &event) const
{
    const QString custom = setting("template");
    return custom.isEmpty() ? AlertTemplate::defaultMarkdown(event)
                            : AlertTemplate::render(custom, event);
}

QString AlertSender::robotAnswerError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return tr("the answer is not JSON: %1").arg(QString::fromUtf8(body.left(200)));
    const QJsonObject answer = document.object();
    static const char *const kPairs[][2] = {
        {"errcode", "errmsg"}, {"code", "msg"}, {"StatusCode", "StatusMessage"}};
    for (const auto &pair : kPairs) {
        const QJsonValue code = answer.value(QLatin1String(pair[0]));
        if (code.isUndefined())
            continue;
        if (code.toInteger(-1) == 0)
            return QString();
        return tr("refused: %1 (code %2)")
            .arg(answer.value(QLatin1String(pair[1])).toString(),
                 QString::number(code.toInteger(-1)));
    }
    return tr("the answer has no result code: %1").arg(QString::fromUtf8(body.left(200)));
}

Status AlertSender::refused(const QString &why) const
{
    return Status::failure(tr("Alert instance “%1”: %2").arg(m_instance.name, why));
}

void AlertSender::finishLater(Done done, const Status &status)
{
    QTimer::singleShot(0, this, [done = std::move(done), status] { done(status); });
}

void AlertSender::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const QList<HttpClient::Header> &headers,
                          std::function<QString(const QByteArray &)> answerError, Done done)
{
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        finishLater(std::move(done),
                    refused(tr("“%1” is not an http(s) URL.").arg(url.toDisplayString())));
        return;
    }
    HttpClient::Options options;
    QUrl base = url;
    base.setPath(QString());
    base.setQuery(QString());
    options.baseUrl = base;
    options.timeoutMs = 15000;
    options.retries = 0;
    options.verifyTls = m_instance.settings.value(QLatin1String("verifyTls")).toBool(true);
    // One client per send: each webhook has its own host, and sends are rare.
    auto *http = new HttpClient(options, this);
    const QString pathAndQuery =
        url.path(QUrl::FullyEncoded) +
        (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    http->sendWithHeaders(verb, pathAndQuery, body, headers, this,
                          [this, http, answerError = std::move(answerError),
                           done = std::move(done)](const HttpClient::Response &response) {
                              http->deleteLater();
                              if (!response.ok()) {
                                  done(refused(response.error->message));
                                  return;
                              }
                              const QString why =
                                  answerError ? answerError(response.body) : QString();
                              done(why.isEmpty() ? Status() : refused(why));
                          });
}

} // namespace Weir
