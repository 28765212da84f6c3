#pragma once

#include "common/result.h"
#include "store/savepointrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// The savepoint registry (schema v5): savepoints and checkpoints per script, job and cluster,
// so a script can be restarted from "the latest" one. GUI thread, through Storage's connection.
class SavepointRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavepointRepository)

public:
    explicit SavepointRepository(const Internal::SqlConnection &connection);

    // record.id is ignored; the returned copy carries the new id.
    Result<SavepointRecord> add(const SavepointRecord &record);
    // Rewrites path, status, completion time and error of record.id (an operation that ended).
    Status update(const SavepointRecord &record);
    Status remove(qint64 id);

    std::optional<SavepointRecord> find(qint64 id) const;
    // Newest first. A 0 scriptId or clusterId does not filter; an empty jobId does not either.
    QList<SavepointRecord> list(int limit, qint64 scriptId = 0, const QString &jobId = QString(),
                                qint64 clusterId = 0) const;
    // The newest completed entry with a path for the script on the cluster (either may be 0:
    // any), or for the job when the script is 0 and jobName is given: what "restart from the
    // latest savepoint" restores.
    // `kind` ("savepoint", "checkpoint") filters when given.
    std::optional<SavepointRecord> latestCompleted(qint64 scriptId, qint64 clusterId,
                                                   const QString &jobName = QString(),
                                                   const QString &kind = QString()) const;
    // The oldest such entry: what "restart from the earliest savepoint" restores.
    std::optional<SavepointRecord> earliestCompleted(qint64 scriptId, qint64 clusterId,
                                                     const QString &jobName = QString(),
                                                     const QString &kind = QString()) const;

private:
    QSqlDatabase db() const;
    std::optional<SavepointRecord> firstCompleted(qint64 scriptId, qint64 clusterId, const QString &jobName,
                                                  const QString &kind, bool oldest) const;
    QList<SavepointRecord> select(const QString &where, const QVariantList &values,
                                  int limit, bool oldestFirst = false) const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
