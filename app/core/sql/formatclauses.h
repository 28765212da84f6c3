#pragma once

#include "sql/formatframe.h"
#include "sql/formattokens.h"
#include "sql/statementkind.h"

namespace Weir::Internal {

// The line breaks that keywords call for in the formatter's layout: the clauses of a query
// (SELECT, FROM, JOIN, WHERE, GROUP BY, ..., UNION), AND / OR in conditions, CTE and select
// lists, BEGIN of a statement set, and the clauses of MATCH_RECOGNIZE. Stateless; any thread.
class FormatClauses
{
public:
    // What the layout knows about the statement and learns from its keywords.
    struct Statement
    {
        StatementKind kind = StatementKind::Other;
        bool outermost = true;    // the keyword is at the statement's own level
        bool ddlHead = false;     // before the query of CREATE / INSERT / ALTER: '(' lists columns
        bool openSetBody = false; // the keyword (BEGIN) opens an EXECUTE STATEMENT SET body
    };

    // The keyword at k in a query frame `f`: adjusts the gap before it and the frame's state.
    static void queryWord(const FormatTokens &v, int k, FormatFrame &f, FormatGap &g, Statement &s);
    // The keyword at k directly inside MATCH_RECOGNIZE (...).
    static void recognizeWord(const FormatTokens &v, int k, FormatFrame &f, FormatGap &g);
};

} // namespace Weir::Internal
