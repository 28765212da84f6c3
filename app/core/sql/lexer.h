#pragma once

#include "sql/token.h"

#include <QByteArrayView>
#include <QVector>

namespace Weir {

// Flink SQL tokenizer over UTF-8 bytes (the editor hands it Scintilla's buffer directly).
// Every byte belongs to exactly one token; it never fails and never reads outside the text,
// whatever the input. Pull-based and allocation-free: next() fills one Token at a time.
// Value type over a view (the text must outlive the lexer); any thread.
//
// Incremental use: lines start in a LexState (Normal, or inside a block comment, hint, string
// or quoted identifier). Lexing from a line start with that line's state gives the same tokens
// as lexing the whole text, except that the first one is cut at the line start. stateInside()
// tells the state of a line that starts inside a token.
class Lexer
{
public:
    explicit Lexer(QByteArrayView text, SqlDialect dialect = SqlDialect::Latest);
    // Starts at byte `from`, which lies in `state` (for a line start: that line's state).
    Lexer(QByteArrayView text, qsizetype from, LexState state,
          SqlDialect dialect = SqlDialect::Latest);

    // The next token, or false at the end of the text.
    bool next(Token *token);
    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }

    static QVector<Token> tokenize(QByteArrayView text, SqlDialect dialect = SqlDialect::Latest);
    // The state of a line that starts strictly inside `token` (after a line break in it).
    static LexState stateInside(const Token &token);
    // The state at the start of each line (index 0 = line 1), for the editor's line states.
    static QVector<LexState> lineStartStates(QByteArrayView text,
                                             SqlDialect dialect = SqlDialect::Latest);

private:
    void lexQuoted(Token *token, qsizetype contentFrom, char quote, TokenKind kind,
                   LexError unterminated);
    void lexBlockComment(Token *token, qsizetype contentFrom, bool hint);
    void lexWord(Token *token);
    void lexNumber(Token *token);
    bool variableAt(qsizetype pos, qsizetype *end) const;

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    LexState m_state = LexState::Normal;
    SqlDialect m_dialect = SqlDialect::Latest;
};

} // namespace Weir
