#pragma once

#include "run/plannedstatement.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace Weir {

// How one planned statement of a run ended, for the console, the run history and `weir run`:
// status, rows, job id, times and, on failure, the message and the place in the source text
// (Flink's line/column mapped through the plan). Secrets are masked. Plain value; any thread.
struct StatementOutcome
{
    enum class Status : quint8 {
        Finished, // ran to its end (or to the max rows with auto-stop)
        Failed,
        Stopped, // Stop was pressed
        Skipped, // not run: an earlier statement failed or the run was stopped
    };

    int index = -1; // in RunPlan::statements()
    PlannedStatement::Source source = PlannedStatement::Source::Script;
    PlannedStatement::Action action = PlannedStatement::Action::Result;
    StatementKind kind = StatementKind::Other;
    QString display; // the statement as written (masked)
    LineColumn start; // of the statement in its source text
    Status status = Status::Finished;
    qint64 rows = 0; // changes received (result rows of a query)
    bool stoppedAtMaxRows = false;
    QString jobId;
    qint64 startedMs = 0; // ms since the epoch
    qint64 endedMs = 0;
    QString error; // masked; empty unless Failed
    // Where the error lies in the source text (the statement's start when Flink gave no place).
    std::optional<LineColumn> errorStart;
    std::optional<LineColumn> errorEnd;
    QString errorDetails; // Flink's stack trace (masked), for a details view

    static QString statusName(Status status); // "finished", "failed", "stopped", "skipped"
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::StatementOutcome)
