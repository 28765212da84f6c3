// The SQL editor driven like a user drives it (QTest key events, offscreen): highlighting of
// every token kind, incremental re-styling equal to a full one, comment toggling, go to line,
// the current statement, run requests with exact statements, diagnostics positions on Chinese
// text and tabs, Flink error placement, and screenshots in both themes.
#include "diagnosticsrenderer.h"
#include "findbar.h"
#include "sql/statementsplitter.h"
#include "sql/textpositions.h"
#include "sqleditor.h"
#include "sqllexerbridge.h"
#include "statementindex.h"
#include "testpaths.h"

#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Weir;
using Sci = QsciScintillaBase;

namespace {

const QString kScript = QStringLiteral(
    "-- 订单明细\n"
    "SET 'pipeline.name' = 'orders-${env}';\n"
    "CREATE TABLE orders (\n"
    "  id BIGINT,\n"
    "  `user` STRING,\n"
    "  price DECIMAL(10, 2)\n"
    ") WITH (\n"
    "  'connector' = 'kafka',\n"
    "  'topic' = 'orders'\n"
    ");\n"
    "/* totals */\n"
    "SELECT /*+ OPTIONS('a' = 'b') */ my_udf(price) * 1.5, COUNT(*) FROM orders WHERE id > 42;\n");

void styleAll(QsciScintilla *editor)
{
    // From where styling stopped, as painting would: the incremental path.
    editor->SendScintilla(Sci::SCI_COLOURISE, editor->SendScintilla(Sci::SCI_GETENDSTYLED), -1L);
}

qsizetype offsetOf(SqlEditor &editor, const char *needle, int occurrence = 0)
{
    const QByteArray text = editor.textBytes().toByteArray();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    return at;
}

SqlStyle styleAt(QsciScintilla &editor, qsizetype position)
{
    return SqlStyle(editor.SendScintilla(Sci::SCI_GETSTYLEAT, ulong(position)) & 0x1f);
}

// Styles, line states and fold levels of every line: what incremental styling must reproduce.
QByteArray styleDump(QsciScintilla &editor)
{
    styleAll(&editor);
    QByteArray dump;
    const qsizetype length = editor.SendScintilla(Sci::SCI_GETLENGTH);
    for (qsizetype p = 0; p < length; ++p)
        dump.append(char('A' + (editor.SendScintilla(Sci::SCI_GETSTYLEAT, ulong(p)) & 0x1f)));
    for (int line = 0; line < editor.lines(); ++line) {
        dump.append(QByteArray::number(editor.SendScintilla(Sci::SCI_GETLINESTATE, line)) + ',');
        dump.append(QByteArray::number(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, line)) + ';');
    }
    return dump;
}

QString generatedScript(int blocks)
{
    QString s;
    for (int i = 0; i < blocks; ++i) {
        s += QStringLiteral("CREATE TABLE t%1 (\n  a INT,\n  `b` STRING COMMENT '说明'\n) WITH (\n"
                            "  'connector' = 'datagen',\n  'rows-per-second' = '%1'\n);\n"
                            "/* block\n   comment %1 */\n"
                            "INSERT INTO s SELECT f(a), 'multi\nline' FROM t%1;\n\n")
                 .arg(i);
    }
    return s;
}

void compareStatements(const Statement &a, const Statement &b)
{
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.begin, b.begin);
    QCOMPARE(a.end, b.end);
    QCOMPARE(a.utf16Begin, b.utf16Begin);
    QCOMPARE(a.utf16End, b.utf16End);
    QCOMPARE(a.start, b.start);
    QCOMPARE(a.finish, b.finish);
    QCOMPARE(a.extentBegin, b.extentBegin);
    QCOMPARE(a.extentEnd, b.extentEnd);
    QCOMPARE(a.terminator, b.terminator);
}

