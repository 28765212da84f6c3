#pragma once

#include "sql/textposition.h"

#include <QtGlobal>

namespace Weir {

// Which Flink SQL the lexer speaks. Keywords differ slightly between Flink 1.20 (LTS) and the
// newest 2.x (new statements such as CREATE MODEL; the newer Calcite under 2.x reserves a few
// more words). Everything else is the same.
enum class SqlDialect : quint8 { Flink1_20, Flink2, Latest = Flink2 };

enum class TokenKind : quint8 {
    Whitespace,       // spaces, tabs, line breaks
    LineComment,      // -- ... or // ... up to (not including) the line break
    BlockComment,     // /* ... */
    Hint,             // /*+ ... */
    Keyword,          // a Flink SQL keyword (reserved or not, see Token::Reserved)
    DataType,         // a data type name: INT, STRING, TIMESTAMP_LTZ, ROW, MAP, ...
    Identifier,       // a plain identifier (ASCII or Unicode letters, digits, _ and $)
    QuotedIdentifier, // `...` with `` for a backtick; also "..." (see Token::DoubleQuoted)
    String,           // '...' with '' for a quote; may span lines
    Number,           // 42, 3.14, .5, 1e-3
    Operator,         // + - * / % = <> != <= >= || := => and other single symbols
    Punctuation,      // ( ) [ ] { } , ; .
    Variable,         // ${name}
    Error,            // see Token::error: an unterminated literal to the end, or a stray character
};

// Why a token is an Error.
enum class LexError : quint8 {
    None,
    UnterminatedString,
    UnterminatedBlockComment,
    UnterminatedHint,
    UnterminatedBacktick,
    UnterminatedDoubleQuote,
    UnexpectedCharacter, // a control character, '#', '\' or full-width punctuation such as '，'
};

// Where a line starts: inside a construct that spans lines, or not. An editor stores one per
// line and re-lexes from any line start with it (see Lexer).
enum class LexState : quint8 { Normal, BlockComment, Hint, String, Backtick, DoubleQuote };

// One token: a byte range of the lexed UTF-8 text and what it is. Plain value; any thread.
struct Token
{
    enum Flag : quint8 {
        NoFlags = 0,
        Reserved = 1,     // Keyword/DataType that must be quoted to serve as an identifier
        DoubleQuoted = 2, // QuotedIdentifier written "..." (Flink itself only accepts `...`)
    };

    qsizetype offset = 0; // in bytes from the start of the lexed text
    qsizetype length = 0;
    TokenKind kind = TokenKind::Whitespace;
    quint8 flags = NoFlags;
    LexError error = LexError::None;

    ByteOffset begin() const { return {offset}; }
    ByteOffset end() const { return {offset + length}; }
    bool isReserved() const { return flags & Reserved; }
    // Whitespace and comments; hints count as significant (they belong to the statement).
    bool isTrivia() const
    {
        return kind == TokenKind::Whitespace || kind == TokenKind::LineComment ||
               kind == TokenKind::BlockComment ||
               (kind == TokenKind::Error && error == LexError::UnterminatedBlockComment);
    }
};

inline bool operator==(const Token &a, const Token &b)
{
    return a.offset == b.offset && a.length == b.length && a.kind == b.kind && a.flags == b.flags &&
           a.error == b.error;
}
inline bool operator!=(const Token &a, const Token &b)
{
    return !(a == b);
}

const char *tokenKindName(TokenKind kind);

} // namespace Weir
