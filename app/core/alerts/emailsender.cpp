#include "emailsender.h"

#include "alerts/alerttemplate.h"

#include <QJsonArray>

namespace Weir {

EmailSender::EmailSender(const AlertInstance &instance, QObject *parent)
    : AlertSender(instance, parent)
{}

Status EmailSender::validate() const
{
    if (setting("host").isEmpty())
        return refused(tr("the SMTP server is missing."));
    if (setting("from").isEmpty())
        return refused(tr("the sender address is missing."));
    if (instance().settings.value(QLatin1String("to")).toArray().isEmpty())
        return refused(tr("no recipient."));
    const QString security = setting("security");
    if (!security.isEmpty() && security != QLatin1String("starttls") &&
        security != QLatin1String("tls") && security != QLatin1String("none"))
        return refused(tr("unknown security “%1” (starttls, tls or none).").arg(security));
    return Status();
}

SmtpClient::Options EmailSender::options(const QString &password) const
{
    SmtpClient::Options options;
    options.host = setting("host");
    const QString security = setting("security");
    if (security == QLatin1String("tls"))
        options.security = SmtpClient::Security::ImplicitTls;
    else if (security == QLatin1String("none"))
        options.security = SmtpClient::Security::None;
    else
        options.security = SmtpClient::Security::StartTls;
    const int defaultPort = options.security == SmtpClient::Security::ImplicitTls ? 465 : 587;
    options.port = quint16(instance().settings.value(QLatin1String("port")).toInt(defaultPort));
    options.user = setting("user");
    options.password = password;
    options.verifyTls = instance().settings.value(QLatin1String("verifyTls")).toBool(true);
    options.caCertificateFile = setting("caCertificateFile");
    return options;
}

SmtpClient::Message EmailSender::message(const AlertEvent &event) const
{
    SmtpClient::Message message;
    message.from = setting("from");
    for (const QJsonValue &to : instance().settings.value(QLatin1String("to")).toArray())
        message.to.append(to.toString());
    message.subject = AlertTemplate::defaultTitle(event);
    const QString custom = setting("template");
    message.body = custom.isEmpty() ? AlertTemplate::defaultPlainText(event)
                                    : AlertTemplate::render(custom, event);
    return message;
}

void EmailSender::send(const AlertEvent &event, const QString &secret, Done done)
{
    if (Status status = validate(); !status) {
        finishLater(std::move(done), status);
        return;
    }
    m_smtp.send(options(secret), message(event), [this, done = std::move(done)](const Status &s) {
        done(s.ok() ? s : refused(s.error()));
    });
}

} // namespace Weir
