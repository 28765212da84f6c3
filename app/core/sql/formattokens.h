#pragma once

#include "sql/formatrules.h"
#include "sql/token.h"

#include <QByteArrayView>
#include <QVector>

namespace Weir::Internal {

// One statement's tokens as the formatter's layout sees them: the non-whitespace tokens with
// where line breaks were around them, the significant ones (not comments) by index, matching
// brackets, and the look-aheads the layout needs (how many items a list has, how wide option
// keys are). Built once per statement; read-only afterwards; any thread.
class FormatTokens
{
public:
    struct Item
    {
        Token token;
        Word word = Word::None;
        bool lineBefore = false; // a line break in the white space before it
        bool lineAfter = false;  // a line break after it (always for a line comment)
        bool adjacent = false;   // directly after the previous significant token, no space
    };

    FormatTokens(QByteArrayView script, const Token *tokens, qsizetype tokenCount);

    const QVector<Item> &items() const { return m_items; }
    static bool isComment(const Item &item)
    {
        return item.token.kind == TokenKind::LineComment ||
               item.token.kind == TokenKind::BlockComment;
    }

    // Significant tokens, k = 0 .. count() - 1.
    int count() const { return int(m_significant.size()); }
    const Item &at(int k) const { return m_items.at(m_significant.at(k)); }
    const Token &token(int k) const { return at(k).token; }
    const Token *tokenOrNull(int k) const { return k >= 0 && k < count() ? &token(k) : nullptr; }
    Word word(int k) const { return k >= 0 && k < count() ? at(k).word : Word::None; }
    bool isChar(int k, char c) const
    {
        return k >= 0 && k < count() && FormatRules::isChar(m_script, token(k), c);
    }
    char opener(int k) const { return FormatRules::opener(m_script, token(k)); }
    char closer(int k) const { return FormatRules::closer(m_script, token(k)); }
    // The bracket matching the one at k, or -1.
    int match(int k) const { return m_match.at(k); }

    // The number of comma-separated items of the list that starts after k, up to the end of the
    // enclosing brackets, a ';' or a clause keyword at the same depth.
    int listItems(int k) const;
    // The widest 'key' of the `'key' = value` entries in the brackets opened at k (code points).
    int optionKeyWidth(int k) const;
    // Whether the word at k starts a join: [NATURAL] [INNER|LEFT|RIGHT|FULL|CROSS] [OUTER] JOIN.
    bool startsJoin(int k) const;
    // Code points of a token's text (for alignment).
    int width(int k) const;

private:
    QByteArrayView m_script;
    QVector<Item> m_items;
    QVector<int> m_significant; // indices into m_items
    QVector<int> m_match;       // per significant token
};

} // namespace Weir::Internal