// The [start, end) byte runs of an indicator.
QVector<QPair<qsizetype, qsizetype>> indicatorRuns(QsciScintilla &editor, int indicator)
{
    QVector<QPair<qsizetype, qsizetype>> runs;
    const qsizetype length = editor.SendScintilla(Sci::SCI_GETLENGTH);
    qsizetype p = 0;
    while (p < length) {
        const qsizetype end = editor.SendScintilla(Sci::SCI_INDICATOREND, indicator, p);
        if (editor.SendScintilla(Sci::SCI_INDICATORVALUEAT, indicator, p) != 0)
            runs.append({p, end});
        if (end <= p)
            break;
        p = end;
    }
    return runs;
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

private slots:
    void stylesEveryTokenKind();
    void incrementalRestyleMatchesFullRestyle_data();
    void incrementalRestyleMatchesFullRestyle();
    void incrementalRestyleAfterRandomEdits();
    void statementIndexFollowsRandomEdits();
    void foldsStatementsAndParentheses();
    void togglesComments();
    void goesToLineAndColumn();
    void marksCurrentStatement();
    void runSignalsCarryExactStatements();
    void formatKeyAndZoomKeys();
    void autoIndents();
    void findAndReplaceWithRegex();
    void diagnosticsOnChineseTextAndTabs();
    void largeTextIsCheckedOffThread();
    void placesFlinkErrors();
    void screenshots();
};

void TestSqlEditor::stylesEveryTokenKind()
{
    SqlEditor editor;
    editor.setText(kScript + QStringLiteral("SELECT `a；b` FROM t WHERE x = '未完 \n"));
    styleAll(&editor);
    const struct
    {
        const char *text;
        int occurrence;
        SqlStyle style;
    } expected[] = {
        {"-- 订单明细", 0, SqlStyle::Comment},
        {"SET", 0, SqlStyle::Keyword},
        {"'pipeline.name'", 0, SqlStyle::OptionKey},
        {"'orders-", 0, SqlStyle::String},
        {"${env}", 0, SqlStyle::Variable},
        {"CREATE", 0, SqlStyle::Keyword},
        {"orders (", 0, SqlStyle::Identifier}, // a table: not a call
        {"BIGINT", 0, SqlStyle::DataType},
        {"`user`", 0, SqlStyle::QuotedIdentifier},
        {"DECIMAL", 0, SqlStyle::DataType},
        {"10, 2", 0, SqlStyle::Number},
        {"(10", 0, SqlStyle::Operator},
        {"'connector'", 0, SqlStyle::OptionKey},
        {"'kafka'", 0, SqlStyle::String},
        {"'topic'", 0, SqlStyle::OptionKey},
        {"= 'orders'", 0, SqlStyle::Operator},
        {"/* totals */", 0, SqlStyle::Comment},
        {"/*+ OPTIONS", 0, SqlStyle::Hint},
        {"my_udf", 0, SqlStyle::Function},
        {"1.5", 0, SqlStyle::Number},
        {"COUNT", 0, SqlStyle::Function}, // a keyword that the function catalog names
        {"42", 0, SqlStyle::Number},
        {"；", 0, SqlStyle::QuotedIdentifier}, // inside backticks it is just a character
        {"'未完", 0, SqlStyle::String},        // unterminated: still looks like a string
    };
    for (const auto &e : expected) {
        const qsizetype at = offsetOf(editor, e.text, e.occurrence);
        QVERIFY2(at >= 0, e.text);
        QCOMPARE(styleAt(editor, at), e.style);
    }
    // Every byte of the comment is a comment, up to the line break.
    const qsizetype comment = offsetOf(editor, "-- ");
    for (qsizetype p = comment; p < offsetOf(editor, "\nSET"); ++p)
        QCOMPARE(styleAt(editor, p), SqlStyle::Comment);

    editor.setText(QStringLiteral("SELECT a，b FROM t # x"));
    styleAll(&editor);
    QCOMPARE(styleAt(editor, offsetOf(editor, "，")), SqlStyle::Error); // full-width comma
    QCOMPARE(styleAt(editor, offsetOf(editor, "#")), SqlStyle::Error);
    QCOMPARE(styleAt(editor, offsetOf(editor, "b FROM")), SqlStyle::Identifier);
}

