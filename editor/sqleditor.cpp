#include "sqleditor.h"

#include "diagnosticsrenderer.h"
#include "diagnosticsscheduler.h"
#include "editcommands.h"
#include "editorchrome.h"
#include "editorkeys.h"
#include "findbar.h"
#include "flinkerrorlocator.h"
#include "gotolinebar.h"
#include "sql/functioncatalog.h"
#include "sqllexerbridge.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

namespace Weir {

using Sci = QsciScintillaBase;

namespace {

constexpr int kIndent = 4;

// Built-in functions called with parentheses: COUNT( or CAST( is a call, although a keyword.
const QSet<QByteArray> &builtinFunctionNames()
{
    static const QSet<QByteArray> names = [] {
        QSet<QByteArray> set;
        for (const FunctionCatalog::Function &f : FunctionCatalog::builtin().functions()) {
            if (f.takesParentheses())
                set.insert(f.name.toUtf8());
        }
        return set;
    }();
    return names;
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent), m_statements(this), m_theme(EditorTheme::lightTheme())
{
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setTabWidth(kIndent);
    setIndentationWidth(kIndent);
    setAutoIndent(false); // EditCommands::autoIndent does it, knowing SQL's parentheses
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setWrapMode(WrapNone);
    // A horizontal scroll bar only when some line is wider than the window.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    // Multiple selections and rectangular typing, as users of other IDEs expect.
    SendScintilla(SCI_SETMULTIPLESELECTION, 1);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1);
    SendScintilla(SCI_SETMULTIPASTE, SC_MULTIPASTE_EACH);
    // Styling sets a line state and a fold level per line: reporting each would cost more than
    // the styling itself. Insertions and deletions are what listeners need.
    SendScintilla(SCI_SETMODEVENTMASK, SC_MOD_INSERTTEXT | SC_MOD_DELETETEXT);
    // QScintilla binds Ctrl+/ to "reset zoom"; here it toggles comments.
    if (QsciCommand *zoomReset = standardCommands()->boundTo(int(Qt::CTRL) | int(Qt::Key_Slash)))
        zoomReset->setKey(0);

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer = new SqlLexerBridge(this);
    m_lexer->setEditorFont(m_font);
    m_lexer->setFunctionNames(builtinFunctionNames());
    m_lexer->setStatementIndex(m_statements.index());
    setLexer(m_lexer);
    m_diagnostics = new DiagnosticsRenderer(this);
    m_scheduler = new DiagnosticsScheduler(this);
    m_findBar = new FindBar(this);
    m_goToLine = new GoToLineBar(this);
    m_statementMarker = markerDefine(FullRectangle);
    Internal::EditorChrome::setUpMargins(this, m_diagnostics->markerMask(), m_statementMarker);

