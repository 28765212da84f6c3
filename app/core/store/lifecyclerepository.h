#pragma once

#include "common/result.h"
#include "store/lifecyclerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// The lifecycle of scripts (schema v7): each script's state, published version and online job,
// and the history of every transition. GUI thread, through Storage's connection.
class LifecycleRepository
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRepository)

public:
    explicit LifecycleRepository(const Internal::SqlConnection &connection);

    // The stored lifecycle of `scriptId`, or a Develop one when nothing is stored.
    ScriptLifecycle of(qint64 scriptId) const;
    // Every script with a stored state other than Develop.
    QList<ScriptLifecycle> all() const;
    // Stores `next` and appends `event` (its id ignored) together: a state never changes
    // without its history entry.
    Status transition(const ScriptLifecycle &next, const LifecycleEvent &event);
    // Newest first, at most `limit`.
    QList<LifecycleEvent> events(qint64 scriptId, int limit = 1000) const;

private:
    QSqlDatabase db() const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