void TestSqlEditor::incrementalRestyleMatchesFullRestyle_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<int>("remove");
    QTest::newRow("type a word") << QStringLiteral("a INT") << QStringLiteral("abc ") << 0;
    QTest::newRow("open a comment")
        << QStringLiteral("  a INT,\n  `b`") << QStringLiteral("/*") << 0;
    QTest::newRow("open a string") << QStringLiteral("FROM t3") << QStringLiteral("'") << 0;
    QTest::newRow("open a backtick") << QStringLiteral("a INT") << QStringLiteral("`") << 0;
    QTest::newRow("close a comment")
        << QStringLiteral("/* block\n   comment 7 */") << QString() << 2;
    QTest::newRow("delete a semicolon")
        << QStringLiteral(";\n/* block\n   comment 4") << QString() << 1;
    QTest::newRow("add a semicolon") << QStringLiteral("  a INT,") << QStringLiteral(";") << 0;
    QTest::newRow("open a parenthesis")
        << QStringLiteral("SELECT f(a)") << QStringLiteral("(") << 0;
    QTest::newRow("statement set") << QStringLiteral("INSERT INTO s SELECT f(a), 'multi")
                                   << QStringLiteral("EXECUTE STATEMENT SET BEGIN ") << 0;
    QTest::newRow("paste lines") << QStringLiteral("CREATE TABLE t9")
                                 << QStringLiteral("SELECT 1;\nSELECT '\n';\n(\n") << 0;
    QTest::newRow("delete lines") << QStringLiteral(
                                         "  'connector' = 'datagen',\n  'rows-per-second' = '5'")
                                  << QString() << 60;
}

void TestSqlEditor::incrementalRestyleMatchesFullRestyle()
{
    QFETCH(QString, needle);
    QFETCH(QString, insert);
    QFETCH(int, remove);
    SqlEditor edited;
    edited.setText(generatedScript(40));
    styleAll(&edited);
    const qsizetype at = edited.textBytes().toByteArray().indexOf(needle.toUtf8());
    QVERIFY(at >= 0);
    // Edit, style only what a screen would show, then the rest later: as a user scrolling.
    edited.SendScintilla(Sci::SCI_DELETERANGE, ulong(at), long(remove));
    edited.SendScintilla(Sci::SCI_INSERTTEXT, ulong(at), insert.toUtf8().constData());
    edited.SendScintilla(Sci::SCI_COLOURISE, edited.SendScintilla(Sci::SCI_GETENDSTYLED),
                         long(at + 200));
    const QByteArray incremental = styleDump(edited);

    SqlEditor fresh;
    fresh.SendScintilla(Sci::SCI_SETTEXT, 0UL, edited.textBytes().toByteArray().constData());
    QCOMPARE(incremental, styleDump(fresh));
    // The statements the editor keeps track of agree with a full split as well.
    const QVector<Statement> all = StatementSplitter::split(fresh.textBytes());
    for (const Statement &s : all) {
        edited.SendScintilla(Sci::SCI_GOTOPOS, ulong(s.begin.value));
        const std::optional<Statement> current = edited.currentStatement();
        QVERIFY(current);
        compareStatements(*current, s);
    }
}

void TestSqlEditor::incrementalRestyleAfterRandomEdits()
{
    // Edits and partial styling in random order, as typing and scrolling interleave; at every
    // check the result equals styling the same text from scratch.
    const char *const fragments[] = {";",          "'",
                                     "`",          "/*",
                                     "*/",         "-- x",
                                     "\n",         "SELECT f(1)",
                                     " ",          "EXECUTE STATEMENT SET BEGIN ",
                                     "END;",       "(",
                                     ")",          "WITH (",
                                     "'k' = 'v',", "中文",
                                     "${v}",       "SET 'a' = 'b';\n"};
    SqlEditor edited;
    edited.setText(generatedScript(6));
    QRandomGenerator random(7);
    for (int round = 1; round <= 400; ++round) {
        const qsizetype length = edited.SendScintilla(Sci::SCI_GETLENGTH);
        const ulong at = ulong(random.bounded(int(length) + 1));
        if (random.bounded(3) == 0) {
            edited.SendScintilla(Sci::SCI_DELETERANGE, at,
                                 long(qMin<qsizetype>(random.bounded(30), length - qsizetype(at))));
        } else {
            edited.SendScintilla(Sci::SCI_INSERTTEXT, at,
                                 fragments[random.bounded(int(std::size(fragments)))]);
        }
        const long styleTo =
            long(random.bounded(int(edited.SendScintilla(Sci::SCI_GETLENGTH)) + 1));
        edited.SendScintilla(Sci::SCI_COLOURISE, edited.SendScintilla(Sci::SCI_GETENDSTYLED),
                             styleTo);
        if (round % 40 == 0) {
            // The same bytes: edits split characters, and a QString would repair them.
            SqlEditor fresh;
            fresh.SendScintilla(Sci::SCI_SETTEXT, 0UL,
                                edited.textBytes().toByteArray().constData());
            QCOMPARE(styleDump(edited), styleDump(fresh));
        }
    }
}

