#include "sqllexerbridge.h"

#include "sqlstyler.h"
#include "statementindex.h"

#include <QScopedValueRollback>
#include <QVector>
#include <Qsci/qsciscintilla.h>
#include <QtConcurrent/QtConcurrentRun>

namespace Weir {

using Internal::SqlStyler;
using Sci = QsciScintillaBase;

namespace {
// Splitting this much text for folding runs on a worker while the GUI thread styles.
constexpr qsizetype kParallelBytes = 1024 * 1024;
} // namespace

SqlLexerBridge::SqlLexerBridge(QObject *parent)
    : QsciLexerCustom(parent), m_theme(EditorTheme::lightTheme())
{
    setTheme(m_theme);
}

SqlLexerBridge::~SqlLexerBridge() = default;

const char *SqlLexerBridge::language() const
{
    return "Flink SQL";
}

QString SqlLexerBridge::description(int style) const
{
    switch (SqlStyle(style)) {
    case SqlStyle::Default:
        return tr("Default");
    case SqlStyle::Keyword:
        return tr("Keyword");
    case SqlStyle::DataType:
        return tr("Data type");
    case SqlStyle::Function:
        return tr("Function");
    case SqlStyle::Identifier:
        return tr("Identifier");
    case SqlStyle::QuotedIdentifier:
        return tr("Quoted identifier");
    case SqlStyle::String:
        return tr("String");
    case SqlStyle::Number:
        return tr("Number");
    case SqlStyle::Operator:
        return tr("Operator");
    case SqlStyle::Comment:
        return tr("Comment");
    case SqlStyle::Hint:
        return tr("Hint");
    case SqlStyle::Variable:
        return tr("Variable");
    case SqlStyle::OptionKey:
        return tr("Option key");
    case SqlStyle::Error:
        return tr("Error");
    case SqlStyle::Count:
        break;
    }
    return QString();
}

void SqlLexerBridge::setEditor(QsciScintilla *editor)
{
    if (QsciScintilla *old = this->editor())
        disconnect(old, &Sci::SCN_MODIFIED, this, nullptr);
    QsciLexerCustom::setEditor(editor);
    // A new editor (or setLexer, which clears the document's styles) starts from nothing.
    m_validLines = 0;
    m_dirtyLast = -1;
    if (editor) {
        connect(editor, &Sci::SCN_MODIFIED, this,
                [this](int position, int type, const char *, int, int linesAdded) {
                    handleModified(position, type, linesAdded);
                });
    }
}

void SqlLexerBridge::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    setDefaultColor(theme.ink);
    setDefaultPaper(theme.paper);
    for (int s = 0; s < int(SqlStyle::Count); ++s) {
        const EditorTheme::TextStyle &style = theme.styles[s];
        setColor(style.ink, s);
        setPaper(style.paper.isValid() ? style.paper : theme.paper, s);
    }
}

void SqlLexerBridge::setEditorFont(const QFont &font)
{
    m_font = font;
    setDefaultFont(font);
    for (int s = 0; s < int(SqlStyle::Count); ++s)
        setFont(styleFont(SqlStyle(s)), s);
}

QFont SqlLexerBridge::styleFont(SqlStyle style) const
{
    QFont font = m_font;
    const EditorTheme::TextStyle &s = m_theme.style(style);
    font.setBold(s.bold);
    font.setItalic(s.italic);
    return font;
}

void SqlLexerBridge::setDialect(SqlDialect dialect)
{
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    restyleAll();
}

void SqlLexerBridge::setFunctionNames(const QSet<QByteArray> &upperCaseNames)
{
    m_functionNames = upperCaseNames;
    restyleAll();
}

void SqlLexerBridge::setStatementIndex(Internal::StatementIndex *index)
{
    m_statements = index;
    restyleAll();
}

void SqlLexerBridge::restyleAll()
{
    m_validLines = 0;
    m_dirtyLast = -1;
    if (QsciScintilla *sci = editor()) {
        sci->SendScintilla(Sci::SCI_STARTSTYLING, 0UL, 0L);
        sci->viewport()->update();
    }
}

LexState SqlLexerBridge::lexStateOf(int lineState)
{
    return SqlStyler::lexStateOf(lineState);
}

