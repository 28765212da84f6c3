#pragma once

#include "alerts/alertsender.h"

namespace Weir {

// WeCom (企业微信) group robot: a Markdown message POSTed to the webhook. The robot has no
// signature; its key is the secret: kept in the keychain and added as ?key= when the stored
// "webhook" does not already carry one. GUI thread.
class WeComSender : public AlertSender
{
    Q_OBJECT

public:
    using AlertSender::AlertSender;

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override;

    QByteArray body(const AlertEvent &event) const;
    QUrl url(const QString &secret) const;
};

} // namespace Weir