void TestSqlEditor::statementIndexFollowsRandomEdits()
{
    // Random edits with fragments that change how a script splits; whatever the index calls
    // exact must be what a full split says, however lazily it was asked.
    const char *const fragments[] = {";",    "'",
                                     "`",    "/*",
                                     "*/",   "-- x",
                                     "\n",   "SELECT 1",
                                     " ",    "EXECUTE STATEMENT SET BEGIN ",
                                     "END;", "(",
                                     ")",    "INSERT INTO t SELECT 2;",
                                     "中文", "${v}",
                                     ";;"};
    QByteArray text = generatedScript(12).toUtf8();
    Internal::StatementIndex index;
    index.reset();
    QRandomGenerator random(20240521);
    for (int round = 0; round < 3000; ++round) {
        const int op = int(random.bounded(3));
        const qsizetype at = random.bounded(int(text.size()) + 1);
        if (op == 0 || text.isEmpty()) {
            const QByteArray fragment(fragments[random.bounded(int(std::size(fragments)))]);
            text.insert(at, fragment);
            index.textInserted(at, fragment.size());
        } else if (op == 1) {
            const qsizetype length = qMin<qsizetype>(random.bounded(24), text.size() - at);
            text.remove(at, length);
            index.textDeleted(at, length);
        } else {
            index.update(QByteArrayView(text).sliced(index.resumeOffset()), at);
            QVERIFY(index.isExactAt(at));
            const QVector<Statement> full = StatementSplitter::split(QByteArrayView(text));
            if (index.isComplete())
                QCOMPARE(index.exactCount(), int(full.size()));
            QVERIFY(index.exactCount() <= full.size());
            for (int i = 0; i < index.exactCount(); ++i) {
                const Internal::StatementIndex::Extent &e = index.at(i);
                QCOMPARE(e.extentBegin, full[i].extentBegin.value);
                QCOMPARE(e.begin, full[i].begin.value);
                QCOMPARE(e.end, full[i].end.value);
                QCOMPARE(e.extentEnd, full[i].extentEnd.value);
                QCOMPARE(e.terminator, full[i].terminator);
            }
            QCOMPARE(index.indexAt(at), StatementSplitter::indexAt(full, ByteOffset{at}));
        }
    }
}

void TestSqlEditor::foldsStatementsAndParentheses()
{
    SqlEditor editor;
    editor.setText(kScript);
    styleAll(&editor);
    auto level = [&](int line) { return int(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, line)); };
    const int header = Sci::SC_FOLDLEVELHEADERFLAG;
    const int base = Sci::SC_FOLDLEVELBASE;
    QVERIFY(!(level(1) & header));                              // SET ... ; on one line
    QVERIFY(level(2) & header);                                 // CREATE TABLE orders (
    QCOMPARE(level(3) & Sci::SC_FOLDLEVELNUMBERMASK, base + 2); // inside statement and parens
    QVERIFY(level(6) & header);                                 // ) WITH (  opens the options
    QCOMPARE(level(9) & Sci::SC_FOLDLEVELNUMBERMASK, base + 1); // ); still in the statement
    QCOMPARE(level(10) & Sci::SC_FOLDLEVELNUMBERMASK, base);    // the comment before SELECT
    // Folding the CREATE statement hides its lines, and only those.
    editor.SendScintilla(Sci::SCI_FOLDLINE, 2, Sci::SC_FOLDACTION_CONTRACT);
    QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 3));
    QVERIFY(!editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 9));
    QVERIFY(editor.SendScintilla(Sci::SCI_GETLINEVISIBLE, 10));
}

