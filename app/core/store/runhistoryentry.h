#pragma once

#include <QMetaType>
#include <QString>

namespace Weir {

// One statement run as the run history keeps it: script, statement text (as written, secrets
// masked), target, start/end, status, rows, job id, error. Plain value; any thread.
struct RunHistoryEntry
{
    qint64 id = 0;
    qint64 scriptId = 0; // 0: no stored script (or it was deleted)
    QString scriptName;
    QString statement;
    int line = 1; // where the statement starts in its script
    int column = 1;
    QString target;
    qint64 startedMs = 0; // UTC ms since the epoch
    qint64 endedMs = 0;   // 0 while running
    QString status = QStringLiteral("running"); // running, finished, failed, stopped, skipped
    qint64 rows = 0;
    QString jobId;
    QString error;

    friend bool operator==(const RunHistoryEntry &a, const RunHistoryEntry &b)
    {
        return a.id == b.id && a.scriptId == b.scriptId && a.scriptName == b.scriptName &&
               a.statement == b.statement && a.line == b.line && a.column == b.column &&
               a.target == b.target && a.startedMs == b.startedMs && a.endedMs == b.endedMs &&
               a.status == b.status && a.rows == b.rows && a.jobId == b.jobId &&
               a.error == b.error;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::RunHistoryEntry)
