#include "dingtalksender.h"

#include "alerts/alertsigning.h"
#include "alerts/alerttemplate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Weir {

Status DingTalkSender::validate() const
{
    if (!QUrl(setting("webhook")).isValid() || setting("webhook").isEmpty())
        return refused(tr("the webhook URL is missing."));
    return Status();
}

QByteArray DingTalkSender::body(const AlertEvent &event) const
{
    const QJsonObject markdown{{QStringLiteral("title"), AlertTemplate::defaultTitle(event)},
                               {QStringLiteral("text"), text(event)}};
    const QJsonObject at{
        {QStringLiteral("atMobiles"),
         instance().settings.value(QLatin1String("atMobiles")).toArray()},
        {QStringLiteral("isAtAll"), instance().settings.value(QLatin1String("atAll")).toBool()}};
    const QJsonObject message{{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                              {QStringLiteral("markdown"), markdown},
                              {QStringLiteral("at"), at}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QUrl DingTalkSender::signedUrl(const QString &secret, qint64 timestampMs) const
{
    QUrl url(setting("webhook"));
    if (secret.isEmpty())
        return url;
    // '+', '/' and '=' of the Base64 must be percent-encoded: a bare '+' would reach DingTalk
    // as a space (QUrlQuery leaves it alone), so the query is assembled already encoded.
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QStringLiteral("timestamp=") + QString::number(timestampMs) +
             QStringLiteral("&sign=") +
             QString::fromLatin1(QUrl::toPercentEncoding(
                 QString::fromLatin1(AlertSigning::dingTalk(secret, timestampMs))));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

void DingTalkSender::send(const AlertEvent &event, const QString &secret, Done done)
{
    if (Status status = validate(); !status) {
        finishLater(std::move(done), status);
        return;
    }
    request("POST", signedUrl(secret, QDateTime::currentMSecsSinceEpoch()), body(event), {},
            &AlertSender::robotAnswerError, std::move(done));
}

} // namespace Weir
