#pragma once

#include <QByteArray>
#include <QString>

namespace Weir {

// The signatures the chat robots check, as their public documentation defines them.
// Stateless; any thread.
class AlertSigning
{
public:
    // DingTalk custom robot ("加签"): Base64(HmacSHA256(key = secret,
    // message = timestampMs + "\n" + secret)); sent URL-encoded as &timestamp=&sign=.
    static QByteArray dingTalk(const QString &secret, qint64 timestampMs);
    // Feishu / Lark custom bot: Base64(HmacSHA256(key = timestampS + "\n" + secret,
    // message = empty)); sent in the JSON body as "timestamp" (seconds, a string) and "sign".
    static QByteArray feishu(const QString &secret, qint64 timestampS);
};

} // namespace Weir
