#pragma once

#include "sql/lexer.h"
#include "sqlstyle.h"

#include <QByteArray>
#include <QSet>

namespace Weir::Internal {

// Styles Flink SQL line by line for SqlLexerBridge: the core Lexer's tokens mapped to SqlStyle,
// plus the little context some styles need (a name right before '(' is a function; the keys of
// WITH (...) options and of SET are option keys) and the parenthesis depth folding needs. The
// state at a line start packs into an int, which the bridge keeps as the Scintilla line state:
// styling from any line start with its state gives what styling the whole text gives.
// Value type over a view of the text and of the style buffer; any thread.
class SqlStyler
{
public:
    static const int InitialState;
    static LexState lexStateOf(int state);
    static int depthOf(int state);

    // `text` starts at a line start whose state is `state`; the style of every byte goes to
    // `styles` (text.size() bytes). `functionNames` (upper case) may be null.
    SqlStyler(QByteArrayView text, int state, char *styles, SqlDialect dialect,
              const QSet<QByteArray> *functionNames);

    struct Line
    {
        qsizetype end = 0;    // where the next line starts (or the end of the text)
        bool broke = false;   // the line ended with a line break
        int nextState = 0;    // the state at the next line start
        int depthAtStart = 0; // parenthesis depth at the line start
        int minDepth = 0;     // lowest depth on the line (a ')' then '(' line opens a fold)
        int depthAtEnd = 0;
    };
    // Styles the rest of the current line; false once the text is exhausted.
    bool nextLine(Line *line);

private:
    struct Context
    {
        int depth = 0;
        int option = 0;
        int optionDepth = 0;
        bool expectKey = false;
        bool statementStart = true;
        bool afterSet = false;
        bool keyContinues = false; // inside a multi-line option key
    };
    static Context contextOf(int state);
    int stateAt(LexState lex) const;
    void styleToken();
    SqlStyle contextStyle(SqlStyle style);
    void markFunction(char punct, bool tableWord);
    bool isFunctionName(qsizetype offset, qsizetype length) const;

    QByteArrayView m_text;
    char *m_styles;
    Lexer m_lexer;
    const QSet<QByteArray> *m_functionNames;
    Context m_context;
    Token m_token;
    bool m_inToken = false; // m_token may hold more line breaks after m_scan
    bool m_continuation;    // the first token continues one from before the text
    qsizetype m_scan = 0;
    qsizetype m_lineStart = 0;
    int m_minDepth = 0;
    // A name that a '(' right after it makes a function call.
    qsizetype m_nameOffset = -1;
    qsizetype m_nameLength = 0;
    bool m_nameIsKeyword = false;  // a call only if the function catalog knows it
    bool m_afterTableWord = false; // CREATE TABLE t(...) is no call
};

} // namespace Weir::Internal
