#pragma once

#include "sql/token.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>
#include <initializer_list>

namespace Weir::Internal {

// The significant tokens of one statement (no white space, comments or hints) with the small
// reading helpers the completion code shares: words, names, string values, matching
// parentheses, dotted paths. Value type over a view of the script; any thread.
class CompletionTokens
{
public:
    CompletionTokens() = default;
    // Keeps the significant tokens among tokens[first, last).
    CompletionTokens(QByteArrayView script, const QVector<Token> &tokens, int first, int last);

    int size() const { return int(m_tokens.size()); }
    bool isEmpty() const { return m_tokens.isEmpty(); }
    const Token &at(int i) const { return m_tokens.at(i); }
    QByteArrayView script() const { return m_script; }
    QByteArrayView bytes(int i) const;
    QString text(int i) const;

    // An unquoted keyword, type name or identifier spelled `upperWord` in any case.
    bool isWord(int i, const char *upperWord) const;
    bool isAnyWord(int i, std::initializer_list<const char *> upperWords) const;
    bool isPunct(int i, char c) const;
    bool isOperator(int i, const char *op) const;
    // A keyword or data type name, unquoted.
    bool isKeyword(int i) const;
    // What may stand for a name: an identifier, a `quoted` one, or a non-reserved keyword.
    bool isName(int i) const;
    // The name a token stands for: backticks removed and doubled backticks undone.
    QString name(int i) const;
    bool isString(int i) const;
    // The value of a '...' literal ('' undone); of an unterminated one, up to the end.
    QString stringValue(int i) const;

    // The index of the ')' closing the '(' at `open`, or size() when it is not closed.
    int closing(int open) const;
    // The index of the '(' that the ')' at `close` closes, or -1.
    int opening(int close) const;
    // a.b.c starting at i (each part a name); *next gets the index after it.
    QStringList path(int i, int *next) const;
    // The first token that ends after `offset`, or size().
    int indexAfter(qsizetype offset) const;

private:
    QByteArrayView m_script;
    QVector<Token> m_tokens;
    QVector<int> m_partner; // index of the matching parenthesis, or -1
};

} // namespace Weir::Internal
