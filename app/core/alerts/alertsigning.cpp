#include "alertsigning.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Weir {

QByteArray AlertSigning::dingTalk(const QString &secret, qint64 timestampMs)
{
    const QByteArray key = secret.toUtf8();
    const QByteArray message = QByteArray::number(timestampMs) + '\n' + key;
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

QByteArray AlertSigning::feishu(const QString &secret, qint64 timestampS)
{
    const QByteArray key = QByteArray::number(timestampS) + '\n' + secret.toUtf8();
    return QMessageAuthenticationCode::hash(QByteArray(), key, QCryptographicHash::Sha256)
        .toBase64();
}

} // namespace Weir
