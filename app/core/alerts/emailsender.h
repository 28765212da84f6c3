#pragma once

#include "alerts/alertsender.h"
#include "alerts/smtpclient.h"

namespace Weir {

// Mail through an SMTP server: settings "host", "port", "security" (starttls | tls | none),
// "user", "from", "to" [addresses], "verifyTls", "caCertificateFile", "template"; the
// password is the secret. Subject: the alert's title. GUI thread.
class EmailSender : public AlertSender
{
    Q_OBJECT

public:
    explicit EmailSender(const AlertInstance &instance, QObject *parent = nullptr);

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override;

    SmtpClient::Options options(const QString &password) const;
    SmtpClient::Message message(const AlertEvent &event) const;

private:
    SmtpClient m_smtp;
};

} // namespace Weir
