#include "savepointrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

const QStringList kKinds{QStringLiteral("savepoint"), QStringLiteral("checkpoint")};
const QStringList kOperations{QStringLiteral("trigger"), QStringLiteral("stop"),
                              QStringLiteral("cancel"), QStringLiteral("observed")};
const QStringList kStatuses{QStringLiteral("pending"), QStringLiteral("completed"),
                            QStringLiteral("failed")};

const QLatin1String kColumns("id, script_id, script_name, job_id, job_name, cluster_id, "
                             "cluster_name, path, kind, operation, triggered_at, completed_at, "
                             "status, error");

} // namespace

SavepointRepository::SavepointRepository(const SqlConnection &connection) : m_connection(connection)
{}

QSqlDatabase SavepointRepository::db() const
{
    return m_connection.database();
}

Result<SavepointRecord> SavepointRepository::add(const SavepointRecord &record)
{
    if (!kKinds.contains(record.kind))
        return Result<SavepointRecord>::failure(
            tr("Unknown savepoint kind “%1”.").arg(record.kind));
    if (!kOperations.contains(record.operation))
        return Result<SavepointRecord>::failure(
            tr("Unknown savepoint operation “%1”.").arg(record.operation));
    if (!kStatuses.contains(record.status))
        return Result<SavepointRecord>::failure(
            tr("Unknown savepoint status “%1”.").arg(record.status));
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO savepoints (script_id, script_name, job_id, job_name, cluster_id, "
        "cluster_name, path, kind, operation, triggered_at, completed_at, status, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlUtil::idOrNull(record.scriptId));
    query.addBindValue(SqlUtil::nonNull(record.scriptName));
    query.addBindValue(SqlUtil::nonNull(record.jobId));
    query.addBindValue(SqlUtil::nonNull(record.jobName));
    query.addBindValue(SqlUtil::idOrNull(record.clusterId));
    query.addBindValue(SqlUtil::nonNull(record.clusterName));
    query.addBindValue(SqlUtil::nonNull(record.path));
    query.addBindValue(record.kind);
    query.addBindValue(record.operation);
    query.addBindValue(record.triggeredMs);
    query.addBindValue(record.completedMs == 0 ? QVariant() : QVariant(record.completedMs));
    query.addBindValue(record.status);
    query.addBindValue(SqlUtil::nonNull(record.error));
    if (Status status = SqlUtil::exec(query); !status)
        return Result<SavepointRecord>::failure(status.error());
    SavepointRecord added = record;
    added.id = query.lastInsertId().toLongLong();
    return added;
}

Status SavepointRepository::update(const SavepointRecord &record)
{
    if (!kStatuses.contains(record.status))
        return Status::failure(tr("Unknown savepoint status “%1”.").arg(record.status));
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE savepoints SET path = ?, status = ?, completed_at = ?, "
                                 "error = ? WHERE id = ?"));
    query.addBindValue(SqlUtil::nonNull(record.path));
    query.addBindValue(record.status);
    query.addBindValue(record.completedMs == 0 ? QVariant() : QVariant(record.completedMs));
    query.addBindValue(SqlUtil::nonNull(record.error));
    query.addBindValue(record.id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No savepoint entry %1.").arg(record.id));
    return Status();
}

Status SavepointRepository::remove(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM savepoints WHERE id = ?"));
    query.addBindValue(id);
    return SqlUtil::exec(query);
}

std::optional<SavepointRecord> SavepointRepository::find(qint64 id) const
{
    const QList<SavepointRecord> found = select(QStringLiteral("id = ?"), {id}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SavepointRecord> SavepointRepository::list(int limit, qint64 scriptId, const QString &jobId,
                                                 qint64 clusterId) const
{
    QStringList where;
    QVariantList values;
    if (scriptId != 0) {
        where.append(QStringLiteral("script_id = ?"));
        values.append(scriptId);
    }
    if (!jobId.isEmpty()) {
        where.append(QStringLiteral("job_id = ?"));
        values.append(jobId);
    }
    if (clusterId != 0) {
        where.append(QStringLiteral("cluster_id = ?"));
        values.append(clusterId);
    }
    return select(where.join(QLatin1String(" AND ")), values, limit);
}

std::optional<SavepointRecord> SavepointRepository::latestCompleted(qint64 scriptId,
                                                                    qint64 clusterId,
                                                                    const QString &jobName,
                                                                    const QString &kind) const
{
    return firstCompleted(scriptId, clusterId, jobName, kind, false);
}

std::optional<SavepointRecord> SavepointRepository::earliestCompleted(qint64 scriptId, qint64 clusterId,
                                                                      const QString &jobName,
                                                                      const QString &kind) const
{
    return firstCompleted(scriptId, clusterId, jobName, kind, true);
}

std::optional<SavepointRecord> SavepointRepository::firstCompleted(qint64 scriptId, qint64 clusterId,
                                                                   const QString &jobName, const QString &kind,
                                                                   bool oldest) const
{
    QStringList where{QStringLiteral("status = 'completed'"), QStringLiteral("path <> ''")};
    QVariantList values;
    if (scriptId != 0) {
        where.append(QStringLiteral("script_id = ?"));
        values.append(scriptId);
    } else if (!jobName.isEmpty()) {
        where.append(QStringLiteral("job_name = ?"));
        values.append(jobName);
    }
    if (clusterId != 0) {
        where.append(QStringLiteral("cluster_id = ?"));
        values.append(clusterId);
    }
    if (!kind.isEmpty()) {
        where.append(QStringLiteral("kind = ?"));
        values.append(kind);
    }
    const QList<SavepointRecord> found = select(where.join(QLatin1String(" AND ")), values, 1, oldest);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SavepointRecord> SavepointRepository::select(const QString &where, const QVariantList &values,
                                                   int limit, bool oldestFirst) const
{
    QSqlQuery query(db());
    // Newest first; completion time breaks ties of the same trigger millisecond.
    const QString order = oldestFirst ? QStringLiteral("triggered_at ASC, ifnull(completed_at, 0) ASC, id ASC")
                                      : QStringLiteral("triggered_at DESC, ifnull(completed_at, 0) DESC, id DESC");
    query.prepare(
        QStringLiteral("SELECT %1 FROM savepoints %2 ORDER BY %3 LIMIT ?")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, order));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(qMax(limit, 0));
    QList<SavepointRecord> records;
    if (!SqlUtil::exec(query))
        return records;
    while (query.next()) {
        SavepointRecord record;
        record.id = query.value(0).toLongLong();
        record.scriptId = query.value(1).toLongLong();
        record.scriptName = query.value(2).toString();
        record.jobId = query.value(3).toString();
        record.jobName = query.value(4).toString();
        record.clusterId = query.value(5).toLongLong();
        record.clusterName = query.value(6).toString();
        record.path = query.value(7).toString();
        record.kind = query.value(8).toString();
        record.operation = query.value(9).toString();
        record.triggeredMs = query.value(10).toLongLong();
        record.completedMs = query.value(11).toLongLong();
        record.status = query.value(12).toString();
        record.error = query.value(13).toString();
        records.append(record);
    }
    return records;
}

} // namespace Weir
