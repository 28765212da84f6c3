#include "sql/completionframes.h"

namespace Weir::Internal {

namespace {

// Keywords before '(' that do not make it a function call.
bool opensPlainParentheses(const CompletionTokens &t, int i)
{
    return t.isAnyWord(i, {"IN",      "EXISTS", "AS",        "FROM",     "JOIN",   "ON",
                           "AND",     "OR",     "NOT",       "WHERE",    "SELECT", "BY",
                           "VALUES",  "THEN",   "ELSE",      "WHEN",     "CASE",   "USING",
                           "HAVING",  "UNION",  "ALL",       "DISTINCT", "IS",     "LIKE",
                           "BETWEEN", "INTO",   "OVERWRITE", "QUALIFY"});
}

} // namespace

CompletionFrames::Shape CompletionFrames::shapeOf(const CompletionTokens &t, int start)
{
    Shape shape;
    int i = start;
    if (t.isWord(i, "CREATE")) {
        ++i;
        if (t.isWord(i, "OR") && t.isWord(i + 1, "REPLACE"))
            i += 2;
        if (t.isWord(i, "TEMPORARY"))
            ++i;
        shape.createTable = t.isWord(i, "TABLE");
        shape.createView = t.isWord(i, "VIEW");
        shape.createCatalog = t.isWord(i, "CATALOG");
        if (!shape.createTable && !shape.createView)
            return shape;
        ++i;
        if (t.isWord(i, "IF") && t.isWord(i + 1, "NOT") && t.isWord(i + 2, "EXISTS"))
            i += 3;
        if (t.isName(i)) {
            t.path(i, &shape.nameEnd);
            if (shape.createTable && t.isPunct(shape.nameEnd, '('))
                shape.columnsParen = shape.nameEnd;
        }
        return shape;
    }
    if (t.isWord(i, "EXECUTE"))
        ++i;
    if (t.isWord(i, "INSERT") && t.isAnyWord(i + 1, {"INTO", "OVERWRITE"}) && t.isName(i + 2)) {
        shape.insertPath = t.path(i + 2, &shape.insertNameEnd);
        if (t.isPunct(shape.insertNameEnd, '(') &&
            !t.isAnyWord(shape.insertNameEnd + 1, {"SELECT", "WITH", "VALUES"}))
            shape.insertParen = shape.insertNameEnd;
    }
    return shape;
}

CompletionFrames::CompletionFrames(const CompletionTokens &t, int start, int n)
    : m_shape(shapeOf(t, start))
{
    for (int i = start; i < n; ++i) {
        Frame &top = m_frames.last();
        if (t.isPunct(i, '(')) {
            Frame frame;
            frame.open = i;
            frame.clause = top.clause;
            if (t.isWord(i - 1, "WITH")) {
                frame.kind = Kind::WithOptions;
            } else if (i == m_shape.columnsParen) {
                frame.kind = Kind::ColumnDefs;
            } else if (i == m_shape.insertParen) {
                frame.kind = Kind::InsertColumns;
            } else if (top.kind == Kind::ColumnDefs && t.isWord(i - 1, "KEY")) {
                frame.kind = Kind::OwnColumns;
            } else if (t.isAnyWord(i + 1, {"SELECT", "WITH", "VALUES"})) {
                frame.kind = Kind::Query;
                frame.clause = CompletionClause::None;
            } else if (t.isWord(i - 1, "OVER")) {
                frame.kind = Kind::Over;
                frame.clause = CompletionClause::None;
            } else if ((t.isName(i - 1) || t.isKeyword(i - 1)) &&
                       !opensPlainParentheses(t, i - 1)) {
                frame.kind = Kind::Function;
                frame.function = t.text(i - 1).toUpper();
            } else {
                frame.kind = Kind::Query;
            }
            m_frames.append(frame);
            continue;
        }
        if (t.isPunct(i, ')')) {
            if (m_frames.size() > 1)
                m_frames.removeLast();
            continue;
        }
        if (top.kind == Kind::WithOptions || top.kind == Kind::ColumnDefs)
            continue;
        if (t.isWord(i, "SELECT"))
            top.clause = CompletionClause::Select;
        else if (t.isWord(i, "FROM") && !t.isWord(i - 1, "DISTINCT") && top.kind != Kind::Function)
            top.clause = CompletionClause::From;
        else if (t.isWord(i, "JOIN"))
            top.clause = CompletionClause::Join;
        else if (t.isWord(i, "ON") && top.clause == CompletionClause::Join)
            top.clause = CompletionClause::On;
        else if (t.isAnyWord(i, {"WHERE", "QUALIFY"}))
            top.clause = CompletionClause::Where;
        else if (t.isWord(i, "HAVING"))
            top.clause = CompletionClause::Having;
        else if (t.isWord(i, "GROUP") && t.isWord(i + 1, "BY"))
            top.clause = CompletionClause::GroupBy;
        else if (t.isWord(i, "ORDER") && t.isWord(i + 1, "BY"))
            top.clause = CompletionClause::OrderBy;
        else if (t.isWord(i, "PARTITION") && t.isWord(i + 1, "BY"))
            top.clause = CompletionClause::PartitionBy;
        else if (t.isAnyWord(i, {"LIMIT", "OFFSET", "FETCH"}))
            top.clause = CompletionClause::Limit;
        else if (t.isWord(i, "WINDOW") && top.kind != Kind::Function)
            top.clause = CompletionClause::Window;
        else if (t.isWord(i, "VALUES"))
            top.clause = CompletionClause::Values;
        else if (t.isWord(i, "SET") && i > start)
            top.clause = CompletionClause::Set;
        else if (t.isAnyWord(i, {"UNION", "INTERSECT", "EXCEPT", "MINUS", "INTO"}))
            top.clause = CompletionClause::None;
    }
}

} // namespace Weir::Internal
