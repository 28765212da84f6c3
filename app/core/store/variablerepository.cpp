#include "variablerepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace Weir {

using namespace Internal;

VariableRepository::VariableRepository(const SqlConnection &connection) : m_connection(connection) {}

QSqlDatabase VariableRepository::db() const
{
    return m_connection.database();
}

Status VariableRepository::put(const Variable &variable)
{
    const QString name = variable.name.trimmed();
    static const QString forbidden = QStringLiteral("{}$'\"`; \t\r\n");
    if (name.isEmpty() || std::any_of(name.cbegin(), name.cend(),
                                      [](QChar c) { return forbidden.contains(c); }))
        return Status::failure(tr("“%1” cannot be a variable name.").arg(variable.name));
    if (variable.secret && !variable.value.isEmpty())
        return Status::failure(tr("A secret's value belongs in the keychain, not in the database."));
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO variables (name, value, secret, secret_ref, "
                                 "description) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(SqlUtil::nonNull(variable.value));
    query.addBindValue(variable.secret ? 1 : 0);
    query.addBindValue(SqlUtil::nonNull(variable.secretRef));
    query.addBindValue(SqlUtil::nonNull(variable.description));
    return SqlUtil::exec(query);
}

Status VariableRepository::remove(const QString &name)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM variables WHERE name = ?"));
    query.addBindValue(name);
    return SqlUtil::exec(query);
}

QList<VariableRepository::Variable> VariableRepository::all() const
{
    QList<Variable> variables;
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT name, value, secret, secret_ref, description FROM "
                                   "variables ORDER BY name")))
        return variables;
    while (query.next()) {
        variables.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toInt() != 0, query.value(3).toString(),
                          query.value(4).toString()});
    }
    return variables;
}

} // namespace Weir
