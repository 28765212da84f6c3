#pragma once

#include "sql/textposition.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>

class QByteArray;
class QUrl;

namespace Weir {

// What went wrong talking to a Flink SQL Gateway, as a value (errors are values, STYLE.md 5):
// a kind the caller can act on, a message for the user and, for errors Flink reports in a
// statement, the range in that statement. Plain value; any thread.
struct GatewayError
{
    Q_DECLARE_TR_FUNCTIONS(GatewayError)

public:
    enum class Kind : quint8 {
        Connection,         // refused, host not found, connection dropped, other network errors
        Timeout,            // no bytes within the transfer timeout
        Tls,                // handshake or certificate failure
        Http,               // the gateway answered an HTTP error that is not about the statement
        Statement,          // Flink rejected or failed the statement (parse, validation, runtime)
        SessionLost,        // the gateway no longer knows the session (expired, restarted)
        Protocol,           // an answer Weir cannot read (not JSON, truncated, unexpected shape)
        UnsupportedVersion, // the gateway speaks no REST API version Weir supports
    };

    Kind kind = Kind::Protocol;
    // One or a few lines for the user, translated. Transport errors name the URL and the cause
    // ("connection refused", "timeout", ...); statement errors carry Flink's root cause.
    QString message;
    // The request that failed (path and query included).
    QString url;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    // The innermost Java exception Flink reported, e.g.
    // "org.apache.calcite.sql.validate.SqlValidatorException"; empty otherwise.
    QString exceptionClass;
    // Everything Flink sent (its stack trace), for a details view or a log; may be long.
    QString details;
    // Where Flink located the error, relative to the submitted statement (1-based; `end` is one
    // past the last character, like Statement::finish). Parse errors give a start and the end of
    // the token Flink stopped at; validation errors give Flink's range.
    std::optional<LineColumn> start;
    std::optional<LineColumn> end;

    bool hasPosition() const { return start.has_value(); }
    // message plus, for the log, the HTTP status and URL when the message does not name them.
    QString describe() const;

    // The error for a non-2xx answer: Flink's {"errors": [...]} body is read by FlinkErrorText.
    static GatewayError fromHttpResponse(const QUrl &url, int status, const QByteArray &body);
    // The body of a 2xx answer could not be read.
    static GatewayError protocol(const QUrl &url, const QString &why);
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::GatewayError)
