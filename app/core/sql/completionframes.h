#pragma once

#include "sql/completioncontext.h"

namespace Weir::Internal {

// The parentheses open at the caret, innermost last, each with what opened it (a query, a WITH
// option list, CREATE TABLE's column list, a function call, ...) and the clause it is in; and
// the statement's shape from its first tokens (what CREATE TABLE or INSERT INTO names). Read
// from a statement's tokens up to the caret. Value type; any thread.
class CompletionFrames
{
public:
    enum class Kind : quint8 {
        Top,
        Query,         // ( SELECT ... ) and plain parentheses
        WithOptions,   // WITH ( 'key' = 'value', ... )
        ColumnDefs,    // CREATE TABLE t ( ... )
        OwnColumns,    // PRIMARY KEY ( ... ) inside the column definitions
        InsertColumns, // INSERT INTO t ( ... )
        Function,      // name ( ... )
        Over,          // OVER ( ... )
    };

    struct Frame
    {
        int open = -1; // index of the '(' (-1 for the statement itself)
        Kind kind = Kind::Top;
        CompletionClause clause = CompletionClause::None;
        QString function; // upper case, for Function frames
    };

    struct Shape
    {
        bool createTable = false;
        bool createView = false;
        bool createCatalog = false;
        int nameEnd = -1;       // index after the created table's or view's name
        int columnsParen = -1;  // '(' of CREATE TABLE's column list
        int insertNameEnd = -1; // index after INSERT INTO's target
        int insertParen = -1;   // '(' of INSERT INTO t ( columns )
        QStringList insertPath;
    };

    // Reads tokens [start, end): end is where the caret is.
    CompletionFrames(const CompletionTokens &tokens, int start, int end);

    const Shape &shape() const { return m_shape; }
    const QVector<Frame> &frames() const { return m_frames; } // never empty

    static Shape shapeOf(const CompletionTokens &tokens, int start);

private:
    Shape m_shape;
    QVector<Frame> m_frames{Frame{}};
};

} // namespace Weir::Internal
