#include "sql/completionranking.h"

#include <QSet>
#include <algorithm>

namespace Weir::Internal {

CompletionRanking::CompletionRanking(QStringView prefix, int limit)
    : m_matcher(prefix), m_limit(limit)
{}

int CompletionRanking::addSource(Make make)
{
    m_sources.append(std::move(make));
    return int(m_sources.size()) - 1;
}

bool CompletionRanking::consider(int source, int index, QStringView name, int priority)
{
    return add(m_matcher.match(name), source, index, priority);
}

bool CompletionRanking::consider(int source, int index, QStringView name, QStringView lowered,
                                 int priority)
{
    return add(m_matcher.match(name, lowered), source, index, priority);
}

bool CompletionRanking::add(CompletionMatcher::Match match, int source, int index, int priority)
{
    if (match == CompletionMatcher::NoMatch)
        return false;
    const quint64 sequence = quint64(m_entries.size());
    const quint64 key =
        (quint64(match) << 56) | (quint64(qBound(0, priority, 255)) << 48) | sequence;
    m_entries.append({key, source, index});
    return true;
}

CompletionResult CompletionRanking::take(ByteOffset replaceBegin, ByteOffset replaceEnd)
{
    CompletionResult result;
    result.replaceBegin = replaceBegin;
    result.replaceEnd = replaceEnd;
    result.prefix = m_matcher.pattern();
    auto byKey = [](const Entry &a, const Entry &b) { return a.key < b.key; };
    // Room for duplicates that are dropped below.
    const qsizetype keep = qMin<qsizetype>(m_entries.size(), qsizetype(m_limit) * 2 + 16);
    std::partial_sort(m_entries.begin(), m_entries.begin() + keep, m_entries.end(), byKey);
    QSet<QString> seen;
    for (qsizetype i = 0; i < keep; ++i) {
        const Entry &entry = m_entries.at(i);
        CompletionCandidate candidate = m_sources.at(entry.source)(entry.index);
        const QString identity =
            QString::number(int(candidate.kind)) + QLatin1Char(':') + candidate.display;
        if (seen.contains(identity))
            continue;
        seen.insert(identity);
        if (result.candidates.size() == m_limit) {
            result.truncated = true;
            break;
        }
        candidate.replaceBegin = replaceBegin;
        candidate.replaceEnd = replaceEnd;
        result.candidates.append(std::move(candidate));
    }
    if (keep < m_entries.size())
        result.truncated = true;
    m_entries.clear();
    return result;
}

} // namespace Weir::Internal