    connect(this, &Sci::SCN_MODIFIED, this,
            [this](int position, int type, const char *, int length, int linesAdded) {
                textModified(position, type, length, linesAdded);
            });
    connect(this, &Sci::SCN_UPDATEUI, this, &SqlEditor::updateUi);
    connect(this, &Sci::SCN_CHARADDED, this, [this](int character) {
        Internal::EditCommands::autoIndent(this, character, int(SqlStyle::Operator));
    });
    connect(this, &Sci::SCN_ZOOM, this, &SqlEditor::updateLineNumberMarginWidth);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberMarginWidth);
    connect(m_scheduler, &DiagnosticsScheduler::diagnosticsChecked, this,
            [this](const QVector<Diagnostic> &diagnostics) {
                m_diagnostics->setDiagnostics(DiagnosticsRenderer::Source::Local, diagnostics);
                emit diagnosticsUpdated();
            });
    connect(m_goToLine, &GoToLineBar::positionChosen, this, &SqlEditor::goToLine);
    setEditorFont(m_font);
    applyTheme();
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setEditorFont(const QFont &font)
{
    m_font = font;
    if (m_font.family().isEmpty())
        m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setEditorFont(m_font);
    setMarginsFont(m_font);
    m_diagnostics->setFont(m_font);
    updateLineNumberMarginWidth();
}

void SqlEditor::setDarkTheme(bool dark)
{
    m_theme = EditorTheme::of(dark);
    applyTheme();
}

void SqlEditor::applyTheme()
{
    m_lexer->setTheme(m_theme);
    m_lexer->setEditorFont(m_font); // bold and italic come with the theme
    Internal::EditorChrome::applyTheme(this, m_theme, m_statementMarker);
    m_diagnostics->setTheme(m_theme);
}

void SqlEditor::setDialect(SqlDialect dialect)
{
    m_dialect = dialect;
    m_statements.setDialect(dialect);
    m_lexer->setDialect(dialect);
    LocalDiagnostics::Options options = m_scheduler->options();
    options.dialect = dialect;
    m_scheduler->setOptions(options);
    m_markDirty = true;
}

void SqlEditor::updateLineNumberMarginWidth()
{
    // Room for the widest line number plus a little padding, at the current zoom.
    const QByteArray widest = QByteArray::number(qMax(lines(), 100)) + "0";
    setMarginWidth(Internal::EditorChrome::NumberMargin,
                   int(SendScintilla(SCI_TEXTWIDTH, STYLE_LINENUMBER, widest.constData())));
}

QByteArrayView SqlEditor::textBytes() const
{
    const auto *text = reinterpret_cast<const char *>(SendScintilla(SCI_GETCHARACTERPOINTER));
    return QByteArrayView(text, SendScintilla(SCI_GETLENGTH));
}

ByteOffset SqlEditor::caretOffset() const
{
    return ByteOffset{SendScintilla(SCI_GETCURRENTPOS)};
}

void SqlEditor::textModified(int position, int type, int length, int linesAdded)
{
    if (!(type & (SC_MOD_INSERTTEXT | SC_MOD_DELETETEXT)))
        return;
    m_statements.textModified(type, position, length);
    m_markDirty = true;
    m_scheduler->textChanged();
    if (m_typing) {
        // Typing on a line keeps its local annotations back until the caret leaves it.
        m_caretLine = int(SendScintilla(SCI_LINEFROMPOSITION, SendScintilla(SCI_GETCURRENTPOS)));
        m_diagnostics->setQuietLine(m_caretLine);
    }
    Q_UNUSED(linesAdded);
}

void SqlEditor::updateUi()
{
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, SendScintilla(SCI_GETCURRENTPOS)));
    if (line != m_caretLine) {
        m_caretLine = line;
        m_diagnostics->setQuietLine(-1);
    }
    updateStatementMark();
}

void SqlEditor::updateStatementMark()
{
    const qsizetype caret = SendScintilla(SCI_GETCURRENTPOS);
    if (!m_markDirty && caret == m_markedCaret)
        return;
    m_markDirty = false;
    m_markedCaret = caret;
    const QPair<int, int> lines = m_statements.linesAtCaret();
    if (lines.first == m_markedFirst && lines.second == m_markedLast)
        return;
    SendScintilla(SCI_MARKERDELETEALL, m_statementMarker);
    m_markedFirst = lines.first;
    m_markedLast = lines.second;
    for (int line = m_markedFirst; line >= 0 && line <= m_markedLast; ++line)
        SendScintilla(SCI_MARKERADD, line, m_statementMarker);
}

QVector<Statement> SqlEditor::statements() const
{
    return m_statements.all();
}

std::optional<Statement> SqlEditor::currentStatement() const
{
    return m_statements.atCaret();
}

QVector<Statement> SqlEditor::statementsToRun(bool wholeScript) const
{
    return m_statements.toRun(wholeScript);
}

void SqlEditor::requestRunStatement()
{
    for (const Statement &s : statementsToRun(false))
        emit runStatementRequested(s);
}

void SqlEditor::requestRunScript()
{
    const QVector<Statement> all = statementsToRun(true);
    if (!all.isEmpty())
        emit runScriptRequested(QList<Statement>(all.cbegin(), all.cend()));
}