void TestSqlEditor::togglesComments()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 1;\n  SELECT 2;\n\n    SELECT 3;\n"));
    editor.setSelection(0, 3, 3, 2);
    QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(editor.text(), QStringLiteral("-- SELECT 1;\n--   SELECT 2;\n\n--     SELECT 3;\n"));
    QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(editor.text(), QStringLiteral("SELECT 1;\n  SELECT 2;\n\n    SELECT 3;\n"));
    // Only the caret's line without a selection, at its indentation; undo is one step.
    editor.setCursorPosition(1, 4);
    QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(editor.text(1), QStringLiteral("  -- SELECT 2;\n"));
    editor.undo();
    QCOMPARE(editor.text(1), QStringLiteral("  SELECT 2;\n"));
}

void TestSqlEditor::goesToLineAndColumn()
{
    SqlEditor editor;
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(QStringLiteral("SELECT 1;\n-- x\n\t名字 = 'a😀b';\n"));
    QTest::keyClick(&editor, Qt::Key_G, Qt::ControlModifier);
    auto *field = editor.findChild<QLineEdit *>(QStringLiteral("goToLineText"));
    QVERIFY(field && field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("3:11"));
    QTest::keyClick(field, Qt::Key_Return);
    // Column 11 in UTF-16 units: tab, 名, 字, space, =, space, ', a, 😀 (two units), then "b".
    const qsizetype caret = editor.caretOffset().value;
    QCOMPARE(editor.textBytes().sliced(caret, 1), QByteArrayView("b"));
    QVERIFY(editor.hasFocus());
    QVERIFY(!field->isVisible());
}

void TestSqlEditor::marksCurrentStatement()
{
    SqlEditor editor;
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(kScript);
    auto caretAt = [&](const char *needle, int shift = 0) {
        editor.SendScintilla(Sci::SCI_GOTOPOS, ulong(offsetOf(editor, needle) + shift));
        editor.viewport()->repaint(); // Scintilla reports caret moves when it paints
    };
    caretAt("'kafka'");
    QCOMPARE(editor.markedStatementLines(), qMakePair(2, 9));
    QCOMPARE(editor.currentStatement()->kind, StatementKind::Create);
    caretAt(");\n/*", 2); // right after the ';' : still the CREATE statement
    QCOMPARE(editor.markedStatementLines(), qMakePair(2, 9));
    caretAt("totals"); // the comment before SELECT belongs to it
    QCOMPARE(editor.markedStatementLines(), qMakePair(11, 11));
    QCOMPARE(editor.currentStatement()->kind, StatementKind::Query);
    // Typing a ';' splits the statement: the mark follows at once. The caret, with text after
    // it on its line, is in the second part now.
    caretAt("  `user`");
    QTest::keyClicks(&editor, QStringLiteral(";"));
    editor.viewport()->repaint();
    QCOMPARE(editor.markedStatementLines(), qMakePair(4, 9));
    caretAt("orders (");
    QCOMPARE(editor.markedStatementLines(), qMakePair(2, 4)); // up to the new ';' on line 4
}

