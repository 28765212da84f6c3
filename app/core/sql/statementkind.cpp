#include "sql/statementkind.h"

namespace Weir {

QString statementKindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Set:
        return QStringLiteral("SET");
    case StatementKind::Reset:
        return QStringLiteral("RESET");
    case StatementKind::Create:
        return QStringLiteral("CREATE");
    case StatementKind::CreateFunction:
        return QStringLiteral("CREATE_FUNCTION");
    case StatementKind::Drop:
        return QStringLiteral("DROP");
    case StatementKind::Alter:
        return QStringLiteral("ALTER");
    case StatementKind::Insert:
        return QStringLiteral("INSERT");
    case StatementKind::Query:
        return QStringLiteral("QUERY");
    case StatementKind::Explain:
        return QStringLiteral("EXPLAIN");
    case StatementKind::Show:
        return QStringLiteral("SHOW");
    case StatementKind::Describe:
        return QStringLiteral("DESCRIBE");
    case StatementKind::Use:
        return QStringLiteral("USE");
    case StatementKind::AddJar:
        return QStringLiteral("ADD_JAR");
    case StatementKind::RemoveJar:
        return QStringLiteral("REMOVE_JAR");
    case StatementKind::StatementSet:
        return QStringLiteral("STATEMENT_SET");
    case StatementKind::BeginStatementSet:
        return QStringLiteral("BEGIN_STATEMENT_SET");
    case StatementKind::End:
        return QStringLiteral("END");
    case StatementKind::CdcSource:
        return QStringLiteral("CDCSOURCE");
    case StatementKind::LoadModule:
        return QStringLiteral("LOAD_MODULE");
    case StatementKind::UnloadModule:
        return QStringLiteral("UNLOAD_MODULE");
    case StatementKind::Other:
        return QStringLiteral("OTHER");
    }
    return QStringLiteral("OTHER");
}

} // namespace Weir
