#pragma once

#include "common/result.h"
#include "store/runhistoryentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// The run history: one row per statement run (RunHistoryEntry), newest first when listed.
// GUI thread, through Storage's connection.
class RunHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(RunHistoryRepository)

public:
    explicit RunHistoryRepository(const Internal::SqlConnection &connection);

    // entry.id is ignored; the returned copy carries the new id.
    Result<RunHistoryEntry> add(const RunHistoryEntry &entry);
    // Rewrites end, status, rows, job id and error of entry.id (a run that ended).
    Status update(const RunHistoryEntry &entry);
    Status remove(qint64 id);
    // Deletes all but the newest `keep` entries.
    Status prune(int keep);

    // Newest first; scriptId 0 lists every script's.
    QList<RunHistoryEntry> recent(int limit, qint64 scriptId = 0) const;
    int count() const;

private:
    QSqlDatabase db() const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
