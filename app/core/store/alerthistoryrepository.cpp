#include "alerthistoryrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

AlertHistoryRepository::AlertHistoryRepository(const SqlConnection &connection)
    : m_connection(connection)
{}

QSqlDatabase AlertHistoryRepository::db() const
{
    return m_connection.database();
}

Result<AlertHistoryEntry> AlertHistoryRepository::add(const AlertHistoryEntry &entry)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO alert_history (sent_at, rule, group_id, instance_id, instance_name, "
        "instance_kind, cluster_name, job_id, job_name, status, message, ok, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.timeMs);
    query.addBindValue(SqlUtil::nonNull(entry.rule));
    query.addBindValue(SqlUtil::idOrNull(entry.groupId));
    query.addBindValue(SqlUtil::idOrNull(entry.instanceId));
    query.addBindValue(SqlUtil::nonNull(entry.instanceName));
    query.addBindValue(SqlUtil::nonNull(entry.instanceKind));
    query.addBindValue(SqlUtil::nonNull(entry.clusterName));
    query.addBindValue(SqlUtil::nonNull(entry.jobId));
    query.addBindValue(SqlUtil::nonNull(entry.jobName));
    query.addBindValue(SqlUtil::nonNull(entry.status));
    query.addBindValue(SqlUtil::nonNull(entry.message));
    query.addBindValue(entry.ok ? 1 : 0);
    query.addBindValue(SqlUtil::nonNull(entry.error));
    if (Status status = SqlUtil::exec(query); !status)
        return Result<AlertHistoryEntry>::failure(status.error());
    AlertHistoryEntry added = entry;
    added.id = query.lastInsertId().toLongLong();
    return added;
}

QList<AlertHistoryEntry> AlertHistoryRepository::list(int limit, const QString &jobId) const
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral(
            "SELECT id, sent_at, rule, group_id, instance_id, instance_name, instance_kind, "
            "cluster_name, job_id, job_name, status, message, ok, error FROM alert_history %1 "
            "ORDER BY sent_at DESC, id DESC LIMIT ?")
            .arg(jobId.isEmpty() ? QString() : QStringLiteral("WHERE job_id = ?")));
    if (!jobId.isEmpty())
        query.addBindValue(jobId);
    query.addBindValue(qMax(limit, 0));
    QList<AlertHistoryEntry> list;
    if (!SqlUtil::exec(query))
        return list;
    while (query.next()) {
        AlertHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.timeMs = query.value(1).toLongLong();
        entry.rule = query.value(2).toString();
        entry.groupId = query.value(3).toLongLong();
        entry.instanceId = query.value(4).toLongLong();
        entry.instanceName = query.value(5).toString();
        entry.instanceKind = query.value(6).toString();
        entry.clusterName = query.value(7).toString();
        entry.jobId = query.value(8).toString();
        entry.jobName = query.value(9).toString();
        entry.status = query.value(10).toString();
        entry.message = query.value(11).toString();
        entry.ok = query.value(12).toInt() != 0;
        entry.error = query.value(13).toString();
        list.append(entry);
    }
    return list;
}

Status AlertHistoryRepository::prune(int keep)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM alert_history WHERE id NOT IN (SELECT id FROM "
                                 "alert_history ORDER BY sent_at DESC, id DESC LIMIT ?)"));
    query.addBindValue(qMax(keep, 0));
    return SqlUtil::exec(query);
}

} // namespace Weir
