#pragma once

#include <QtGlobal>

namespace Weir::Internal {

// Where the formatter's layout is inside a query (the clause decides what a comma or AND does).
enum class FormatClause : quint8 { None, Select, From, Join, Where, Having, Values, With, Other };

// How a token joins the text before it: on a new line (how deep) or on the same line, with a
// space or without. Plain value; any thread.
struct FormatGap
{
    bool lineBreak = false;
    int indent = 0;
    bool space = true;
    int commentIndent = -1; // for comments on lines of their own before the token

    void breakAt(int depth)
    {
        lineBreak = true;
        indent = depth;
    }
};

// One level of the statement being laid out: the statement itself, an EXECUTE STATEMENT SET
// body, or a bracket (a subquery, a column list, WITH options, MATCH_RECOGNIZE, or an inline
// one such as a call's arguments). Plain value; any thread.
struct FormatFrame
{
    enum Kind : quint8 { Query, SetBody, Block, Options, Recognize, Inline };
    Kind kind = Query;
    char closer = 0;
    int base = 0;        // indent of its clauses (Query, SetBody) or items (Block, Options)
    int closeIndent = 0; // indent of the line of its closing bracket
    FormatClause clause = FormatClause::None;
    bool first = true;  // nothing placed in it yet
    bool query = false; // a query started in it: clause keywords start lines
    bool breakNext = false;
    int breakIndent = 0;
    bool listHead = false;  // after SELECT / VALUES, before the first item
    bool listMulti = false; // ... and the list has more than one item
    bool listBreaks = false;
    int listIndent = 0;
    bool afterSetOp = false; // after UNION etc., before the next query
    bool between = false;    // the next AND belongs to BETWEEN
    bool innerStart = false; // SetBody: the next token starts an inner statement
    bool entryStart = false; // Options: the next token starts a 'key' = value entry
    bool pattern = false;    // inside PATTERN (...): quantifiers stick to their variable
    int caseDepth = 0;
    int angle = 0; // inside ROW<...>, MAP<...>
    int keyWidth = 0;

    // A clause keyword: it starts a line unless it starts the frame, and ends any list.
    void clauseBreak(FormatGap &g)
    {
        listHead = listBreaks = between = afterSetOp = false;
        if (!first)
            g.breakAt(base);
    }
};

} // namespace Weir::Internal
