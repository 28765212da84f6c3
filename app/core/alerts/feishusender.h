#pragma once

#include "alerts/alertsender.h"

namespace Weir {

// Feishu / Lark custom bot: a text message POSTed to the webhook; with a secret the body
// carries "timestamp" (seconds, as a string) and "sign" (AlertSigning::feishu). GUI thread.
class FeishuSender : public AlertSender
{
    Q_OBJECT

public:
    using AlertSender::AlertSender;

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override;

    QByteArray body(const AlertEvent &event, const QString &secret, qint64 timestampS) const;
};

} // namespace Weir
