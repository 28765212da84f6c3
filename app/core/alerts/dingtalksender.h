#pragma once

#include "alerts/alertsender.h"

namespace Weir {

// DingTalk custom robot: a Markdown message POSTed to the webhook (settings "webhook" with its
// access_token, "atMobiles", "atAll", "template"); with a secret the URL carries &timestamp=
// (ms) and &sign= (AlertSigning::dingTalk, URL-encoded). GUI thread.
class DingTalkSender : public AlertSender
{
    Q_OBJECT

public:
    using AlertSender::AlertSender;

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override;

    // The JSON body for the event (public for tests).
    QByteArray body(const AlertEvent &event) const;
    // The webhook with the signature of `timestampMs` when `secret` is not empty.
    QUrl signedUrl(const QString &secret, qint64 timestampMs) const;
};

} // namespace Weir