void TestSqlEditor::runSignalsCarryExactStatements()
{
    SqlEditor editor;
    editor.setText(kScript);
    const QVector<Statement> all = StatementSplitter::split(editor.textBytes());
    QCOMPARE(all.size(), 3);
    QSignalSpy statement(&editor, &SqlEditor::runStatementRequested);
    QSignalSpy script(&editor, &SqlEditor::runScriptRequested);

    editor.SendScintilla(Sci::SCI_GOTOPOS, ulong(offsetOf(editor, "price DECIMAL")));
    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(statement.size(), 1);
    compareStatements(statement.at(0).at(0).value<Statement>(), all[1]);

    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(script.size(), 1);
    const auto whole = script.at(0).at(0).value<QList<Statement>>();
    QCOMPARE(whole.size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        compareStatements(whole[i], all[i]);

    // A selection runs its own statements, with the script's positions: here a query inside
    // the hint-free tail of line 12 and the table name after it.
    const qsizetype from = offsetOf(editor, "my_udf");
    const qsizetype to = offsetOf(editor, "FROM orders");
    editor.SendScintilla(Sci::SCI_SETSEL, ulong(from), long(to));
    statement.clear();
    QTest::keyClick(&editor, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(statement.size(), 1);
    const Statement part = statement.at(0).at(0).value<Statement>();
    QCOMPARE(part.begin.value, from);
    QCOMPARE(part.text(editor.text()), QStringLiteral("my_udf(price) * 1.5, COUNT(*)"));
    const TextPositions positions(editor.textBytes().toByteArray());
    QCOMPARE(part.start, positions.lineColumn(part.begin));
    QCOMPARE(part.finish, positions.lineColumn(part.end));
    QCOMPARE(part.utf16Begin, positions.utf16Offset(part.begin));
}

void TestSqlEditor::formatKeyAndZoomKeys()
{
    SqlEditor editor;
    QSignalSpy format(&editor, &SqlEditor::formatRequested);
    QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(format.size(), 1);
    // What app/ does with the request: the core formatter, one undo step.
    const QString messy = QStringLiteral("select a,b from t where x=1;\n");
    editor.setText(messy);
    QVERIFY(editor.formatSql());
    QCOMPARE(editor.textBytes(), QByteArrayView(Formatter::format(messy.toUtf8())));
    QVERIFY(!editor.formatSql()); // formatted already
    editor.undo();
    QCOMPARE(editor.text(), messy);

    QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 2L);
    QTest::keyClick(&editor, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 1L);
    QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(editor.SendScintilla(Sci::SCI_GETZOOM), 0L);
}

void TestSqlEditor::autoIndents()
{
    SqlEditor editor;
    QTest::keyClicks(&editor, QStringLiteral("CREATE TABLE t ("));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("a INT"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral(")"));
    QCOMPARE(editor.text(), QStringLiteral("CREATE TABLE t (\n    a INT\n)"));
}

void TestSqlEditor::findAndReplaceWithRegex()
{
    SqlEditor editor;
    editor.resize(700, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(QStringLiteral("SELECT col_1, col_22 FROM t_3;\n"));
    QTest::keyClick(&editor, Qt::Key_H, Qt::ControlModifier);
    FindBar *bar = editor.findBar();
    QVERIFY(bar->isVisible());
    bar->setRegularExpression(true);
    bar->setCaseSensitive(true);
    bar->setSearchText(QStringLiteral("col_(\\d+)"));
    QVERIFY(bar->findNext());
    QCOMPARE(editor.selectedText(), QStringLiteral("col_1"));
    bar->setReplacementText(QStringLiteral("c\\1"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(editor.text(), QStringLiteral("SELECT c1, c22 FROM t_3;\n"));
    editor.undo(); // one step
    QCOMPARE(editor.text(), QStringLiteral("SELECT col_1, col_22 FROM t_3;\n"));
    QTest::keyClick(bar->findChild<QLineEdit *>(QStringLiteral("findText")), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestSqlEditor::diagnosticsOnChineseTextAndTabs()
{
    SqlEditor editor;
    // A full-width comma after Chinese text and a tab, and an unclosed string two lines on.
    editor.setText(QStringLiteral("SELECT\t名字，\t年龄 FROM 表;\n-- 注释\n\tSELECT '未完\n"));
    editor.checkNow();
    const QVector<Diagnostic> found = editor.localDiagnostics();
    QCOMPARE(found.size(), 2);
    const QByteArray bytes = editor.textBytes().toByteArray();
    QCOMPARE(found[0].begin.value, bytes.indexOf("，"));
    QCOMPARE(found[0].end.value, bytes.indexOf("，") + 3);
    QCOMPARE(found[0].start, (LineColumn{1, 10})); // SELECT, tab, 名, 字 -> column 10
    QCOMPARE(found[1].begin.value, bytes.indexOf("'未完"));
    QCOMPARE(found[1].start, (LineColumn{3, 9}));
    // The squiggles cover exactly those bytes.
    const DiagnosticsRenderer *r = editor.diagnosticsRenderer();
    const int error = r->indicator(DiagnosticsRenderer::Source::Local, Diagnostic::Severity::Error);
    const auto runs = indicatorRuns(editor, error);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0], qMakePair(found[0].begin.value, found[0].end.value));
    QCOMPARE(runs[1], qMakePair(found[1].begin.value, found[1].end.value));
    QCOMPARE(r->diagnosticsAt(found[0].begin.value + 1).size(), 1);
    QVERIFY(editor.SendScintilla(Sci::SCI_MARKERGET, 0UL) & r->markerMask());
    QVERIFY(editor.SendScintilla(Sci::SCI_MARKERGET, 2UL) & r->markerMask());
    QVERIFY(editor.annotation(0).contains(QStringLiteral("，")));

    // Resting the mouse on a squiggle shows the message.
    editor.resize(600, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const ulong at = ulong(found[1].begin.value);
    emit editor.SCN_DWELLSTART(
        int(at), int(editor.SendScintilla(Sci::SCI_POINTXFROMPOSITION, 0UL, long(at))),
        int(editor.SendScintilla(Sci::SCI_POINTYFROMPOSITION, 0UL, long(at))));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), found[1].message.toHtmlEscaped());
}

void TestSqlEditor::largeTextIsCheckedOffThread()
{
    SqlEditor editor;
    QSignalSpy updated(&editor, &SqlEditor::diagnosticsUpdated);
    editor.setText(generatedScript(3000) + QStringLiteral("SELECT (1;\n"));
    QVERIFY(editor.textBytes().size() > 256 * 1024);
    QVERIFY(updated.wait(10000));
    const QVector<Diagnostic> found = editor.localDiagnostics();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].code, Diagnostic::Code::UnclosedParenthesis);
}

void TestSqlEditor::placesFlinkErrors()
{
    SqlEditor editor;
    // The statement starts mid-line after Chinese text; Flink counts within the statement.
    editor.setText(QStringLiteral("SELECT '中文'; SELECT a,\n\tb FROM 不存在的表;\n"));
    const QVector<Statement> all = editor.statements();
    QCOMPARE(all.size(), 2);
    // "Object '不存在的表' not found" at line 2, column 9 of the statement (tab counts one).
    const Diagnostic d = editor.showFlinkError(all[1], LineColumn{2, 9},
                                               QStringLiteral("Object '不存在的表' not found"));
    const QByteArray bytes = editor.textBytes().toByteArray();
    QCOMPARE(d.begin.value, bytes.indexOf("不存在的表"));
    QCOMPARE(d.end.value, bytes.indexOf(";\n"));
    QCOMPARE(d.start, (LineColumn{2, 9}));
    // Line 1 of the statement is shifted by where it starts: column 8 there is 'a'.
    const Diagnostic a = editor.showFlinkError(all[1], LineColumn{1, 8}, LineColumn{1, 8},
                                               QStringLiteral("Column 'a' not found"));
    QCOMPARE(a.begin.value, bytes.indexOf("a,"));
    QCOMPARE(a.end.value, a.begin.value + 1);
    const int flink = editor.diagnosticsRenderer()->indicator(DiagnosticsRenderer::Source::Flink,
                                                              Diagnostic::Severity::Error);
    const auto runs = indicatorRuns(editor, flink);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[1], qMakePair(d.begin.value, d.end.value));
    QCOMPARE(editor.flinkErrors().size(), 2);
    // Local checks do not wipe Flink's errors; clearing does.
    editor.checkNow();
    QCOMPARE(indicatorRuns(editor, flink).size(), 2);
    editor.clearFlinkErrors();
    QCOMPARE(indicatorRuns(editor, flink).size(), 0);
}

void TestSqlEditor::screenshots()
{
    for (bool dark : {false, true}) {
        SqlEditor editor;
        editor.setDarkTheme(dark);
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setPointSize(10);
        editor.setEditorFont(font);
        editor.resize(900, 520);
        editor.setText(kScript + QStringLiteral("SELECT price，id FROM orders WHERE (id > 1;\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.checkNow();
        const QVector<Statement> all = editor.statements();
        const qsizetype orders = offsetOf(editor, "orders WHERE id > 42");
        const int column = int(orders - all[2].begin.value) + 1; // the statement's line is ASCII
        editor.showFlinkError(all[2], LineColumn{1, column},
                              QStringLiteral("Object 'orders' not found within 'default_catalog'"));
        editor.SendScintilla(Sci::SCI_GOTOPOS, ulong(offsetOf(editor, "'kafka'") + 3));
        QCoreApplication::processEvents();
        const QString path = Test::outputDir() + (dark ? QStringLiteral("/sqleditor-dark.png")
                                                       : QStringLiteral("/sqleditor-light.png"));
        QVERIFY(editor.grab().save(path));
    }
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
