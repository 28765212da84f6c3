#pragma once

#include "common/result.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// Flink clusters the user connects to (secrets stay in the keychain; only their key is
// stored). GUI thread, through Storage's connection.
class ClusterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClusterRepository)

public:
    explicit ClusterRepository(const Internal::SqlConnection &connection);

    // cluster.id is ignored; the returned copy carries the new id.
    Result<Cluster> add(const Cluster &cluster);
    Status update(const Cluster &cluster);
    Status remove(qint64 id);

    std::optional<Cluster> find(qint64 id) const;
    // Ordered by name.
    QList<Cluster> all() const;

private:
    QSqlDatabase db() const;
    QList<Cluster> select(const QString &where, qint64 id) const;
    Result<Cluster> validated(const Cluster &cluster) const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