void SqlLexerBridge::handleModified(int position, int type, int linesAdded)
{
    if (!(type & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)))
        return;
    const int line = int(editor()->SendScintilla(Sci::SCI_LINEFROMPOSITION, position));
    // Lines after the edit keep their styles and states, shifted along with the text.
    if (m_validLines > line)
        m_validLines = qMax(line + 1, m_validLines + linesAdded);
    if (m_dirtyLast > line)
        m_dirtyLast = qMax(line, m_dirtyLast + linesAdded);
    m_dirtyLast = qMax(m_dirtyLast, line + qMax(linesAdded, 0));
}

void SqlLexerBridge::ensureStatements(qsizetype upTo)
{
    if (m_statements->isExactAt(upTo))
        return;
    QsciScintilla *sci = editor();
    const qsizetype length = sci->SendScintilla(Sci::SCI_GETLENGTH);
    const qsizetype from = m_statements->resumeOffset();
    // Only the text after the last exact statement; this moves Scintilla's gap at most there.
    const auto *rest = reinterpret_cast<const char *>(
        sci->SendScintilla(Sci::SCI_GETRANGEPOINTER, from, length - from));
    m_statements->update(QByteArrayView(rest, length - from), upTo);
}

void SqlLexerBridge::styleText(int start, int end)
{
    QsciScintilla *sci = editor();
    // Setting fold levels lets Scintilla expand folds, which may ask for styling again from
    // inside this pass (Document::GetLastChild): the pass in progress covers that request.
    if (!sci || !m_statements || end <= start || m_styling)
        return;
    const QScopedValueRollback<bool> styling(m_styling, true);
    const qsizetype length = sci->SendScintilla(Sci::SCI_GETLENGTH);
    const int lineCount = int(sci->SendScintilla(Sci::SCI_GETLINECOUNT));
    const int firstLine = int(sci->SendScintilla(Sci::SCI_LINEFROMPOSITION, start));
    const qsizetype from = sci->SendScintilla(Sci::SCI_POSITIONFROMLINE, firstLine);
    // Whole lines: from the start line to the end of the line that holds the last position.
    const int lastLine = int(sci->SendScintilla(Sci::SCI_LINEFROMPOSITION, end - 1));
    const qsizetype to = lastLine + 1 >= lineCount
                             ? length
                             : sci->SendScintilla(Sci::SCI_POSITIONFROMLINE, lastLine + 1);
    if (to <= from)
        return;
    const int state = firstLine == 0 ? SqlStyler::InitialState
                                     : int(sci->SendScintilla(Sci::SCI_GETLINESTATE, firstLine));
    m_styles.resize(to - from);

    if (!m_statements->isExactAt(to) && to - m_statements->resumeOffset() > kParallelBytes) {
        // A long way to go (opening a large script and jumping to its end): split statements
        // on a worker while this thread styles, then set line states and fold levels.
        const auto *text =
            reinterpret_cast<const char *>(sci->SendScintilla(Sci::SCI_GETCHARACTERPOINTER));
        const qsizetype resume = m_statements->resumeOffset();
        Internal::StatementIndex *statements = m_statements;
        QFuture<void> split = QtConcurrent::run([statements, text, length, resume, to] {
            statements->update(QByteArrayView(text + resume, length - resume), to);
        });
        QVector<SqlStyler::Line> lines;
        lines.reserve(lastLine - firstLine + 2);
        SqlStyler styler(QByteArrayView(text + from, to - from), state, m_styles.data(), m_dialect,
                         &m_functionNames);
        SqlStyler::Line l;
        while (styler.nextLine(&l))
            lines.append(l);
        split.waitForFinished();
        int i = 0;
        finishPass(firstLine, from, state, [&](SqlStyler::Line *line) {
            if (i >= lines.size())
                return false;
            *line = lines[i++];
            return true;
        });
        return;
    }
    ensureStatements(to);
    const auto *data = reinterpret_cast<const char *>(
        sci->SendScintilla(Sci::SCI_GETRANGEPOINTER, from, to - from));
    SqlStyler styler(QByteArrayView(data, to - from), state, m_styles.data(), m_dialect,
                     &m_functionNames);
    finishPass(firstLine, from, state,
               [&](SqlStyler::Line *line) { return styler.nextLine(line); });
}

