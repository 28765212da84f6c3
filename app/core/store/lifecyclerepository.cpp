#include "lifecyclerepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

LifecycleState stateOf(const QVariant &stored)
{
    // The CHECK constraint keeps other names out; Develop is the safe reading regardless.
    return Lifecycle::stateFromName(stored.toString()).value_or(LifecycleState::Develop);
}

ScriptLifecycle lifecycleFrom(const QSqlQuery &query)
{
    ScriptLifecycle lifecycle;
    lifecycle.scriptId = query.value(0).toLongLong();
    lifecycle.state = stateOf(query.value(1));
    lifecycle.publishedVersion = query.value(2).toInt();
    lifecycle.jobId = query.value(3).toString();
    lifecycle.clusterId = query.value(4).toLongLong();
    lifecycle.updatedMs = query.value(5).toLongLong();
    return lifecycle;
}

const QString kLifecycleColumns =
    QStringLiteral("script_id, state, published_version, job_id, cluster_id, updated_at");

} // namespace

LifecycleRepository::LifecycleRepository(const SqlConnection &connection) : m_connection(connection)
{}

QSqlDatabase LifecycleRepository::db() const
{
    return m_connection.database();
}

ScriptLifecycle LifecycleRepository::of(qint64 scriptId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM script_lifecycle WHERE script_id = ?")
                      .arg(kLifecycleColumns));
    query.addBindValue(scriptId);
    if (SqlUtil::exec(query) && query.next())
        return lifecycleFrom(query);
    ScriptLifecycle lifecycle;
    lifecycle.scriptId = scriptId;
    return lifecycle;
}

QList<ScriptLifecycle> LifecycleRepository::all() const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM script_lifecycle WHERE state <> 'develop' "
                                 "ORDER BY script_id")
                      .arg(kLifecycleColumns));
    QList<ScriptLifecycle> list;
    if (!SqlUtil::exec(query))
        return list;
    while (query.next())
        list.append(lifecycleFrom(query));
    return list;
}

Status LifecycleRepository::transition(const ScriptLifecycle &next, const LifecycleEvent &event)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;

    QSqlQuery upsert(db());
    upsert.prepare(QStringLiteral(
        "INSERT INTO script_lifecycle (script_id, state, published_version, job_id, cluster_id, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (script_id) DO UPDATE SET "
        "state = excluded.state, published_version = excluded.published_version, "
        "job_id = excluded.job_id, cluster_id = excluded.cluster_id, "
        "updated_at = excluded.updated_at"));
    upsert.addBindValue(next.scriptId);
    upsert.addBindValue(Lifecycle::stateName(next.state));
    upsert.addBindValue(next.publishedVersion);
    upsert.addBindValue(SqlUtil::nonNull(next.jobId));
    upsert.addBindValue(SqlUtil::idOrNull(next.clusterId));
    upsert.addBindValue(next.updatedMs);
    if (Status status = SqlUtil::exec(upsert); !status)
        return Status::failure(tr("Cannot store the script's lifecycle: %1").arg(status.error()));

    QSqlQuery insert(db());
    insert.prepare(QStringLiteral(
        "INSERT INTO lifecycle_events (script_id, from_state, to_state, at, version, job_id, "
        "savepoint_path, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(event.scriptId);
    insert.addBindValue(Lifecycle::stateName(event.from));
    insert.addBindValue(Lifecycle::stateName(event.to));
    insert.addBindValue(event.timeMs);
    insert.addBindValue(event.version);
    insert.addBindValue(SqlUtil::nonNull(event.jobId));
    insert.addBindValue(SqlUtil::nonNull(event.savepointPath));
    insert.addBindValue(SqlUtil::nonNull(event.note));
    if (Status status = SqlUtil::exec(insert); !status)
        return Status::failure(tr("Cannot record the lifecycle event: %1").arg(status.error()));
    return transaction.commit();
}

QList<LifecycleEvent> LifecycleRepository::events(qint64 scriptId, int limit) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT id, script_id, from_state, to_state, at, version, job_id, savepoint_path, note "
        "FROM lifecycle_events WHERE script_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(scriptId);
    query.addBindValue(qMax(limit, 0));
    QList<LifecycleEvent> list;
    if (!SqlUtil::exec(query))
        return list;
    while (query.next()) {
        LifecycleEvent event;
        event.id = query.value(0).toLongLong();
        event.scriptId = query.value(1).toLongLong();
        event.from = stateOf(query.value(2));
        event.to = stateOf(query.value(3));
        event.timeMs = query.value(4).toLongLong();
        event.version = query.value(5).toInt();
        event.jobId = query.value(6).toString();
        event.savepointPath = query.value(7).toString();
        event.note = query.value(8).toString();
        list.append(event);
    }
    return list;
}

} // namespace Weir
