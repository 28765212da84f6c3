#include "storetypes.h"

namespace Weir {

QString scriptTypeName(ScriptType type)
{
    switch (type) {
    case ScriptType::FlinkSql:
        return QStringLiteral("FlinkSQL");
    case ScriptType::FlinkSqlEnv:
        return QStringLiteral("FlinkSQLEnv");
    case ScriptType::Sql:
        return QStringLiteral("SQL");
    }
    return QString();
}

std::optional<ScriptType> scriptTypeFromName(const QString &name)
{
    for (ScriptType type : {ScriptType::FlinkSql, ScriptType::FlinkSqlEnv, ScriptType::Sql}) {
        if (name == scriptTypeName(type))
            return type;
    }
    return std::nullopt;
}

} // namespace Weir
