#include "sqlstyler.h"

#include "sql/variables.h"

#include <cstring>

namespace Weir::Internal {

namespace {

// The packed line state: the lexer state and the context at a line start.
constexpr int kLexMask = 0x7;
constexpr int kDepthShift = 3;
constexpr int kMaxDepth = 15;
constexpr int kOptionShift = 7;
constexpr int kOptionDepthShift = 9;
constexpr int kExpectKey = 1 << 13;
constexpr int kStatementStart = 1 << 14;
constexpr int kAfterSet = 1 << 15;
constexpr int kKeyContinues = 1 << 16;

// Where WITH (...) options stand (ALTER TABLE ... SET (...) too).
enum Option { OptionNone, OptionAfterWith, OptionInside };

SqlStyle styleOfKind(const Token &token)
{
    switch (token.kind) {
    case TokenKind::Whitespace:
        return SqlStyle::Default;
    case TokenKind::LineComment:
    case TokenKind::BlockComment:
        return SqlStyle::Comment;
    case TokenKind::Hint:
        return SqlStyle::Hint;
    case TokenKind::Keyword:
        return SqlStyle::Keyword;
    case TokenKind::DataType:
        return SqlStyle::DataType;
    case TokenKind::Identifier:
        return SqlStyle::Identifier;
    case TokenKind::QuotedIdentifier:
        return SqlStyle::QuotedIdentifier;
    case TokenKind::String:
        return SqlStyle::String;
    case TokenKind::Number:
        return SqlStyle::Number;
    case TokenKind::Operator:
    case TokenKind::Punctuation:
        return SqlStyle::Operator;
    case TokenKind::Variable:
        return SqlStyle::Variable;
    case TokenKind::Error:
        break;
    }
    // An unterminated literal or comment keeps the look of what it is while it is being typed
    // (the diagnostics mark where it starts); only stray characters look like errors.
    switch (token.error) {
    case LexError::UnterminatedString:
        return SqlStyle::String;
    case LexError::UnterminatedBlockComment:
        return SqlStyle::Comment;
    case LexError::UnterminatedHint:
        return SqlStyle::Hint;
    case LexError::UnterminatedBacktick:
    case LexError::UnterminatedDoubleQuote:
        return SqlStyle::QuotedIdentifier;
    default:
        return SqlStyle::Error;
    }
}

// The few keywords the context looks for, told apart by length and letters: comparing each
// keyword against each word would cost more than lexing it.
enum class Word { Other, Set, With, TableLike };

bool equalsUpper(const char *text, const char *upper, int length)
{
    for (int i = 0; i < length; ++i) {
        if ((text[i] & 0xDF) != upper[i])
            return false;
    }
    return true;
}

Word keywordWord(const char *text, qsizetype length)
{
    switch (length) {
    case 3:
        return equalsUpper(text, "SET", 3) ? Word::Set : Word::Other;
    case 4:
        if (equalsUpper(text, "WITH", 4))
            return Word::With;
        return equalsUpper(text, "INTO", 4) || equalsUpper(text, "VIEW", 4) ? Word::TableLike
                                                                            : Word::Other;
    case 5:
        return equalsUpper(text, "TABLE", 5) ? Word::TableLike : Word::Other;
    case 6:
        return equalsUpper(text, "EXISTS", 6) ? Word::TableLike : Word::Other;
    case 9:
        return equalsUpper(text, "OVERWRITE", 9) ? Word::TableLike : Word::Other;
    default:
        return Word::Other;
    }
}

bool mayHoldLineBreak(TokenKind kind)
{
    return kind == TokenKind::Whitespace || kind == TokenKind::String ||
           kind == TokenKind::BlockComment || kind == TokenKind::Hint ||
           kind == TokenKind::QuotedIdentifier || kind == TokenKind::Error;
}

} // namespace

const int SqlStyler::InitialState = kStatementStart;

LexState SqlStyler::lexStateOf(int state)
{
    return LexState(state & kLexMask);
}

int SqlStyler::depthOf(int state)
{
    return (state >> kDepthShift) & kMaxDepth;
}

SqlStyler::Context SqlStyler::contextOf(int state)
{
    Context c;
    c.depth = depthOf(state);
    c.option = (state >> kOptionShift) & 0x3;
    c.optionDepth = (state >> kOptionDepthShift) & kMaxDepth;
    c.expectKey = state & kExpectKey;
    c.statementStart = state & kStatementStart;
    c.afterSet = state & kAfterSet;
    c.keyContinues = state & kKeyContinues;
    return c;
}

int SqlStyler::stateAt(LexState lex) const
{
    const Context &c = m_context;
    return int(lex) | c.depth << kDepthShift | c.option << kOptionShift |
           c.optionDepth << kOptionDepthShift | (c.expectKey ? kExpectKey : 0) |
           (c.statementStart ? kStatementStart : 0) | (c.afterSet ? kAfterSet : 0) |
           (lex != LexState::Normal && c.keyContinues ? kKeyContinues : 0);
}

SqlStyler::SqlStyler(QByteArrayView text, int state, char *styles, SqlDialect dialect,
                     const QSet<QByteArray> *functionNames)
    : m_text(text), m_styles(styles), m_lexer(text, 0, lexStateOf(state), dialect),
      m_functionNames(functionNames && !functionNames->isEmpty() ? functionNames : nullptr),
      m_context(contextOf(state)), m_continuation(lexStateOf(state) != LexState::Normal)
{}

bool SqlStyler::nextLine(Line *line)
{
    line->depthAtStart = m_context.depth;
    m_minDepth = m_context.depth;
    m_nameOffset = -1;
    m_afterTableWord = false;
    const char *d = m_text.data();
    for (;;) {
        if (!m_inToken) {
            if (!m_lexer.next(&m_token)) {
                if (m_lineStart >= m_text.size())
                    return false;
                line->end = m_text.size();
                line->broke = false;
                line->nextState = stateAt(LexState::Normal);
                line->minDepth = m_minDepth;
                line->depthAtEnd = m_context.depth;
                m_lineStart = m_text.size();
                return true;
            }
            styleToken();
            if (!mayHoldLineBreak(m_token.kind))
                continue;
            m_inToken = true;
            m_scan = m_token.offset;
        }
        const qsizetype tokenEnd = m_token.offset + m_token.length;
        qsizetype p = m_scan;
        while (p < tokenEnd && d[p] != '\n' && d[p] != '\r')
            ++p;
        if (p == tokenEnd) {
            m_inToken = false;
            continue;
        }
        if (d[p] == '\r' && p + 1 < tokenEnd && d[p + 1] == '\n')
            ++p;
        const qsizetype next = p + 1;
        m_scan = next;
        // The token goes on past the break; one cut by the end of the text does too (the
        // bridge ends its text at a line start, so the rest of the token lies beyond it).
        const bool inside =
            next < tokenEnd || (next == m_text.size() && m_token.kind == TokenKind::Error);
        line->end = next;
        line->broke = true;
        line->nextState = stateAt(inside ? Lexer::stateInside(m_token) : LexState::Normal);
        line->minDepth = m_minDepth;
        line->depthAtEnd = m_context.depth;
        m_lineStart = next;
        return true;
    }
}

void SqlStyler::styleToken()
{
    SqlStyle style = styleOfKind(m_token);
    if (m_continuation) {
        // The rest of a token that began before the text: its context was already applied.
        m_continuation = false;
        if (m_context.keyContinues && style == SqlStyle::String)
            style = SqlStyle::OptionKey;
    } else if (!m_token.isTrivia() && m_token.kind != TokenKind::Hint) {
        style = contextStyle(style);
    }
    std::memset(m_styles + m_token.offset, int(style), size_t(m_token.length));
    // ${name} inside a literal is substituted too (SET 'pipeline.name' = 'job-${env}').
    if ((style == SqlStyle::String || style == SqlStyle::OptionKey) &&
        m_text.sliced(m_token.offset, m_token.length).indexOf("${") >= 0) {
        for (const Variables::Use &use :
             Variables::uses(m_text, m_token.offset, m_token.offset + m_token.length))
            std::memset(m_styles + use.begin.value, int(SqlStyle::Variable),
                        size_t(use.end.value - use.begin.value));
    }
}

SqlStyle SqlStyler::contextStyle(SqlStyle style)
{
    Context &c = m_context;
    const Token &t = m_token;
    const char punct = t.kind == TokenKind::Punctuation ? m_text[t.offset] : '\0';
    if (punct == ';') {
        c = Context();
        m_minDepth = 0;
        m_nameOffset = -1;
        return style;
    }
    const bool string = style == SqlStyle::String;
    if (c.afterSet && string)
        style = SqlStyle::OptionKey; // SET 'key' = 'value'
    const Word word = t.kind == TokenKind::Keyword ? keywordWord(m_text.data() + t.offset, t.length)
                                                   : Word::Other;
    const bool set = word == Word::Set;
    c.afterSet = set && c.statementStart;
    c.statementStart = false;

    switch (c.option) {
    case OptionAfterWith:
        if (punct == '(') {
            c.option = OptionInside;
            c.optionDepth = 1;
            c.expectKey = true;
        } else {
            c.option = OptionNone;
        }
        break;
    case OptionInside:
        if (punct == '(') {
            c.optionDepth = qMin(c.optionDepth + 1, kMaxDepth);
            c.expectKey = false;
        } else if (punct == ')') {
            if (--c.optionDepth <= 0) {
                c.option = OptionNone;
                c.optionDepth = 0;
            }
            c.expectKey = false;
        } else if (punct == ',') {
            c.expectKey = c.optionDepth == 1;
        } else {
            if (string && c.expectKey)
                style = SqlStyle::OptionKey;
            c.expectKey = false;
        }
        break;
    default:
        break;
    }
    if (word == Word::With || (set && !c.afterSet))
        c.option = OptionAfterWith;

    if (punct == '(') {
        c.depth = qMin(c.depth + 1, kMaxDepth);
    } else if (punct == ')') {
        c.depth = qMax(c.depth - 1, 0);
        m_minDepth = qMin(m_minDepth, c.depth);
    }
    c.keyContinues = style == SqlStyle::OptionKey;
    markFunction(punct, word == Word::TableLike);
    return style;
}

void SqlStyler::markFunction(char punct, bool tableWord)
{
    const Token &t = m_token;
    if (punct == '(' && m_nameOffset >= 0 && m_nameOffset + m_nameLength == t.offset &&
        (!m_nameIsKeyword || isFunctionName(m_nameOffset, m_nameLength))) {
        std::memset(m_styles + m_nameOffset, int(SqlStyle::Function), size_t(m_nameLength));
        m_nameOffset = -1;
        return;
    }
    const bool keyword = t.kind == TokenKind::Keyword && m_functionNames;
    if ((t.kind == TokenKind::Identifier || keyword) && !m_afterTableWord) {
        m_nameOffset = t.offset;
        m_nameLength = t.length;
        m_nameIsKeyword = keyword;
    } else {
        m_nameOffset = -1;
    }
    // After TABLE, INTO, VIEW (and along a qualified name) a '(' opens columns, not arguments.
    const bool qualifiedPart =
        t.kind == TokenKind::Identifier || t.kind == TokenKind::QuotedIdentifier || punct == '.';
    m_afterTableWord = tableWord || (m_afterTableWord && qualifiedPart);
}

bool SqlStyler::isFunctionName(qsizetype offset, qsizetype length) const
{
    char upper[64];
    if (length > qsizetype(sizeof(upper)))
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = m_text[offset + i];
        upper[i] = c >= 'a' && c <= 'z' ? char(c - 32) : c;
    }
    return m_functionNames->contains(QByteArray::fromRawData(upper, length));
}

} // namespace Weir::Internal
