#pragma once

#include "editortheme.h"
#include "sql/token.h"
#include "sqlstyler.h"

#include <QByteArray>
#include <QFont>
#include <QSet>
#include <Qsci/qscilexercustom.h>
#include <functional>

namespace Weir {

namespace Internal {
class StatementIndex;
}

// Highlighting and folding of one editor (never shared: each editor keeps its own line states),
// driven by the core Lexer over Scintilla's own UTF-8 buffer. Incremental: each line's Scintilla
// line state holds the lexer state at its start plus a little context (parenthesis depth,
// inside WITH (...), after SET); after an edit it re-styles from the edited line only until the
// state at a line start matches what that line had before. Fold levels come from parentheses
// and from the statement extents of a StatementIndex. GUI thread.
class SqlLexerBridge : public QsciLexerCustom
{
    Q_OBJECT

public:
    explicit SqlLexerBridge(QObject *parent = nullptr);
    ~SqlLexerBridge() override;

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;
    int braceStyle() const override { return int(SqlStyle::Operator); }
    bool caseSensitive() const override { return false; }
    int styleBitsNeeded() const override { return 5; }

    void setTheme(const EditorTheme &theme);
    // The editor font; comments and hints get its italic, keywords its bold form.
    void setEditorFont(const QFont &font);
    void setDialect(SqlDialect dialect);
    // Upper-case names of built-in functions: such a keyword followed by '(' (COUNT, CAST) is
    // styled as a function. Any other name right before '(' is one anyway.
    void setFunctionNames(const QSet<QByteArray> &upperCaseNames);
    // Statement extents for folding by statement (owned by the editor, outlives the lexer).
    void setStatementIndex(Internal::StatementIndex *index);
    // Styles everything anew (when something other than the text changed what styles mean).
    void restyleAll();

    // The lexer state at the start of a line, from a Scintilla line state (for tests).
    static LexState lexStateOf(int lineState);

private:
    void handleModified(int position, int type, int linesAdded);
    void ensureStatements(qsizetype upTo);
    // Sets line states and fold levels line by line (`nextLine` styles or replays each line),
    // stops where the states converge, and hands the styles to Scintilla.
    void finishPass(int line, qsizetype from, int state,
                    const std::function<bool(Internal::SqlStyler::Line *)> &nextLine);
    QFont styleFont(SqlStyle style) const;
    void releaseLargeBuffer();

    EditorTheme m_theme;
    QFont m_font;
    SqlDialect m_dialect = SqlDialect::Latest;
    QSet<QByteArray> m_functionNames;
    Internal::StatementIndex *m_statements = nullptr;
    QByteArray m_styles; // reused buffer for SCI_SETSTYLINGEX

    // Incremental re-styling (see styleText): lines [0, m_validLines) were styled from a
    // consistent chain of line states; lines up to m_dirtyLast changed since.
    int m_validLines = 0;
    int m_dirtyLast = -1;
    bool m_styling = false;
};

} // namespace Weir
