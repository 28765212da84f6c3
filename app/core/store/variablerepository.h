#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Weir {

namespace Internal {
class SqlConnection;
}

// The workspace's global variables (`${name}` in scripts). A secret variable's value lives in
// the keychain: only its key (secretRef) is stored, and `value` stays empty. GUI thread,
// through Storage's connection.
class VariableRepository
{
    Q_DECLARE_TR_FUNCTIONS(VariableRepository)

public:
    struct Variable
    {
        QString name;
        QString value; // empty for secrets
        bool secret = false;
        QString secretRef;
        QString description;

        friend bool operator==(const Variable &a, const Variable &b)
        {
            return a.name == b.name && a.value == b.value && a.secret == b.secret &&
                   a.secretRef == b.secretRef && a.description == b.description;
        }
    };

    explicit VariableRepository(const Internal::SqlConnection &connection);

    // Adds or replaces the variable of that name.
    Status put(const Variable &variable);
    Status remove(const QString &name);
    // Ordered by name.
    QList<Variable> all() const;

private:
    QSqlDatabase db() const;

    const Internal::SqlConnection &m_connection;
};

} // namespace Weir