void SqlEditor::requestFormat()
{
    emit formatRequested();
}

bool SqlEditor::formatSql(const Formatter::Options &options)
{
    return Internal::EditCommands::format(this, options);
}

QVector<Diagnostic> SqlEditor::localDiagnostics() const
{
    return m_diagnostics->diagnostics(DiagnosticsRenderer::Source::Local);
}

void SqlEditor::checkNow()
{
    m_scheduler->checkNow();
}

void SqlEditor::setDefinedVariables(const QSet<QString> &names)
{
    LocalDiagnostics::Options options = m_scheduler->options();
    options.checkVariables = true;
    options.definedVariables = names;
    m_scheduler->setOptions(options);
}

Diagnostic SqlEditor::showFlinkError(const Statement &statement, LineColumn position,
                                     const QString &message)
{
    return showFlinkError(statement, position, LineColumn{0, 0}, message);
}

Diagnostic SqlEditor::showFlinkError(const Statement &statement, LineColumn position,
                                     LineColumn last, const QString &message)
{
    const Diagnostic d = Internal::FlinkErrorLocator::locate(textBytes(), statement, position, last,
                                                             message, m_dialect);
    m_diagnostics->addDiagnostic(DiagnosticsRenderer::Source::Flink, d);
    return d;
}

QVector<Diagnostic> SqlEditor::flinkErrors() const
{
    return m_diagnostics->diagnostics(DiagnosticsRenderer::Source::Flink);
}

void SqlEditor::clearFlinkErrors()
{
    m_diagnostics->setDiagnostics(DiagnosticsRenderer::Source::Flink, {});
}

void SqlEditor::toggleComment()
{
    Internal::EditCommands::toggleLineComments(this);
}

void SqlEditor::goToLine(LineColumn position)
{
    Internal::EditCommands::goToLine(this, position);
}

void SqlEditor::showGoToLine()
{
    m_findBar->hide();
    m_goToLine->open();
}

void SqlEditor::showFind(bool replace)
{
    m_goToLine->hide();
    m_findBar->open(replace);
}

bool SqlEditor::event(QEvent *event)
{
    // The editor's keys win over window shortcuts while it has focus (menus only show them).
    if (event->type() == QEvent::ShortcutOverride &&
        commandFor(static_cast<QKeyEvent *>(event)) != Command::None) {
        event->accept();
        return true;
    }
    return QsciScintilla::event(event);
}

SqlEditor::Command SqlEditor::commandFor(const QKeyEvent *event) const
{
    return Internal::EditorKeys::commandFor(event,
                                            m_findBar->isVisible() || m_goToLine->isVisible());
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    switch (commandFor(event)) {
    case Command::None:
        m_typing = true;
        QsciScintilla::keyPressEvent(event);
        m_typing = false;
        return;
    case Command::RunStatement:
        requestRunStatement();
        break;
    case Command::RunScript:
        requestRunScript();
        break;
    case Command::Format:
        requestFormat();
        break;
    case Command::Comment:
        toggleComment();
        break;
    case Command::GoToLine:
        showGoToLine();
        break;
    case Command::Find:
        showFind(false);
        break;
    case Command::Replace:
        showFind(true);
        break;
    case Command::FindNext:
        m_findBar->findNext();
        break;
    case Command::FindPrevious:
        m_findBar->findPrevious();
        break;
    case Command::ZoomIn:
        zoomIn();
        break;
    case Command::ZoomOut:
        zoomOut();
        break;
    case Command::ZoomReset:
        zoomTo(0);
        break;
    case Command::CloseBars:
        m_findBar->close();
        m_goToLine->close();
        break;
    }
    event->accept();
}

void SqlEditor::inputMethodEvent(QInputMethodEvent *event)
{
    m_typing = true;
    QsciScintilla::inputMethodEvent(event);
    m_typing = false;
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    m_findBar->reposition();
    m_goToLine->reposition();
}

} // namespace Weir
