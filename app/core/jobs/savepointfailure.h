#pragma once

#include <QCoreApplication>
#include <QString>

namespace Weir {

// Turns what Flink says when a savepoint, stop or cancel fails (an HTTP error of the trigger,
// or the failure cause of the finished operation) into one sentence a person can act on, e.g.
// "no savepoint directory configured: set ...". Unknown causes give Flink's root cause.
// Stateless; any thread.
class SavepointFailure
{
    Q_DECLARE_TR_FUNCTIONS(SavepointFailure)

public:
    // `flinkText`: an error message of JobManagerClient, or the stack trace of a failed
    // operation.
    static QString describe(const QString &flinkText);
    // The operation did not finish within `timeoutMs`.
    static QString timedOut(int timeoutMs);
};

} // namespace Weir
