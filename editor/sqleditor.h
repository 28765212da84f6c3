#pragma once

#include "editorkeys.h"
#include "editortheme.h"
#include "sql/diagnostic.h"
#include "sql/formatter.h"
#include "sql/statement.h"
#include "sql/token.h"
#include "statementtracker.h"

#include <QList>
#include <QSet>
#include <Qsci/qsciscintilla.h>
#include <optional>

namespace Weir {

class DiagnosticsRenderer;
class DiagnosticsScheduler;
class FindBar;
class GoToLineBar;
class SqlLexerBridge;

// The SQL text editor widget: QScintilla with Weir's own lexer (one per editor), folding by
// statement and parenthesis, the statement under the caret marked in a thin margin, local
// diagnostics re-checked after edits plus errors Flink reported, find/replace, go to line,
// comment toggling, zoom and the run/format requests. Running and formatting belong to others:
// the editor emits the exact statements. Completion (another class) drives the QScintilla
// auto-completion and call-tip APIs on this widget; nothing here installs a QsciAPIs.
// SCN_MODIFIED reports only insertions and deletions (SCI_SETMODEVENTMASK); whoever needs more
// adds its flags to the mask. GUI thread.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setEditorFont(const QFont &font);
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_theme.dark; }
    const EditorTheme &theme() const { return m_theme; }
    void setDialect(SqlDialect dialect);
    SqlDialect dialect() const { return m_dialect; }
    SqlLexerBridge *sqlLexer() const { return m_lexer; }

    // The text as Scintilla holds it (UTF-8); valid until the next edit.
    QByteArrayView textBytes() const;
    ByteOffset caretOffset() const;

    // Every statement of the text, exact in every unit (a full split).
    QVector<Statement> statements() const;
    // The statement under the caret: the one Ctrl+Enter runs without a selection. A caret right
    // after a statement's ';' (or after it on the same line) belongs to that statement.
    std::optional<Statement> currentStatement() const;
    // What Ctrl+Enter (wholeScript false) or Ctrl+Shift+Enter (true) run: the statements of the
    // selected text when there is a selection, else the current statement or all of them.
    // Positions are the script's, also for the statements of a selection.
    QVector<Statement> statementsToRun(bool wholeScript) const;
    // The lines (0-based, inclusive) marked as the current statement, or {-1, -1}.
    QPair<int, int> markedStatementLines() const { return {m_markedFirst, m_markedLast}; }

    // Diagnostics. Local ones are re-checked a moment after each edit (checkNow() at once).
    DiagnosticsRenderer *diagnosticsRenderer() const { return m_diagnostics; }
    QVector<Diagnostic> localDiagnostics() const;
    void checkNow();
    // Also reports ${name} that is not among `names` (workspace or job variables).
    void setDefinedVariables(const QSet<QString> &names);
    // Marks an error Flink reported for `statement` (as emitted by this editor, text unchanged
    // since) at Flink's line/column within the statement (UTF-16 units, 1-based). The squiggle
    // covers the token there, or runs to `last` (inclusive, Flink's "to line L, column C").
    Diagnostic showFlinkError(const Statement &statement, LineColumn position,
                              const QString &message);
    Diagnostic showFlinkError(const Statement &statement, LineColumn position, LineColumn last,
                              const QString &message);
    QVector<Diagnostic> flinkErrors() const;
    void clearFlinkErrors();

    // Commands (also bound to keys, see keyPressEvent).
    void toggleComment();                // Ctrl+/
    void goToLine(LineColumn position);  // 1-based; column in UTF-16 units
    void showGoToLine();                 // Ctrl+G
    void showFind(bool replace = false); // Ctrl+F, Ctrl+H
    FindBar *findBar() const { return m_findBar; }
    void requestRunStatement(); // Ctrl+Enter
    void requestRunScript();    // Ctrl+Shift+Enter
    void requestFormat();       // Ctrl+Shift+F: emits formatRequested()
    // Formats the statements the selection touches, or the whole script, as one undo step
    // (what formatRequested() usually leads to). False when it was formatted already.
    bool formatSql(const Formatter::Options &options = Formatter::Options());

signals:
    // Ctrl+Enter: the statement under the caret; with a selection, each statement of the
    // selected text in turn. Positions are the script's (see statementsToRun()).
    void runStatementRequested(const Weir::Statement &statement);
    // Ctrl+Shift+Enter: every statement of the script, or of the selected text.
    void runScriptRequested(const QList<Weir::Statement> &statements);
    void formatRequested();    // Ctrl+Shift+F
    void diagnosticsUpdated(); // local diagnostics were re-checked and rendered

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    using Command = Internal::EditorKeys::Command;
    Command commandFor(const QKeyEvent *event) const;
    void applyTheme();
    void updateLineNumberMarginWidth();
    void textModified(int position, int type, int length, int linesAdded);
    void updateUi();
    void updateStatementMark();

    SqlLexerBridge *m_lexer = nullptr;
    DiagnosticsRenderer *m_diagnostics = nullptr;
    DiagnosticsScheduler *m_scheduler = nullptr;
    FindBar *m_findBar = nullptr;
    GoToLineBar *m_goToLine = nullptr;
    // Statement extents for the current-statement mark and folding are updated lazily when
    // asked, hence mutable.
    mutable Internal::StatementTracker m_statements;
    EditorTheme m_theme;
    QFont m_font;
    SqlDialect m_dialect = SqlDialect::Latest;
    int m_statementMarker = -1;
    int m_markedFirst = -1;
    int m_markedLast = -1;
    bool m_markDirty = true;
    qsizetype m_markedCaret = -1;
    int m_caretLine = -1;
    bool m_typing = false; // inside a key press or input method event
};

} // namespace Weir
