#pragma once

#include "sql/token.h"

#include <QByteArrayView>
#include <QVector>

namespace Weir::Internal {

// The byte extents of a script's statements, kept current cheaply while the script is edited,
// for the editor's current-statement mark and statement folding. The splitting itself is the
// core StatementSplitter's: after an edit the index re-splits from the last statement that
// ended before it, and stops as soon as the new split ends a statement exactly where the old one
// did (from there on both agree), or, lazily, once it has passed the offset a caller asked for.
// Statements to run come from a full split, not from here. Value type; one thread at a time
// (the GUI thread, or a worker the GUI thread waits for, see SqlLexerBridge).
class StatementIndex
{
public:
    struct Extent
    {
        qsizetype extentBegin = 0; // see Statement: leading comments, the statement, its ';'
        qsizetype begin = 0;       // first significant byte
        qsizetype end = 0;         // after the last significant byte
        qsizetype extentEnd = 0;
        qsizetype terminator = -1; // the ';' that ends it, or -1

        // The last byte that belongs to the statement proper (its ';' when it has one).
        qsizetype lastByte() const { return terminator >= 0 ? terminator : end - 1; }
    };

    explicit StatementIndex(SqlDialect dialect = SqlDialect::Latest) : m_dialect(dialect) {}

    void setDialect(SqlDialect dialect);
    // Forget everything (the whole text changed, or its meaning did).
    void reset();
    // Keep the extents in step with an edit of the text (Scintilla's SCN_MODIFIED).
    void textInserted(qsizetype position, qsizetype length);
    void textDeleted(qsizetype position, qsizetype length);

    // True when an exact extent ends after `position` (or everything is exact): indexAt() may
    // then be asked about it without update().
    bool isExactAt(qsizetype position) const;
    // Where update() will start reading: callers hand it the text from there to the end.
    qsizetype resumeOffset() const;
    // Makes the extents exact at least up to `upTo`. `rest` is the current text from
    // resumeOffset() to its end.
    void update(QByteArrayView rest, qsizetype upTo);

    bool isComplete() const { return m_complete; }
    int exactCount() const { return m_exact; }
    const Extent &at(int index) const { return m_extents.at(index); }
    // As StatementSplitter::indexAt over the exact extents: the one whose extent holds
    // `position`, the last one for trailing text, -1 when there are none. Requires
    // isExactAt(position).
    int indexAt(qsizetype position) const;

    // Extents may differ from what earlier queries saw for offsets before this one (-1: none).
    // Cleared by acknowledgeChangesBefore() once a caller has caught up past it.
    qsizetype changedEnd() const { return m_changedEnd; }
    void acknowledgeChangesBefore(qsizetype position);

private:
    SqlDialect m_dialect;
    // [0, m_exact) are exact; the rest are stale extents from before the edits, shifted along
    // with them: candidates where a new split may meet the old one again.
    QVector<Extent> m_extents;
    int m_exact = 0;
    bool m_complete = true; // the empty text has no statements
    // The extents after the exact ones are the rest of a split that went to the end of the
    // text (shifted along with edits since): only then may a new split meet them and stop.
    bool m_staleReachesEnd = true;
    // Text from here on is as it was when the stale extents were exact (-1: no edit since).
    qsizetype m_editEnd = -1;
    qsizetype m_changedEnd = -1;
};

} // namespace Weir::Internal
