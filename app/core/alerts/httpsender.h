#pragma once

#include "alerts/alertsender.h"

namespace Weir {

// Any HTTP endpoint: "url", "method" (POST), "headers" {name: value} whose values may use
// ${secret} (the keychain secret, e.g. "Bearer ${secret}"), "contentType"
// (application/json) and "body", a template whose placeholders are JSON-escaped when the
// content type is JSON. Success is any 2xx. GUI thread.
class HttpSender : public AlertSender
{
    Q_OBJECT

public:
    using AlertSender::AlertSender;

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override;

    QByteArray body(const AlertEvent &event) const;
    QList<HttpClient::Header> headers(const QString &secret) const;
    // The body when the instance has no template: every field as JSON.
    static QString defaultBodyTemplate();
};

} // namespace Weir
