#include "sql/lexer.h"

#include "sql/charclass.h"
#include "sql/keywords.h"

#include <cstring>

namespace Weir {

using namespace Internal;

Lexer::Lexer(QByteArrayView text, SqlDialect dialect) : Lexer(text, 0, LexState::Normal, dialect) {}

Lexer::Lexer(QByteArrayView text, qsizetype from, LexState state, SqlDialect dialect)
    : m_data(text.data()), m_size(text.size()), m_pos(qBound<qsizetype>(0, from, text.size())),
      m_state(state), m_dialect(dialect)
{}

bool Lexer::next(Token *token)
{
    if (m_pos >= m_size)
        return false;
    const qsizetype start = m_pos;
    token->offset = start;
    token->flags = Token::NoFlags;
    token->error = LexError::None;

    if (m_state != LexState::Normal) {
        const LexState state = m_state;
        m_state = LexState::Normal;
        switch (state) {
        case LexState::BlockComment:
            lexBlockComment(token, start, false);
            return true;
        case LexState::Hint:
            lexBlockComment(token, start, true);
            return true;
        case LexState::String:
            lexQuoted(token, start, '\'', TokenKind::String, LexError::UnterminatedString);
            return true;
        case LexState::Backtick:
            lexQuoted(token, start, '`', TokenKind::QuotedIdentifier,
                      LexError::UnterminatedBacktick);
            return true;
        case LexState::DoubleQuote:
            token->flags = Token::DoubleQuoted;
            lexQuoted(token, start, '"', TokenKind::QuotedIdentifier,
                      LexError::UnterminatedDoubleQuote);
            return true;
        case LexState::Normal:
            break;
        }
    }

    const char *d = m_data;
    const quint8 c = byteAt(d, start);
    const quint8 c1 = start + 1 < m_size ? byteAt(d, start + 1) : 0;
    auto produce = [&](TokenKind kind, qsizetype length) {
        token->kind = kind;
        token->length = length;
        m_pos = start + length;
    };

    switch (kTables.cls[c]) {
    case C_Space: {
        qsizetype p = start + 1;
        while (p < m_size && kTables.cls[byteAt(d, p)] == C_Space)
            ++p;
        produce(TokenKind::Whitespace, p - start);
        return true;
    }
    case C_Letter:
        lexWord(token);
        return true;
    case C_Dollar: {
        qsizetype end = 0;
        if (variableAt(start, &end))
            produce(TokenKind::Variable, end - start);
        else
            lexWord(token);
        return true;
    }
    case C_Digit:
        lexNumber(token);
        return true;
    case C_High: {
        bool unexpected = false;
        bool ignorable = false;
        const int length = nonAsciiCharAt(m_data + start, m_size - start, &unexpected, &ignorable);
        if (ignorable) {
            produce(TokenKind::Whitespace, length);
        } else if (unexpected) {
            token->error = LexError::UnexpectedCharacter;
            produce(TokenKind::Error, length);
        } else {
            lexWord(token);
        }
        return true;
    }
    case C_Quote:
        lexQuoted(token, start + 1, '\'', TokenKind::String, LexError::UnterminatedString);
        return true;
    case C_Backtick:
        lexQuoted(token, start + 1, '`', TokenKind::QuotedIdentifier,
                  LexError::UnterminatedBacktick);
        return true;
    case C_DoubleQuote:
        token->flags = Token::DoubleQuoted;
        lexQuoted(token, start + 1, '"', TokenKind::QuotedIdentifier,
                  LexError::UnterminatedDoubleQuote);
        return true;
    case C_Minus:
        if (c1 != '-') {
            produce(TokenKind::Operator, 1);
            return true;
        }
        [[fallthrough]];
    case C_Slash:
        if (c == '-' || c1 == '/') { // -- or // line comment, up to the line break
            qsizetype p = start + 2;
            while (p < m_size && d[p] != '\n' && d[p] != '\r')
                ++p;
            produce(TokenKind::LineComment, p - start);
            return true;
        }
        if (c1 == '*') {
            const bool hint = start + 2 < m_size && d[start + 2] == '+';
            lexBlockComment(token, start + (hint ? 3 : 2), hint);
            return true;
        }
        produce(TokenKind::Operator, 1);
        return true;
    case C_Dot:
        if (kTables.cls[c1] == C_Digit && start + 1 < m_size)
            lexNumber(token);
        else
            produce(TokenKind::Punctuation, 1);
        return true;
    case C_Punct:
        produce(TokenKind::Punctuation, 1);
        return true;
    case C_Op: {
        bool pair = false;
        switch (c) {
        case '<':
            pair = c1 == '=' || c1 == '>';
            break;
        case '>':
        case '!':
            pair = c1 == '=';
            break;
        case '|':
            pair = c1 == '|';
            break;
        case ':':
            pair = c1 == '=';
            break;
        case '=':
            pair = c1 == '>';
            break;
        default:
            break;
        }
        produce(TokenKind::Operator, pair ? 2 : 1);
        return true;
    }
    default:
        token->error = LexError::UnexpectedCharacter;
        produce(TokenKind::Error, 1);
        return true;
    }
}

void Lexer::lexQuoted(Token *token, qsizetype contentFrom, char quote, TokenKind kind,
                      LexError unterminated)
{
    qsizetype p = contentFrom;
    for (;;) {
        const void *found =
            p < m_size ? std::memchr(m_data + p, quote, size_t(m_size - p)) : nullptr;
        if (!found) {
            token->kind = TokenKind::Error;
            token->error = unterminated;
            token->length = m_size - token->offset;
            m_pos = m_size;
            return;
        }
        p = static_cast<const char *>(found) - m_data + 1;
        if (p < m_size && m_data[p] == quote) {
            ++p; // a doubled quote stands for one quote
            continue;
        }
        break;
    }
    token->kind = kind;
    token->length = p - token->offset;
    m_pos = p;
}

void Lexer::lexBlockComment(Token *token, qsizetype contentFrom, bool hint)
{
    qsizetype p = contentFrom;
    while (p + 1 < m_size) {
        const void *star = std::memchr(m_data + p, '*', size_t(m_size - p - 1));
        if (!star)
            break;
        p = static_cast<const char *>(star) - m_data;
        if (m_data[p + 1] == '/') {
            token->kind = hint ? TokenKind::Hint : TokenKind::BlockComment;
            token->length = p + 2 - token->offset;
            m_pos = p + 2;
            return;
        }
        ++p;
    }
    token->kind = TokenKind::Error;
    token->error = hint ? LexError::UnterminatedHint : LexError::UnterminatedBlockComment;
    token->length = m_size - token->offset;
    m_pos = m_size;
}

bool Lexer::variableAt(qsizetype pos, qsizetype *end) const
{
    // ${name}: a name of anything but braces, quotes, ';' and white space, then '}'.
    if (pos + 2 >= m_size || m_data[pos] != '$' || m_data[pos + 1] != '{')
        return false;
    for (qsizetype p = pos + 2; p < m_size; ++p) {
        const quint8 c = byteAt(m_data, p);
        if (c == '}') {
            if (p == pos + 2)
                return false; // ${} names nothing
            *end = p + 1;
            return true;
        }
        if (c == '{' || c == '$' || c == '\'' || c == '"' || c == '`' || c == ';' ||
            kTables.cls[c] == C_Space)
            return false;
    }
    return false;
}

void Lexer::lexWord(Token *token)
{
    const qsizetype start = m_pos;
    const char *d = m_data;
    qsizetype p = start;
    bool ascii = true;
    while (p < m_size) {
        const quint8 c = byteAt(d, p);
        if (kTables.word[c]) {
            ++p;
            continue;
        }
        if (c == '$') {
            qsizetype end = 0;
            if (p > start && variableAt(p, &end))
                break; // name_${suffix}: the variable is a token of its own
            ++p;
            continue;
        }
        if (c >= 0x80) {
            bool unexpected = false;
            bool ignorable = false;
            const int length = nonAsciiCharAt(d + p, m_size - p, &unexpected, &ignorable);
            if (unexpected || ignorable)
                break;
            p += length;
            ascii = false;
            continue;
        }
        break;
    }
    if (p == start)
        p = start + 1; // cannot happen for the callers' first bytes; never loop forever
    token->length = p - start;
    token->kind = TokenKind::Identifier;
    m_pos = p;
    Keywords::Entry entry;
    if (ascii && token->length <= Keywords::MaxLength &&
        Keywords::lookup(d + start, token->length, m_dialect, &entry)) {
        token->kind = entry.kind;
        if (entry.reserved)
            token->flags |= Token::Reserved;
    }
}

void Lexer::lexNumber(Token *token)
{
    const char *d = m_data;
    qsizetype p = m_pos;
    auto digits = [&] {
        while (p < m_size && kTables.cls[byteAt(d, p)] == C_Digit)
            ++p;
    };
    digits();
    if (p < m_size && d[p] == '.') {
        ++p;
        digits();
    }
    if (p < m_size && (d[p] == 'e' || d[p] == 'E')) {
        qsizetype q = p + 1;
        if (q < m_size && (d[q] == '+' || d[q] == '-'))
            ++q;
        if (q < m_size && kTables.cls[byteAt(d, q)] == C_Digit) {
            p = q;
            digits();
        }
    }
    token->kind = TokenKind::Number;
    token->length = p - m_pos;
    m_pos = p;
}

QVector<Token> Lexer::tokenize(QByteArrayView text, SqlDialect dialect)
{
    QVector<Token> tokens;
    tokens.reserve(text.size() / 4 + 1);
    Lexer lexer(text, dialect);
    Token token;
    while (lexer.next(&token))
        tokens.append(token);
    return tokens;
}

LexState Lexer::stateInside(const Token &token)
{
    switch (token.kind) {
    case TokenKind::String:
        return LexState::String;
    case TokenKind::BlockComment:
        return LexState::BlockComment;
    case TokenKind::Hint:
        return LexState::Hint;
    case TokenKind::QuotedIdentifier:
        return (token.flags & Token::DoubleQuoted) ? LexState::DoubleQuote : LexState::Backtick;
    case TokenKind::Error:
        switch (token.error) {
        case LexError::UnterminatedString:
            return LexState::String;
        case LexError::UnterminatedBlockComment:
            return LexState::BlockComment;
        case LexError::UnterminatedHint:
            return LexState::Hint;
        case LexError::UnterminatedBacktick:
            return LexState::Backtick;
        case LexError::UnterminatedDoubleQuote:
            return LexState::DoubleQuote;
        default:
            return LexState::Normal;
        }
    default:
        return LexState::Normal;
    }
}

QVector<LexState> Lexer::lineStartStates(QByteArrayView text, SqlDialect dialect)
{
    QVector<LexState> states{LexState::Normal};
    Lexer lexer(text, dialect);
    Token token;
    const char *d = text.data();
    while (lexer.next(&token)) {
        const qsizetype end = token.offset + token.length;
        for (qsizetype p = token.offset; p < end; ++p) {
            if (d[p] != '\n' && d[p] != '\r')
                continue;
            if (d[p] == '\r' && p + 1 < text.size() && d[p + 1] == '\n')
                ++p;
            states.append(p + 1 < end ? stateInside(token) : LexState::Normal);
        }
    }
    return states;
}

} // namespace Weir