void SqlLexerBridge::finishPass(int line, qsizetype from, int state,
                                const std::function<bool(SqlStyler::Line *)> &nextLine)
{
    QsciScintilla *sci = editor();
    const qsizetype length = sci->SendScintilla(Sci::SCI_GETLENGTH);
    const int lineCount = int(sci->SendScintilla(Sci::SCI_GETLINECOUNT));
    const qsizetype to = from + m_styles.size();
    // Whether a line start lies inside a statement (past its first line): folding by statement.
    auto continues = [this](qsizetype position) {
        const int i = m_statements->indexAt(position);
        if (i < 0)
            return 0;
        const Internal::StatementIndex::Extent &e = m_statements->at(i);
        return e.begin < position && position <= e.lastByte() ? 1 : 0;
    };
    int continuing = continues(from);
    if (line > 0) {
        // The line before opens a fold when this one starts deeper: that may have changed.
        const int levelHere = Sci::SC_FOLDLEVELBASE + continuing + SqlStyler::depthOf(state);
        const int before = int(sci->SendScintilla(Sci::SCI_GETFOLDLEVEL, line - 1));
        const int number = before & Sci::SC_FOLDLEVELNUMBERMASK;
        const int fixed = number | (number < levelHere ? Sci::SC_FOLDLEVELHEADERFLAG : 0);
        if (fixed != before)
            sci->SendScintilla(Sci::SCI_SETFOLDLEVEL, line - 1, fixed);
    }

    SqlStyler::Line l;
    qsizetype styledEnd = to - from;
    bool converged = false;
    while (nextLine(&l)) {
        const qsizetype next = from + l.end;
        const int nextContinuing = l.broke ? continues(next) : 0;
        const int levelUse = Sci::SC_FOLDLEVELBASE + continuing + l.minDepth;
        const int levelNext = Sci::SC_FOLDLEVELBASE + nextContinuing + l.depthAtEnd;
        sci->SendScintilla(Sci::SCI_SETFOLDLEVEL, line,
                           levelUse | (levelUse < levelNext ? Sci::SC_FOLDLEVELHEADERFLAG : 0));
        if (!l.broke)
            break;
        ++line;
        continuing = nextContinuing;
        const int previous = int(sci->SendScintilla(Sci::SCI_SETLINESTATE, line, l.nextState));
        if (next == length) // the empty last line after a final line break
            sci->SendScintilla(Sci::SCI_SETFOLDLEVEL, line, levelNext);
        // Converged: the text from here on is unchanged, starts in the state it had, and its
        // statements are the same: what was styled before still holds.
        if (previous == l.nextState && line > m_dirtyLast && line < m_validLines &&
            m_statements->isComplete() &&
            (m_statements->changedEnd() < 0 || next >= m_statements->changedEnd())) {
            styledEnd = l.end;
            converged = true;
            break;
        }
    }

    sci->SendScintilla(Sci::SCI_STARTSTYLING, from, 0L);
    sci->SendScintilla(Sci::SCI_SETSTYLINGEX, styledEnd, m_styles.constData());
    if (converged) {
        const int valid = qMin(m_validLines, lineCount);
        const qsizetype validEnd =
            valid >= lineCount ? length : sci->SendScintilla(Sci::SCI_POSITIONFROMLINE, valid);
        if (validEnd > from + styledEnd)
            sci->SendScintilla(Sci::SCI_STARTSTYLING, validEnd, 0L);
        m_dirtyLast = -1;
        m_statements->acknowledgeChangesBefore(from + styledEnd);
        releaseLargeBuffer();
        return;
    }
    m_validLines = qMax(m_validLines, line);
    if (line > m_dirtyLast)
        m_dirtyLast = -1;
    m_statements->acknowledgeChangesBefore(to);
    releaseLargeBuffer();
}

void SqlLexerBridge::releaseLargeBuffer()
{
    // A whole large script's styles need not stay allocated for the next few typed lines.
    if (m_styles.size() > kParallelBytes)
        m_styles = QByteArray();
}

} // namespace Weir
