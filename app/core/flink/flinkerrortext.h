#pragma once

#include "sql/textposition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Weir {

// Reads the body of a Flink REST error, {"errors": ["...", ...]}, usually a Java stack trace
// with a chain of "Caused by:" exceptions, into what a person needs: the root cause, where in
// the statement it is, and whether the session is gone. Value type; any thread.
//
// Real bodies (see tests/unit/flink/data/errors) come in two shapes: ["Internal server error.",
// "<Exception on server side:\n<trace>\nEnd of exception on server side>"] for failures inside
// the gateway service (SQL errors, unknown sessions), and ["<trace>"] or ["<text>"] for REST
// handler errors ("Not found: /v9/info", a failed cancel).
class FlinkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(FlinkErrorText)

public:
    struct Cause
    {
        QString className; // empty when the line is not "<java.class.Name>: <message>"
        QString message;   // may span lines (parse errors list what Flink expected)
    };

    // Also accepts a body that is not Flink's JSON; then the whole text is one cause.
    static FlinkErrorText parse(const QByteArray &body);

    bool isFlinkErrorBody() const { return m_flinkBody; }
    // Outermost first, as in the trace.
    const QList<Cause> &causes() const { return m_causes; }
    // Every element of `errors` (or the raw body) joined, for a details view.
    const QString &fullText() const { return m_fullText; }

    // The innermost cause with a message: what the SQL client's `.q` tests record.
    Cause rootCause() const;
    // The root cause's message made readable: without the statement-relative position that
    // start()/end() carry, with the "Was expecting one of:" list of a parse error on one line.
    QString summary() const;

    std::optional<LineColumn> start() const { return m_start; }
    std::optional<LineColumn> end() const { return m_end; }

    // The handle in "Session '<uuid>' does not exist."; empty when the text says nothing of it.
    const QString &missingSession() const { return m_missingSession; }
    // Flink ran the statement and it failed ("Failed to execute the operation ..."), as opposed
    // to a failure of the REST call itself.
    bool isStatementFailure() const { return m_statementFailure; }

private:
    void parseTrace(const QString &trace);
    void findPosition();

    bool m_flinkBody = false;
    QList<Cause> m_causes;
    QString m_fullText;
    std::optional<LineColumn> m_start;
    std::optional<LineColumn> m_end;
    QString m_missingSession;
    bool m_statementFailure = false;
};

} // namespace Weir
