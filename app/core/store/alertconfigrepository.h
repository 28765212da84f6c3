#pragma once

#include "alerts/alertgroup.h"
#include "alerts/alertinstance.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// Alert instances and groups (schema v6). An instance's secret is never stored, only its
// keychain key. GUI thread, through Storage's connection.
class AlertConfigRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertConfigRepository)

public:
    explicit AlertConfigRepository(const Internal::SqlConnection &connection);

    // instance.id is ignored; the returned copy carries the new id. Names are unique.
    Result<AlertInstance> addInstance(const AlertInstance &instance);
    Status updateInstance(const AlertInstance &instance);
    // Also takes it out of every group; its history stays (instance id then 0).
    Status removeInstance(qint64 id);
    std::optional<AlertInstance> instance(qint64 id) const;
    QList<AlertInstance> instances() const; // by name

    Result<AlertGroup> addGroup(const AlertGroup &group);
    // Rewrites name, description and the members (in order).
    Status updateGroup(const AlertGroup &group);
    Status removeGroup(qint64 id);
    std::optional<AlertGroup> group(qint64 id) const;
    std::optional<AlertGroup> groupByName(const QString &name) const;
    QList<AlertGroup> groups() const; // by name
    // The enabled instances of a group, in the group's order.
    QList<AlertInstance> enabledMembers(qint64 groupId) const;

private:
    QSqlDatabase db() const;
    Status writeMembers(const AlertGroup &group);
    QList<AlertInstance> selectInstances(const QString &where, const QVariantList &values) const;
    QList<AlertGroup> selectGroups(const QString &where, const QVariantList &values) const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
