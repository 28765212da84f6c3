#include "statementtracker.h"

#include "sql/statementsplitter.h"
#include "sql/textpositions.h"

#include <Qsci/qsciscintillabase.h>

namespace Weir::Internal {

using Sci = QsciScintillaBase;

void StatementTracker::setDialect(SqlDialect dialect)
{
    m_dialect = dialect;
    m_index.setDialect(dialect);
}

void StatementTracker::textModified(int type, qsizetype position, qsizetype length)
{
    if (type & Sci::SC_MOD_INSERTTEXT)
        m_index.textInserted(position, length);
    else if (type & Sci::SC_MOD_DELETETEXT)
        m_index.textDeleted(position, length);
}

void StatementTracker::ensureExactAt(qsizetype position)
{
    if (m_index.isExactAt(position))
        return;
    const qsizetype length = m_editor->SendScintilla(Sci::SCI_GETLENGTH);
    const qsizetype from = m_index.resumeOffset();
    // Only the text after the last exact statement: Scintilla's gap moves at most there.
    const auto *rest = reinterpret_cast<const char *>(
        m_editor->SendScintilla(Sci::SCI_GETRANGEPOINTER, from, length - from));
    m_index.update(QByteArrayView(rest, length - from), position);
}

int StatementTracker::indexAtCaret()
{
    Sci *e = m_editor;
    qsizetype position = e->SendScintilla(Sci::SCI_GETCURRENTPOS);
    const int line = int(e->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(position)));
    const qsizetype lineStart = e->SendScintilla(Sci::SCI_POSITIONFROMLINE, line);
    const qsizetype lineEnd = e->SendScintilla(Sci::SCI_GETLINEENDPOSITION, line);
    auto blank = [e](qsizetype p) {
        const long c = e->SendScintilla(Sci::SCI_GETCHARAT, ulong(p));
        return c == ' ' || c == '\t';
    };
    qsizetype after = position;
    while (after < lineEnd && blank(after))
        ++after;
    qsizetype before = position;
    while (before > lineStart && blank(before - 1))
        --before;
    if (after == lineEnd && before > lineStart &&
        e->SendScintilla(Sci::SCI_GETCHARAT, ulong(before - 1)) == ';')
        position = before - 1;
    ensureExactAt(position);
    return m_index.indexAt(position);
}

QPair<int, int> StatementTracker::linesAtCaret()
{
    const int i = indexAtCaret();
    if (i < 0)
        return {-1, -1};
    const StatementIndex::Extent &e = m_index.at(i);
    return {int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(e.begin))),
            int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(e.lastByte())))};
}

QVector<Statement> StatementTracker::splitRange(qsizetype begin, qsizetype end) const
{
    Sci *e = m_editor;
    const auto *text =
        reinterpret_cast<const char *>(e->SendScintilla(Sci::SCI_GETCHARACTERPOINTER));
    QVector<Statement> statements =
        StatementSplitter::split(QByteArrayView(text + begin, end - begin), m_dialect);
    if (begin == 0)
        return statements;
    // The part's positions count from its start, as Flink's count from a statement's: move them
    // to the script's through the one conversion module.
    const int line = int(e->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(begin)));
    const qsizetype lineStart = e->SendScintilla(Sci::SCI_POSITIONFROMLINE, line);
    const LineColumn anchor{
        line + 1, int(TextPositions::utf16Length(text + lineStart, begin - lineStart)) + 1};
    const qsizetype utf16 = TextPositions::utf16Length(text, begin);
    for (Statement &s : statements) {
        s.begin.value += begin;
        s.end.value += begin;
        s.extentBegin.value += begin;
        s.extentEnd.value += begin;
        if (s.terminator >= 0)
            s.terminator += begin;
        s.utf16Begin.value += utf16;
        s.utf16End.value += utf16;
        s.start = TextPositions::fromStatementRelative(anchor, s.start);
        s.finish = TextPositions::fromStatementRelative(anchor, s.finish);
    }
    return statements;
}

QVector<Statement> StatementTracker::all() const
{
    return splitRange(0, m_editor->SendScintilla(Sci::SCI_GETLENGTH));
}

std::optional<Statement> StatementTracker::atCaret()
{
    const int i = indexAtCaret();
    if (i < 0)
        return std::nullopt;
    // The extent starts where the splitter starts afresh: splitting it alone is exact.
    const StatementIndex::Extent &e = m_index.at(i);
    const QVector<Statement> found = splitRange(e.extentBegin, e.extentEnd);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QVector<Statement> StatementTracker::toRun(bool wholeScript)
{
    const qsizetype selectionStart = m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART);
    const qsizetype selectionEnd = m_editor->SendScintilla(Sci::SCI_GETSELECTIONEND);
    if (selectionEnd > selectionStart)
        return splitRange(selectionStart, selectionEnd);
    if (wholeScript)
        return all();
    const std::optional<Statement> current = atCaret();
    return current ? QVector<Statement>{*current} : QVector<Statement>();
}

} // namespace Weir::Internal
