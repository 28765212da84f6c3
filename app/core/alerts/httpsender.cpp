#include "httpsender.h"

#include "alerts/alerttemplate.h"

#include <QJsonObject>

namespace Weir {

QString HttpSender::defaultBodyTemplate()
{
    return QStringLiteral(
        R"({"rule":"${rule}","title":"${title}","job":{"id":"${job.id}","name":"${job.name}",)"
        R"("status":"${job.status}"},"cluster":"${cluster}","time":"${time}",)"
        R"("error":"${error}","message":"${message}"})");
}

Status HttpSender::validate() const
{
    const QUrl url(setting("url"));
    if (setting("url").isEmpty() || !url.isValid())
        return refused(tr("the URL is missing."));
    const QString method = setting("method");
    if (!method.isEmpty() && !QStringList{QStringLiteral("POST"), QStringLiteral("PUT"),
                                          QStringLiteral("PATCH"), QStringLiteral("GET")}
                                  .contains(method.toUpper()))
        return refused(tr("unsupported HTTP method “%1”.").arg(method));
    return Status();
}

QByteArray HttpSender::body(const AlertEvent &event) const
{
    QString contentType = setting("contentType");
    if (contentType.isEmpty())
        contentType = QStringLiteral("application/json");
    QString text = setting("body");
    if (text.isEmpty())
        text = defaultBodyTemplate();
    const bool json = contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
    return AlertTemplate::render(text, event,
                                 json ? AlertTemplate::Escape::Json : AlertTemplate::Escape::None)
        .toUtf8();
}

QList<HttpClient::Header> HttpSender::headers(const QString &secret) const
{
    QString contentType = setting("contentType");
    if (contentType.isEmpty())
        contentType = QStringLiteral("application/json");
    QList<HttpClient::Header> list{{"Content-Type", contentType.toUtf8()}};
    const QJsonObject custom = instance().settings.value(QLatin1String("headers")).toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        QString value = it.value().toString();
        value.replace(QLatin1String("${secret}"), secret);
        list.append({it.key().toUtf8(), value.toUtf8()});
    }
    return list;
}

void HttpSender::send(const AlertEvent &event, const QString &secret, Done done)
{
    if (Status status = validate(); !status) {
        finishLater(std::move(done), status);
        return;
    }
    QString method = setting("method").toUpper();
    if (method.isEmpty())
        method = QStringLiteral("POST");
    request(method.toLatin1(), QUrl(setting("url")),
            method == QLatin1String("GET") ? QByteArray() : body(event), headers(secret), {},
            std::move(done));
}

} // namespace Weir
