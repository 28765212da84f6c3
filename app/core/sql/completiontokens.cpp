#include "sql/completiontokens.h"

#include "sql/statementclassifier.h"

#include <algorithm>

namespace Weir::Internal {

CompletionTokens::CompletionTokens(QByteArrayView script, const QVector<Token> &tokens, int first,
                                   int last)
    : m_script(script)
{
    for (int i = qMax(0, first); i < last && i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.isTrivia() || token.kind == TokenKind::Hint)
            continue;
        m_tokens.append(token);
    }
    m_partner.fill(-1, m_tokens.size());
    QVector<int> open;
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (isPunct(i, '(')) {
            open.append(i);
        } else if (isPunct(i, ')') && !open.isEmpty()) {
            const int o = open.takeLast();
            m_partner[o] = i;
            m_partner[i] = o;
        }
    }
}

QByteArrayView CompletionTokens::bytes(int i) const
{
    const Token &token = m_tokens.at(i);
    return m_script.sliced(token.offset, token.length);
}

QString CompletionTokens::text(int i) const
{
    return QString::fromUtf8(bytes(i));
}

bool CompletionTokens::isWord(int i, const char *upperWord) const
{
    if (i < 0 || i >= size())
        return false;
    const TokenKind kind = m_tokens.at(i).kind;
    if (kind != TokenKind::Keyword && kind != TokenKind::DataType && kind != TokenKind::Identifier)
        return false;
    return StatementClassifier::isWord(m_script, m_tokens.at(i), upperWord);
}

bool CompletionTokens::isAnyWord(int i, std::initializer_list<const char *> upperWords) const
{
    for (const char *word : upperWords) {
        if (isWord(i, word))
            return true;
    }
    return false;
}

bool CompletionTokens::isPunct(int i, char c) const
{
    if (i < 0 || i >= size())
        return false;
    const Token &token = m_tokens.at(i);
    return token.kind == TokenKind::Punctuation && m_script.at(token.offset) == c;
}

bool CompletionTokens::isOperator(int i, const char *op) const
{
    if (i < 0 || i >= size())
        return false;
    const Token &token = m_tokens.at(i);
    return token.kind == TokenKind::Operator && bytes(i) == QByteArrayView(op);
}

bool CompletionTokens::isKeyword(int i) const
{
    if (i < 0 || i >= size())
        return false;
    const TokenKind kind = m_tokens.at(i).kind;
    return kind == TokenKind::Keyword || kind == TokenKind::DataType;
}

bool CompletionTokens::isName(int i) const
{
    if (i < 0 || i >= size())
        return false;
    const Token &token = m_tokens.at(i);
    switch (token.kind) {
    case TokenKind::Identifier:
        return true;
    case TokenKind::QuotedIdentifier:
        return !(token.flags & Token::DoubleQuoted);
    case TokenKind::Keyword:
    case TokenKind::DataType:
        return !token.isReserved();
    case TokenKind::Error:
        return token.error == LexError::UnterminatedBacktick;
    default:
        return false;
    }
}

QString CompletionTokens::name(int i) const
{
    const Token &token = m_tokens.at(i);
    QByteArrayView b = bytes(i);
    const bool quoted =
        token.kind == TokenKind::QuotedIdentifier ||
        (token.kind == TokenKind::Error && token.error == LexError::UnterminatedBacktick);
    if (!quoted)
        return QString::fromUtf8(b);
    b = b.sliced(1);
    if (token.kind == TokenKind::QuotedIdentifier && !b.isEmpty())
        b.chop(1);
    QString name = QString::fromUtf8(b);
    name.replace(QLatin1String("``"), QLatin1String("`"));
    return name;
}

bool CompletionTokens::isString(int i) const
{
    if (i < 0 || i >= size())
        return false;
    const Token &token = m_tokens.at(i);
    return token.kind == TokenKind::String ||
           (token.kind == TokenKind::Error && token.error == LexError::UnterminatedString);
}

QString CompletionTokens::stringValue(int i) const
{
    const Token &token = m_tokens.at(i);
    QByteArrayView b = bytes(i).sliced(1);
    if (token.kind == TokenKind::String && !b.isEmpty())
        b.chop(1);
    QString value = QString::fromUtf8(b);
    value.replace(QLatin1String("''"), QLatin1String("'"));
    return value;
}

int CompletionTokens::closing(int open) const
{
    const int partner = m_partner.value(open, -1);
    return partner < 0 ? size() : partner;
}

int CompletionTokens::opening(int close) const
{
    return m_partner.value(close, -1);
}

QStringList CompletionTokens::path(int i, int *next) const
{
    QStringList parts;
    while (isName(i)) {
        parts.append(name(i));
        if (!isPunct(i + 1, '.') || !isName(i + 2)) {
            ++i;
            break;
        }
        i += 2;
    }
    if (next)
        *next = i;
    return parts;
}

int CompletionTokens::indexAfter(qsizetype offset) const
{
    const auto it = std::upper_bound(
        m_tokens.begin(), m_tokens.end(), offset,
        [](qsizetype value, const Token &token) { return value < token.offset + token.length; });
    return int(it - m_tokens.begin());
}

} // namespace Weir::Internal
