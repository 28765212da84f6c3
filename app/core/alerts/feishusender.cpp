#include "feishusender.h"

#include "alerts/alertsigning.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Weir {

Status FeishuSender::validate() const
{
    if (setting("webhook").isEmpty() || !QUrl(setting("webhook")).isValid())
        return refused(tr("the webhook URL is missing."));
    return Status();
}

QByteArray FeishuSender::body(const AlertEvent &event, const QString &secret,
                              qint64 timestampS) const
{
    QJsonObject message{
        {QStringLiteral("msg_type"), QStringLiteral("text")},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text(event)}}}};
    if (!secret.isEmpty()) {
        message.insert(QStringLiteral("timestamp"), QString::number(timestampS));
        message.insert(QStringLiteral("sign"),
                       QString::fromLatin1(AlertSigning::feishu(secret, timestampS)));
    }
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

void FeishuSender::send(const AlertEvent &event, const QString &secret, Done done)
{
    if (Status status = validate(); !status) {
        finishLater(std::move(done), status);
        return;
    }
    request("POST", QUrl(setting("webhook")),
            body(event, secret, QDateTime::currentSecsSinceEpoch()), {},
            &AlertSender::robotAnswerError, std::move(done));
}

} // namespace Weir
