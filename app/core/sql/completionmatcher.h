#pragma once

#include <QString>
#include <QVarLengthArray>

namespace Weir::Internal {

// How well a typed prefix matches a candidate name, case-insensitively: exactly, as a prefix,
// by the starts of its words (ordid -> order_id, oT -> orderTime), or as a subsequence that
// begins at a word start (fuzzy: odt -> order_item). Lower is better. Value type; any thread.
class CompletionMatcher
{
public:
    enum Match : quint8 { Exact = 0, Prefix = 1, WordStart = 2, Subsequence = 3, NoMatch = 4 };

    explicit CompletionMatcher(QStringView pattern);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    const QString &pattern() const { return m_pattern; } // lower case

    Match match(QStringView candidate) const;
    // With the candidate's lower-case form at hand (catalog indexes keep it).
    Match match(QStringView candidate, QStringView lowered) const;

private:
    using Starts = QVarLengthArray<int, 16>;
    bool wordStartMatch(QStringView lowered, const Starts &starts, int p, int w) const;

    QString m_pattern;
};

} // namespace Weir::Internal
