#pragma once

#include "sql/statement.h"
#include "statementindex.h"

#include <QPair>
#include <QVector>
#include <optional>

class QsciScintillaBase;

namespace Weir::Internal {

// The statements of one editor's text: a StatementIndex kept in step with the edits (cheap byte
// extents for the current-statement mark and for folding), and exact Statements on request,
// split by the core StatementSplitter from the editor's own buffer. A selection or a single
// statement is split on its own and its positions moved to the script's. GUI thread.
class StatementTracker
{
public:
    explicit StatementTracker(QsciScintillaBase *editor) : m_editor(editor) {}

    StatementIndex *index() { return &m_index; }
    void setDialect(SqlDialect dialect);
    SqlDialect dialect() const { return m_dialect; }
    // From SCN_MODIFIED.
    void textModified(int type, qsizetype position, qsizetype length);

    // The index of the extent under the caret; a caret at the end of a line right after a
    // statement's ';' counts as on that statement. -1 when there are no statements.
    int indexAtCaret();
    // The lines (0-based, inclusive) of the statement under the caret, or {-1, -1}.
    QPair<int, int> linesAtCaret();

    QVector<Statement> all() const;
    std::optional<Statement> atCaret();
    // The statements of the selection (if any), else the one at the caret or all of them.
    QVector<Statement> toRun(bool wholeScript);
    // Statements of text [begin, end), which must start where the splitter starts afresh (the
    // script start, an extent start, or wherever a user's selection starts).
    QVector<Statement> splitRange(qsizetype begin, qsizetype end) const;

private:
    void ensureExactAt(qsizetype position);

    QsciScintillaBase *m_editor;
    StatementIndex m_index;
    SqlDialect m_dialect = SqlDialect::Latest;
};

} // namespace Weir::Internal
