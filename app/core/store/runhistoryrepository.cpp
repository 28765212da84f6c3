#include "runhistoryrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

const QStringList kStatuses{QStringLiteral("running"), QStringLiteral("finished"),
                            QStringLiteral("failed"), QStringLiteral("stopped"),
                            QStringLiteral("skipped")};

} // namespace

RunHistoryRepository::RunHistoryRepository(const SqlConnection &connection)
    : m_connection(connection)
{
}

QSqlDatabase RunHistoryRepository::db() const
{
    return m_connection.database();
}

Result<RunHistoryEntry> RunHistoryRepository::add(const RunHistoryEntry &entry)
{
    if (!kStatuses.contains(entry.status))
        return Result<RunHistoryEntry>::failure(tr("Unknown run status “%1”.").arg(entry.status));
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO run_history (script_id, script_name, statement, line_number, column_number, "
        "target, started_at, ended_at, status, row_count, job_id, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlUtil::idOrNull(entry.scriptId));
    query.addBindValue(SqlUtil::nonNull(entry.scriptName));
    query.addBindValue(SqlUtil::nonNull(entry.statement));
    query.addBindValue(entry.line);
    query.addBindValue(entry.column);
    query.addBindValue(SqlUtil::nonNull(entry.target));
    query.addBindValue(entry.startedMs);
    query.addBindValue(entry.endedMs == 0 ? QVariant() : QVariant(entry.endedMs));
    query.addBindValue(entry.status);
    query.addBindValue(entry.rows);
    query.addBindValue(SqlUtil::nonNull(entry.jobId));
    query.addBindValue(SqlUtil::nonNull(entry.error));
    if (Status status = SqlUtil::exec(query); !status)
        return Result<RunHistoryEntry>::failure(status.error());
    RunHistoryEntry added = entry;
    added.id = query.lastInsertId().toLongLong();
    return added;
}

Status RunHistoryRepository::update(const RunHistoryEntry &entry)
{
    if (!kStatuses.contains(entry.status))
        return Status::failure(tr("Unknown run status “%1”.").arg(entry.status));
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE run_history SET ended_at = ?, status = ?, row_count = ?, "
                                 "job_id = ?, error = ? WHERE id = ?"));
    query.addBindValue(entry.endedMs == 0 ? QVariant() : QVariant(entry.endedMs));
    query.addBindValue(entry.status);
    query.addBindValue(entry.rows);
    query.addBindValue(SqlUtil::nonNull(entry.jobId));
    query.addBindValue(SqlUtil::nonNull(entry.error));
    query.addBindValue(entry.id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No run history entry %1.").arg(entry.id));
    return Status();
}

Status RunHistoryRepository::remove(qint64 id)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM run_history WHERE id = ?"));
    query.addBindValue(id);
    return SqlUtil::exec(query);
}

Status RunHistoryRepository::prune(int keep)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM run_history WHERE id NOT IN (SELECT id FROM "
                                 "run_history ORDER BY started_at DESC, id DESC LIMIT ?)"));
    query.addBindValue(qMax(keep, 0));
    return SqlUtil::exec(query);
}

QList<RunHistoryEntry> RunHistoryRepository::recent(int limit, qint64 scriptId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
                      "SELECT id, script_id, script_name, statement, line_number, column_number, "
                      "target, started_at, ended_at, status, row_count, job_id, error "
                      "FROM run_history %1 ORDER BY started_at DESC, id DESC LIMIT ?")
                      .arg(scriptId != 0 ? QStringLiteral("WHERE script_id = ?") : QString()));
    if (scriptId != 0)
        query.addBindValue(scriptId);
    query.addBindValue(qMax(limit, 0));
    QList<RunHistoryEntry> entries;
    if (!SqlUtil::exec(query))
        return entries;
    while (query.next()) {
        RunHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.scriptId = query.value(1).toLongLong();
        entry.scriptName = query.value(2).toString();
        entry.statement = query.value(3).toString();
        entry.line = query.value(4).toInt();
        entry.column = query.value(5).toInt();
        entry.target = query.value(6).toString();
        entry.startedMs = query.value(7).toLongLong();
        entry.endedMs = query.value(8).toLongLong();
        entry.status = query.value(9).toString();
        entry.rows = query.value(10).toLongLong();
        entry.jobId = query.value(11).toString();
        entry.error = query.value(12).toString();
        entries.append(entry);
    }
    return entries;
}

int RunHistoryRepository::count() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM run_history")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace Weir
