#include "sql/formattokens.h"

namespace Weir::Internal {

namespace {

bool hasLineBreak(QByteArrayView script, const Token &token)
{
    const char *p = script.data() + token.offset;
    for (qsizetype i = 0; i < token.length; ++i) {
        if (p[i] == '\n' || p[i] == '\r')
            return true;
    }
    return false;
}

bool joinWord(Word word)
{
    switch (word) {
    case Word::Natural:
    case Word::Inner:
    case Word::Left:
    case Word::Right:
    case Word::Full:
    case Word::Cross:
    case Word::Outer:
        return true;
    default:
        return false;
    }
}

} // namespace

FormatTokens::FormatTokens(QByteArrayView script, const Token *tokens, qsizetype tokenCount)
    : m_script(script)
{
    m_items.reserve(tokenCount);
    bool space = false;
    bool line = false;
    bool previousSignificant = false;
    for (qsizetype i = 0; i < tokenCount; ++i) {
        const Token &t = tokens[i];
        if (t.kind == TokenKind::Whitespace) {
            space = true;
            line = line || hasLineBreak(script, t);
            continue;
        }
        Item item;
        item.token = t;
        item.word = FormatRules::wordOf(script, t);
        item.lineBefore = line;
        item.adjacent = previousSignificant && !space;
        if (!m_items.isEmpty())
            m_items.last().lineAfter = m_items.last().lineAfter || line;
        item.lineAfter = t.kind == TokenKind::LineComment;
        previousSignificant = !isComment(item);
        if (previousSignificant)
            m_significant.append(int(m_items.size()));
        m_items.append(item);
        space = line = false;
    }

    // Brackets match when they are of one kind; a stray closer matches nothing.
    m_match = QVector<int>(m_significant.size(), -1);
    QVector<int> open;
    for (int k = 0; k < count(); ++k) {
        if (opener(k)) {
            open.append(k);
        } else if (const char c = closer(k)) {
            if (!open.isEmpty() && FormatRules::closerOf(opener(open.last())) == c) {
                m_match[k] = open.last();
                m_match[open.last()] = k;
                open.removeLast();
            }
        }
    }
}

int FormatTokens::listItems(int k) const
{
    int items = 1;
    for (int j = k + 1; j < count(); ++j) {
        if (opener(j)) {
            if (m_match.at(j) < 0)
                break; // the rest of the statement lies inside an unclosed bracket
            j = m_match.at(j);
            continue;
        }
        if (closer(j) || isChar(j, ';') || FormatRules::endsList(word(j)))
            break;
        if (isChar(j, ','))
            ++items;
    }
    return items;
}

int FormatTokens::optionKeyWidth(int k) const
{
    const int end = m_match.at(k) >= 0 ? m_match.at(k) : count();
    int widest = 0;
    bool entryStart = true;
    for (int j = k + 1; j < end; ++j) {
        if (entryStart && token(j).kind == TokenKind::String && isChar(j + 1, '='))
            widest = qMax(widest, width(j));
        entryStart = false;
        if (opener(j) && m_match.at(j) > j)
            j = m_match.at(j);
        else if (isChar(j, ','))
            entryStart = true;
    }
    return widest;
}

bool FormatTokens::startsJoin(int k) const
{
    if (joinWord(word(k - 1)))
        return false; // inside the phrase, not its start
    int j = k;
    while (joinWord(word(j)))
        ++j;
    return word(j) == Word::Join;
}

int FormatTokens::width(int k) const
{
    const Token &t = token(k);
    int codePoints = 0;
    for (qsizetype i = 0; i < t.length; ++i)
        codePoints += (quint8(m_script[t.offset + i]) & 0xC0) != 0x80 ? 1 : 0;
    return codePoints;
}

} // namespace Weir::Internal
