#include "sql/completioncandidate.h"

namespace Weir {

const char *completionKindName(CompletionKind kind)
{
    switch (kind) {
    case CompletionKind::Keyword:
        return "keyword";
    case CompletionKind::DataType:
        return "type";
    case CompletionKind::Catalog:
        return "catalog";
    case CompletionKind::Database:
        return "database";
    case CompletionKind::Table:
        return "table";
    case CompletionKind::View:
        return "view";
    case CompletionKind::Column:
        return "column";
    case CompletionKind::Function:
        return "function";
    case CompletionKind::OptionKey:
        return "option";
    case CompletionKind::OptionValue:
        return "value";
    case CompletionKind::ConfigKey:
        return "config";
    case CompletionKind::Variable:
        return "variable";
    }
    return "?";
}

} // namespace Weir
