#include "alertconfigrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Weir {

using namespace Internal;

AlertConfigRepository::AlertConfigRepository(const SqlConnection &connection)
    : m_connection(connection)
{}

namespace {

// name, kind, settings_json, secret_ref, enabled: the columns add and update write.
void bindColumns(QSqlQuery &query, const AlertInstance &instance)
{
    query.addBindValue(instance.name);
    query.addBindValue(AlertInstance::kindName(instance.kind));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(instance.settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(SqlUtil::nonNull(instance.secretRef));
    query.addBindValue(instance.enabled ? 1 : 0);
}

template<typename T> std::optional<T> first(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

Status deleteById(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return SqlUtil::exec(query);
}

} // namespace

QSqlDatabase AlertConfigRepository::db() const
{
    return m_connection.database();
}

Result<AlertInstance> AlertConfigRepository::addInstance(const AlertInstance &instance)
{
    if (instance.name.trimmed().isEmpty())
        return Result<AlertInstance>::failure(tr("An alert instance needs a name."));
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO alert_instances (name, kind, settings_json, "
                                 "secret_ref, enabled) VALUES (?, ?, ?, ?, ?)"));
    bindColumns(query, instance);
    if (Status status = SqlUtil::exec(query); !status)
        return Result<AlertInstance>::failure(status.error());
    AlertInstance added = instance;
    added.id = query.lastInsertId().toLongLong();
    return added;
}

Status AlertConfigRepository::updateInstance(const AlertInstance &instance)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE alert_instances SET name = ?, kind = ?, "
                                 "settings_json = ?, secret_ref = ?, enabled = ? WHERE id = ?"));
    bindColumns(query, instance);
    query.addBindValue(instance.id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No alert instance %1.").arg(instance.id));
    return Status();
}

Status AlertConfigRepository::removeInstance(qint64 id)
{
    return deleteById(db(), QStringLiteral("alert_instances"), id);
}

std::optional<AlertInstance> AlertConfigRepository::instance(qint64 id) const
{
    return first(selectInstances(QStringLiteral("WHERE id = ?"), {id}));
}

QList<AlertInstance> AlertConfigRepository::instances() const
{
    return selectInstances(QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

QList<AlertInstance> AlertConfigRepository::selectInstances(const QString &where,
                                                            const QVariantList &values) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, name, kind, settings_json, secret_ref, enabled FROM "
                                 "alert_instances ") +
                  where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<AlertInstance> list;
    if (!SqlUtil::exec(query))
        return list;
    while (query.next()) {
        AlertInstance instance;
        instance.id = query.value(0).toLongLong();
        instance.name = query.value(1).toString();
        AlertInstance::kindFromName(query.value(2).toString(), &instance.kind);
        instance.settings = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        instance.secretRef = query.value(4).toString();
        instance.enabled = query.value(5).toInt() != 0;
        list.append(instance);
    }
    return list;
}

Result<AlertGroup> AlertConfigRepository::addGroup(const AlertGroup &group)
{
    if (group.name.trimmed().isEmpty())
        return Result<AlertGroup>::failure(tr("An alert group needs a name."));
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return Result<AlertGroup>::failure(status.error());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO alert_groups (name, description) VALUES (?, ?)"));
    query.addBindValue(group.name);
    query.addBindValue(SqlUtil::nonNull(group.description));
    if (Status status = SqlUtil::exec(query); !status)
        return Result<AlertGroup>::failure(status.error());
    AlertGroup added = group;
    added.id = query.lastInsertId().toLongLong();
    if (Status status = writeMembers(added); !status)
        return Result<AlertGroup>::failure(status.error());
    if (Status status = transaction.commit(); !status)
        return Result<AlertGroup>::failure(status.error());
    return added;
}

Status AlertConfigRepository::updateGroup(const AlertGroup &group)
{
    Transaction transaction(db());
    if (Status status = transaction.begin(); !status)
        return status;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE alert_groups SET name = ?, description = ? WHERE id = ?"));
    query.addBindValue(group.name);
    query.addBindValue(SqlUtil::nonNull(group.description));
    query.addBindValue(group.id);
    if (Status status = SqlUtil::exec(query); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("No alert group %1.").arg(group.id));
    if (Status status = writeMembers(group); !status)
        return status;
    return transaction.commit();
}

Status AlertConfigRepository::writeMembers(const AlertGroup &group)
{
    QSqlQuery clear(db());
    clear.prepare(QStringLiteral("DELETE FROM alert_group_members WHERE group_id = ?"));
    clear.addBindValue(group.id);
    if (Status status = SqlUtil::exec(clear); !status)
        return status;
    for (int i = 0; i < group.instanceIds.size(); ++i) {
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_group_members (group_id, "
                                      "instance_id, position) VALUES (?, ?, ?)"));
        insert.addBindValue(group.id);
        insert.addBindValue(group.instanceIds.at(i));
        insert.addBindValue(i);
        if (Status status = SqlUtil::exec(insert); !status)
            return status;
    }
    return Status();
}

Status AlertConfigRepository::removeGroup(qint64 id)
{
    return deleteById(db(), QStringLiteral("alert_groups"), id);
}

std::optional<AlertGroup> AlertConfigRepository::group(qint64 id) const
{
    return first(selectGroups(QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<AlertGroup> AlertConfigRepository::groupByName(const QString &name) const
{
    return first(selectGroups(QStringLiteral("WHERE name = ?"), {name}));
}

QList<AlertGroup> AlertConfigRepository::groups() const
{
    return selectGroups(QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

QList<AlertGroup> AlertConfigRepository::selectGroups(const QString &where,
                                                      const QVariantList &values) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, name, description FROM alert_groups ") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<AlertGroup> list;
    if (!SqlUtil::exec(query))
        return list;
    while (query.next()) {
        AlertGroup group;
        group.id = query.value(0).toLongLong();
        group.name = query.value(1).toString();
        group.description = query.value(2).toString();
        list.append(group);
    }
    for (AlertGroup &group : list) {
        QSqlQuery members(db());
        members.prepare(QStringLiteral("SELECT instance_id FROM alert_group_members WHERE "
                                       "group_id = ? ORDER BY position, instance_id"));
        members.addBindValue(group.id);
        if (!SqlUtil::exec(members))
            continue;
        while (members.next())
            group.instanceIds.append(members.value(0).toLongLong());
    }
    return list;
}

QList<AlertInstance> AlertConfigRepository::enabledMembers(qint64 groupId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT i.id FROM alert_group_members m JOIN alert_instances i "
                                 "ON i.id = m.instance_id WHERE m.group_id = ? AND i.enabled = 1 "
                                 "ORDER BY m.position, i.id"));
    query.addBindValue(groupId);
    QList<AlertInstance> list;
    if (!SqlUtil::exec(query))
        return list;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (qint64 id : ids) {
        if (std::optional<AlertInstance> found = instance(id))
            list.append(*found);
    }
    return list;
}

} // namespace Weir
