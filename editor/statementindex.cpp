#include "statementindex.h"

#include "sql/lexer.h"
#include "sql/statementsplitter.h"

#include <algorithm>
#include <limits>

namespace Weir::Internal {

namespace {

constexpr qsizetype kMinProbeGap = 1024;
constexpr qsizetype kEverything = std::numeric_limits<qsizetype>::max();

} // namespace

void StatementIndex::setDialect(SqlDialect dialect)
{
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    reset();
}

void StatementIndex::reset()
{
    m_extents.clear();
    m_exact = 0;
    m_complete = false;
    m_staleReachesEnd = false;
    m_editEnd = -1;
    m_changedEnd = kEverything;
}

void StatementIndex::acknowledgeChangesBefore(qsizetype position)
{
    if (m_changedEnd >= 0 && m_changedEnd <= position)
        m_changedEnd = -1;
}

void StatementIndex::textInserted(qsizetype position, qsizetype length)
{
    // Offsets of characters at or after the insertion move; ends (one past a character) move
    // only when that character does.
    auto moveBegin = [&](qsizetype &x) {
        if (x >= position)
            x += length;
    };
    auto moveEnd = [&](qsizetype &x) {
        if (x > position)
            x += length;
    };
    const auto first =
        std::lower_bound(m_extents.begin(), m_extents.end(), position,
                         [](const Extent &e, qsizetype p) { return e.extentEnd < p; });
    for (auto it = first; it != m_extents.end(); ++it) {
        moveBegin(it->extentBegin);
        moveBegin(it->begin);
        moveEnd(it->end);
        moveEnd(it->extentEnd);
        if (it->terminator >= 0)
            moveBegin(it->terminator);
    }
    if (m_changedEnd >= 0 && m_changedEnd != kEverything)
        moveEnd(m_changedEnd);
    if (m_editEnd >= 0)
        moveBegin(m_editEnd);
    m_editEnd = qMax(m_editEnd, position + length);

    // Exact stay the statements that ended with their ';' at or before the insertion.
    int exact = int(first - m_extents.begin());
    while (exact < m_extents.size() && m_extents[exact].extentEnd <= position)
        ++exact;
    while (exact > 0 && m_extents[exact - 1].terminator < 0)
        --exact;
    m_exact = qMin(m_exact, exact);
    m_complete = false;
}

void StatementIndex::textDeleted(qsizetype position, qsizetype length)
{
    const qsizetype deletedEnd = position + length;
    auto move = [&](qsizetype &x) {
        if (x >= deletedEnd)
            x -= length;
        else if (x > position)
            x = position;
    };
    const auto first =
        std::lower_bound(m_extents.begin(), m_extents.end(), position,
                         [](const Extent &e, qsizetype p) { return e.extentEnd < p; });
    for (auto it = first; it != m_extents.end(); ++it) {
        // A ';' that was deleted can no longer be where old and new splits meet.
        if (it->terminator >= position && it->terminator < deletedEnd)
            it->terminator = -1;
        move(it->extentBegin);
        move(it->begin);
        move(it->end);
        move(it->extentEnd);
        if (it->terminator >= 0)
            move(it->terminator);
    }
    if (m_changedEnd >= 0 && m_changedEnd != kEverything)
        move(m_changedEnd);
    if (m_editEnd >= 0)
        move(m_editEnd);
    m_editEnd = qMax(m_editEnd, position);

    int exact = int(first - m_extents.begin());
    while (exact < m_extents.size() && m_extents[exact].extentEnd <= position &&
           m_extents[exact].terminator >= 0)
        ++exact;
    while (exact > 0 && m_extents[exact - 1].terminator < 0)
        --exact;
    m_exact = qMin(m_exact, exact);
    m_complete = false;
}

bool StatementIndex::isExactAt(qsizetype position) const
{
    return m_complete || (m_exact > 0 && m_extents[m_exact - 1].extentEnd > position);
}

qsizetype StatementIndex::resumeOffset() const
{
    return m_exact > 0 ? m_extents[m_exact - 1].extentEnd : 0;
}

void StatementIndex::update(QByteArrayView rest, qsizetype upTo)
{
    if (isExactAt(upTo))
        return;
    const qsizetype from = resumeOffset();
    const QVector<Extent> stale = m_extents.mid(m_exact);
    m_extents.resize(m_exact);
    int candidate = 0; // the first stale extent whose ';' is not behind the lexer
    auto take = [&](const QVector<Statement> &statements) {
        for (const Statement &st : statements) {
            Extent e;
            e.extentBegin = from + st.extentBegin.value;
            e.begin = from + st.begin.value;
            e.end = from + st.end.value;
            e.extentEnd = from + st.extentEnd.value;
            e.terminator = st.terminator >= 0 ? from + st.terminator : -1;
            m_extents.append(e);
        }
    };

    StatementSplitter splitter(rest);
    Lexer lexer(rest, m_dialect);
    Token token;
    qsizetype nextProbe = 0;
    while (lexer.next(&token)) {
        splitter.add(token);
        if (token.kind != TokenKind::Punctuation || rest[token.offset] != ';')
            continue;
        const qsizetype at = from + token.offset;
        while (candidate < stale.size() && stale[candidate].terminator < at)
            ++candidate;
        // Text from an old statement end after the edits on is unchanged: if the new split
        // ends a statement there too, both agree from there on.
        const bool anchor = m_staleReachesEnd && candidate < stale.size() &&
                            stale[candidate].terminator == at && m_editEnd >= 0 && at >= m_editEnd;
        if ((!anchor && at < upTo) || at < nextProbe)
            continue;
        // Whether this ';' ends a statement (and not an empty one, or one inside EXECUTE
        // STATEMENT SET) only a finished copy of the splitter can tell. A probe costs as much
        // as the text split so far, so after a miss wait until that has doubled.
        StatementSplitter probe = splitter;
        const QVector<Statement> found = probe.finish();
        if (found.isEmpty() || found.last().terminator != token.offset) {
            nextProbe = at + qMax(kMinProbeGap, at - from);
            continue;
        }
        take(found);
        if (m_changedEnd != kEverything)
            m_changedEnd = qMax(m_changedEnd, at + 1);
        if (anchor) {
            m_extents.append(stale.mid(candidate + 1));
            m_exact = int(m_extents.size());
            m_complete = true;
            m_staleReachesEnd = true;
            m_editEnd = -1;
            return;
        }
        // Far enough for now. The old extents after this point do not continue these new ones
        // (they split other text around the edits): drop them; until a split reaches the end
        // again there is nothing to meet.
        m_exact = int(m_extents.size());
        m_staleReachesEnd = false;
        return;
    }
    take(splitter.finish());
    m_exact = int(m_extents.size());
    m_complete = true;
    m_staleReachesEnd = true;
    m_editEnd = -1;
    m_changedEnd = from + rest.size();
}

int StatementIndex::indexAt(qsizetype position) const
{
    const int count = m_complete ? int(m_extents.size()) : m_exact;
    if (count == 0)
        return -1;
    const auto end = m_extents.cbegin() + count;
    const auto it = std::upper_bound(m_extents.cbegin(), end, position,
                                     [](qsizetype p, const Extent &e) { return p < e.extentEnd; });
    return it == end ? count - 1 : int(it - m_extents.cbegin());
}

} // namespace Weir::Internal
