#include "gatewayerror.h"

#include "flinkerrortext.h"

#include <QUrl>

namespace Weir {

namespace {

constexpr int kBodyExcerpt = 300;

QString urlText(const QUrl &url)
{
    return url.toDisplayString();
}

} // namespace

QString GatewayError::describe() const
{
    if (kind == Kind::Statement && httpStatus != 0)
        return tr("%1 (HTTP %2 from %3)").arg(message, QString::number(httpStatus), url);
    return message;
}

GatewayError GatewayError::fromHttpResponse(const QUrl &url, int status, const QByteArray &body)
{
    const FlinkErrorText text = FlinkErrorText::parse(body);
    GatewayError error;
    error.url = urlText(url);
    error.httpStatus = status;
    error.details = text.fullText();
    error.exceptionClass = text.rootCause().className;
    if (!text.missingSession().isEmpty()) {
        error.kind = Kind::SessionLost;
        error.message =
            tr("The SQL Gateway at %1 no longer knows session %2: it expired or the "
               "gateway restarted.")
                .arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString(),
                     text.missingSession());
    } else if (text.isStatementFailure()) {
        error.kind = Kind::Statement;
        error.message = text.summary();
        error.start = text.start();
        error.end = text.end();
    } else if (text.isFlinkErrorBody()) {
        error.kind = Kind::Http;
        error.message =
            tr("%1 answered HTTP %2: %3").arg(error.url, QString::number(status), text.summary());
    } else {
        // Not Flink speaking: a proxy, a load balancer or another service on that port.
        QString excerpt = QString::fromUtf8(body.left(kBodyExcerpt)).simplified();
        error.kind = Kind::Http;
        error.message =
            excerpt.isEmpty()
                ? tr("%1 answered HTTP %2.").arg(error.url, QString::number(status))
                : tr("%1 answered HTTP %2: %3").arg(error.url, QString::number(status), excerpt);
    }
    return error;
}

GatewayError GatewayError::protocol(const QUrl &url, const QString &why)
{
    GatewayError error;
    error.kind = Kind::Protocol;
    error.url = urlText(url);
    error.message = tr("Unreadable answer from %1: %2").arg(error.url, why);
    return error;
}

} // namespace Weir
