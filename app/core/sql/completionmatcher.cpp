#include "sql/completionmatcher.h"

namespace Weir::Internal {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
           c == QLatin1Char(' ') || c == QLatin1Char('$');
}

} // namespace

CompletionMatcher::CompletionMatcher(QStringView pattern) : m_pattern(pattern.toString().toLower())
{}

CompletionMatcher::Match CompletionMatcher::match(QStringView candidate) const
{
    if (m_pattern.isEmpty())
        return Prefix;
    return match(candidate, candidate.toString().toLower());
}

CompletionMatcher::Match CompletionMatcher::match(QStringView candidate, QStringView lowered) const
{
    const qsizetype n = m_pattern.size();
    if (n == 0)
        return Prefix;
    if (lowered.size() < n)
        return NoMatch;
    // By hand: QStringView::startsWith goes through an out-of-line compare, and this runs
    // for each of 50,000 table names per keystroke.
    const QChar *name = lowered.data();
    const QChar *pattern = m_pattern.constData();
    qsizetype k = 0;
    while (k < n && name[k] == pattern[k])
        ++k;
    if (k == n)
        return lowered.size() == n ? Exact : Prefix;
    // Cheap rejection first: most of 50,000 names are not even a subsequence.
    qsizetype p = 0;
    for (qsizetype i = 0; i < lowered.size() && p < n; ++i) {
        if (name[i] == pattern[p])
            ++p;
    }
    if (p < n)
        return NoMatch;
    Starts starts;
    for (int i = 0; i < candidate.size() && i < lowered.size(); ++i) {
        const QChar c = candidate.at(i);
        if (isSeparator(c))
            continue;
        if (i == 0 || isSeparator(candidate.at(i - 1)) ||
            (c.isUpper() && candidate.at(i - 1).isLower()) ||
            (c.isDigit() && !candidate.at(i - 1).isDigit()))
            starts.append(i);
    }
    if (wordStartMatch(lowered, starts, 0, 0))
        return WordStart;
    // A subsequence must still begin where a word does: "us" should not find
    // "defa(u)lt_databa(s)e", which only adds noise to the list.
    for (const int start : starts) {
        if (lowered.at(start) != m_pattern.at(0))
            continue;
        qsizetype q = 1;
        for (qsizetype i = start + 1; i < lowered.size() && q < n; ++i) {
            if (lowered.at(i) == m_pattern.at(q))
                ++q;
        }
        if (q == n)
            return Subsequence;
    }
    return NoMatch;
}

bool CompletionMatcher::wordStartMatch(QStringView lowered, const Starts &starts, int p,
                                       int w) const
{
    if (p >= m_pattern.size())
        return true;
    for (int wi = w; wi < starts.size(); ++wi) {
        const int start = starts.at(wi);
        const int end = wi + 1 < starts.size() ? starts.at(wi + 1) : int(lowered.size());
        int k = 0;
        while (p + k < m_pattern.size() && start + k < end &&
               lowered.at(start + k) == m_pattern.at(p + k))
            ++k;
        for (int taken = k; taken >= 1; --taken) {
            if (wordStartMatch(lowered, starts, p + taken, wi + 1))
                return true;
        }
    }
    return false;
}

} // namespace Weir::Internal
