#pragma once

#include "alerts/alerthistoryentry.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// The alert history (schema v6): every send of an alert to an instance, succeeded or not.
// GUI thread, through Storage's connection.
class AlertHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertHistoryRepository)

public:
    explicit AlertHistoryRepository(const Internal::SqlConnection &connection);

    // entry.id is ignored; the returned copy carries the new id.
    Result<AlertHistoryEntry> add(const AlertHistoryEntry &entry);
    // Newest first; an empty jobId does not filter.
    QList<AlertHistoryEntry> list(int limit, const QString &jobId = QString()) const;
    // Keeps the newest `keep` entries (the history must not grow without bound).
    Status prune(int keep);

private:
    QSqlDatabase db() const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
