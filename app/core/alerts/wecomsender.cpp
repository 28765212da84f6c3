#include "wecomsender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Weir {

Status WeComSender::validate() const
{
    if (setting("webhook").isEmpty() || !QUrl(setting("webhook")).isValid())
        return refused(tr("the webhook URL is missing."));
    return Status();
}

QByteArray WeComSender::body(const AlertEvent &event) const
{
    const QJsonObject message{
        {QStringLiteral("msgtype"), QStringLiteral("markdown")},
        {QStringLiteral("markdown"), QJsonObject{{QStringLiteral("content"), text(event)}}}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QUrl WeComSender::url(const QString &secret) const
{
    QUrl url(setting("webhook"));
    QUrlQuery query(url);
    if (!secret.isEmpty() && !query.hasQueryItem(QStringLiteral("key"))) {
        query.addQueryItem(QStringLiteral("key"),
                           QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        url.setQuery(query);
    }
    return url;
}

void WeComSender::send(const AlertEvent &event, const QString &secret, Done done)
{
    if (Status status = validate(); !status) {
        finishLater(std::move(done), status);
        return;
    }
    request("POST", url(secret), body(event), {}, &AlertSender::robotAnswerError, std::move(done));
}

} // namespace Weir
