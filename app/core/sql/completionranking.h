#pragma once

#include "sql/completioncandidate.h"
#include "sql/completionmatcher.h"

#include <functional>

namespace Weir::Internal {

// Collects what matches the typed prefix and keeps the best: ordered by match class (exact,
// prefix, word starts, subsequence), then by the context's priority of the kind, then by the
// order candidates were offered (stable ties). Candidates are only built for the few that
// make the cut, so offering 50,000 catalog tables costs little. Value type; any thread.
class CompletionRanking
{
public:
    // Builds the candidate for an index of a source (called only for the best ones).
    using Make = std::function<CompletionCandidate(int index)>;

    CompletionRanking(QStringView prefix, int limit);

    const CompletionMatcher &matcher() const { return m_matcher; }
    int addSource(Make make);
    // Offers candidate `index` of `source`, named `name`; lower priority values rank first.
    bool consider(int source, int index, QStringView name, int priority);
    bool consider(int source, int index, QStringView name, QStringView lowered, int priority);
    int matched() const { return int(m_entries.size()); }

    // The ranked candidates, each given the replace range; duplicates (same display and
    // kind) dropped.
    CompletionResult take(ByteOffset replaceBegin, ByteOffset replaceEnd);

private:
    bool add(CompletionMatcher::Match match, int source, int index, int priority);

    struct Entry
    {
        quint64 key; // match class, priority, sequence
        int source;
        int index;
    };

    CompletionMatcher m_matcher;
    int m_limit;
    QVector<Make> m_sources;
    QVector<Entry> m_entries;
};

} // namespace Weir::Internal
