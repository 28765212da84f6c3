// Completion in the real editor, driven by QTest key events (offscreen): automatic triggers
// (two identifier characters, alias '.', a quote in WITH), Ctrl+Space, choosing with Return,
// call tips while typing arguments, the asynchronous path dropping stale results, and a
// screenshot of an open completion list over a highlighted script.
#include "completioncontroller.h"
#include "sql/inmemorycatalog.h"
#include "sqleditor.h"
#include "testpaths.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;
using Sci = QsciScintillaBase;

namespace {

// Typed line by line; the editor indents after '(' and dedents at ')'.
const char *const kScriptLines[] = {
    "-- 订单与用户",
    "CREATE TABLE orders (",
    "order_id BIGINT,",
    "user_id BIGINT,",
    "price DECIMAL(10, 2),",
    "buyer ROW<first_name STRING, last_name STRING>,",
    "order_time TIMESTAMP(3)",
    ") WITH ('connector' = 'datagen', 'rows-per-second' = '5');",
    "SELECT (price + 1 FROM orders;",
    "",
};

InMemoryCatalog *makeCatalog()
{
    auto *catalog = new InMemoryCatalog;
    const QString cat = QStringLiteral("default_catalog");
    const QString db = QStringLiteral("default_database");
    catalog->addTable(cat, db, QStringLiteral("users"),
                      {{QStringLiteral("id"), QStringLiteral("BIGINT")},
                       {QStringLiteral("name"), QStringLiteral("STRING")},
                       {QStringLiteral("user"), QStringLiteral("STRING")}});
    catalog->addTable(cat, db, QStringLiteral("order items"),
                      {{QStringLiteral("item"), QStringLiteral("STRING")}});
    catalog->addTable(cat, db, QStringLiteral("order_archive"),
                      {{QStringLiteral("order_id"), QStringLiteral("BIGINT")}});
    return catalog;
}

QStringList displays(const CompletionController &controller, int count)
{
    QStringList list;
    for (const CompletionCandidate &c : controller.shownCandidates()) {
        if (list.size() == count)
            break;
        list.append(c.display);
    }
    return list;
}

QString currentLine(QsciScintilla &editor)
{
    int line = 0;
    int index = 0;
    editor.getCursorPosition(&line, &index);
    return editor.text(line).remove(QLatin1Char('\n'));
}

// Scintilla's list is a popup of its own; find it to check it and to paint it into shots.
QListWidget *visibleList()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        auto *list = qobject_cast<QListWidget *>(widget);
        if (list && list->isVisible())
            return list;
    }
    return nullptr;
}

} // namespace

class TestCompletionUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedScriptCompletesAlias();
    void ctrlSpaceCompletesTables();
    void typingTwoCharactersTriggers();
    void quoteInWithTriggersOptionKeys();
    void functionInsertionAndCallTip();
    void staleAsynchronousResultIsDropped();
    void screenshotOfOpenList();

private:
    void typeScript();
    void saveWithPopups(const QString &name);
    void typeText(const QString &text);

    SqlEditor *m_editor = nullptr;
    CompletionController *m_controller = nullptr;
    InMemoryCatalog *m_catalog = nullptr;
};

void TestCompletionUi::initTestCase()
{
    // Scintilla raises its list popup; the offscreen platform says it cannot, every time.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("does not support raise()")))
                previous(type, context, message);
        });
}

void TestCompletionUi::init()
{
    m_catalog = makeCatalog();
    m_editor = new SqlEditor;
    m_editor->resize(900, 460);
    m_controller = new CompletionController(m_editor);
    m_controller->setMetadataProvider(m_catalog);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->setFocus();
}

void TestCompletionUi::cleanup()
{
    delete m_editor; // deletes the controller, its child
    m_editor = nullptr;
    delete m_catalog;
    m_catalog = nullptr;
}

void TestCompletionUi::typeText(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(m_editor, Qt::Key_Return);
        else if (c.unicode() < 0x80)
            QTest::keyClicks(m_editor, QString(c));
        else // keyClicks knows ASCII only; the editor reads the event's text
            QTest::sendKeyEvent(QTest::Click, m_editor, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
}

void TestCompletionUi::typeScript()
{
    // The script itself goes in without lists popping up; completion is tested after it.
    m_controller->setAutoTrigger(false);
    for (const char *line : kScriptLines) {
        typeText(QString::fromUtf8(line));
        QTest::keyClick(m_editor, Qt::Key_Return);
    }
    m_controller->setAutoTrigger(true);
    QVERIFY(m_editor->text().contains(QStringLiteral("    order_id BIGINT,\n")));
}

void TestCompletionUi::typedScriptCompletesAlias()
{
    typeScript();
    typeText(QStringLiteral("SELECT  FROM orders o;"));
    // Back to after "SELECT " and type the alias and its dot: the list opens by itself.
    QTest::keyClick(m_editor, Qt::Key_Home);
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(m_editor, Qt::Key_Right);
    QSignalSpy shown(m_controller, &CompletionController::listShown);
    typeText(QStringLiteral("o."));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(
        displays(*m_controller, 5),
        QStringList({QStringLiteral("order_id"), QStringLiteral("user_id"), QStringLiteral("price"),
                     QStringLiteral("buyer"), QStringLiteral("order_time")}));
    QVERIFY(visibleList());
    // Typing narrows the list (fuzzy: "ot" is order_time by its word starts).
    typeText(QStringLiteral("ot"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("order_time")});
    QTest::keyClick(m_editor, Qt::Key_Return);
    QVERIFY(!m_controller->isListVisible());
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT o.order_time FROM orders o;"));
    // ROW fields after a ROW column and a dot.
    typeText(QStringLiteral(", o.buyer."));
    QCOMPARE(displays(*m_controller, 2),
             QStringList({QStringLiteral("first_name"), QStringLiteral("last_name")}));
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QVERIFY(!m_controller->isListVisible());
}

void TestCompletionUi::ctrlSpaceCompletesTables()
{
    typeScript();
    typeText(QStringLiteral("SELECT * FROM "));
    QVERIFY(!m_controller->isListVisible());
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(m_controller->isListVisible());
    // The script's own table first, then the catalog's by name.
    QCOMPARE(displays(*m_controller, 4),
             QStringList({QStringLiteral("orders"), QStringLiteral("order items"),
                          QStringLiteral("order_archive"), QStringLiteral("users")}));
    // Down, Return: a name that needs backticks gets them.
    QTest::keyClick(m_editor, Qt::Key_Down);
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT * FROM `order items`"));
    // Ctrl+Space inside a word replaces the whole word.
    typeText(QStringLiteral(" u JOIN us"));
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QTest::keyClick(m_editor, Qt::Key_Left);
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("users")});
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT * FROM `order items` u JOIN users"));
}

void TestCompletionUi::typingTwoCharactersTriggers()
{
    typeScript();
    typeText(QStringLiteral("SELECT * FROM o"));
    QVERIFY(!m_controller->isListVisible()); // one character is not enough
    typeText(QStringLiteral("r"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("orders")});
    // A space ends the word and closes the list.
    typeText(QStringLiteral("ders "));
    QVERIFY(!m_controller->isListVisible());
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT * FROM orders "));
    // Backspace keeps the list in step.
    typeText(QStringLiteral("WHERE pr"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("price")});
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QTRY_COMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("price")});
}

void TestCompletionUi::quoteInWithTriggersOptionKeys()
{
    typeText(QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = 'kafka', '"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1),
             QStringList{QStringLiteral("properties.bootstrap.servers")});
    typeText(QStringLiteral("scan.st"));
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("scan.startup.mode")});
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(
        currentLine(*m_editor),
        QStringLiteral("CREATE TABLE t (a INT) WITH ('connector' = 'kafka', 'scan.startup.mode'"));
    typeText(QStringLiteral(" = '"));
    QCOMPARE(displays(*m_controller, 3),
             QStringList({QStringLiteral("earliest-offset"), QStringLiteral("latest-offset"),
                          QStringLiteral("group-offsets")}));
    // An apostrophe in an ordinary string opens nothing.
    QTest::keyClick(m_editor, Qt::Key_Escape);
    typeText(QStringLiteral("');\nSELECT 'x"));
    QVERIFY(!m_controller->isListVisible());
    // "${" offers the variables known outside the script; choosing closes the brace.
    m_controller->setVariables({{QStringLiteral("bizdate"), QStringLiteral("20240101")}});
    typeText(QStringLiteral("-${"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("bizdate")});
    QTest::keyClick(m_editor, Qt::Key_Return);
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT 'x-${bizdate}"));
}

void TestCompletionUi::functionInsertionAndCallTip()
{
    typeScript();
    QSignalSpy tips(m_controller, &CompletionController::callTipShown);
    typeText(QStringLiteral("SELECT SUBST"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 2),
             QStringList({QStringLiteral("SUBSTR"), QStringLiteral("SUBSTRING")}));
    QTest::keyClick(m_editor, Qt::Key_Return);
    // NAME() with the caret between the parentheses, and the call tip at once.
    QCOMPARE(currentLine(*m_editor), QStringLiteral("SELECT SUBSTR()"));
    QVERIFY(m_controller->isCallTipVisible());
    QCOMPARE(tips.last().at(0).value<CallTip>().argumentIndex, 0);
    typeText(QStringLiteral("price, "));
    QVERIFY(m_controller->isCallTipVisible());
    const CallTip tip = tips.last().at(0).value<CallTip>();
    QCOMPARE(tip.function, QStringLiteral("SUBSTR"));
    QCOMPARE(tip.argumentIndex, 1);
    QCOMPARE(tip.signature.mid(tip.highlightBegin, tip.highlightEnd - tip.highlightBegin),
             QStringLiteral("pos"));
    saveWithPopups(QStringLiteral("completion-calltip.png"));
    // Leaving the call closes the tip.
    QTest::keyClick(m_editor, Qt::Key_End);
    QTRY_VERIFY(!m_controller->isCallTipVisible());
}

void TestCompletionUi::staleAsynchronousResultIsDropped()
{
    typeScript();
    typeText(QStringLiteral("SELECT * FROM "));
    m_controller->setSynchronousLimit(0); // every request off the GUI thread
    QSignalSpy shown(m_controller, &CompletionController::listShown);
    m_controller->complete();
    QTRY_VERIFY(m_controller->isListVisible());
    QCOMPARE(shown.count(), 1);
    QTest::keyClick(m_editor, Qt::Key_Escape);
    // The text changes before the result arrives: it is dropped.
    m_controller->complete();
    m_editor->SendScintilla(Sci::SCI_ADDTEXT, 1, "x");
    QTest::qWait(200);
    QCOMPARE(shown.count(), 1);
    QVERIFY(!m_controller->isListVisible());
}

void TestCompletionUi::screenshotOfOpenList()
{
    typeScript();
    m_editor->checkNow(); // the unbalanced '(' above gets its squiggle
    const char *const lines[] = {
        "SELECT o.order_id, DATE_FORMAT(o.order_time, 'yyyy-MM-dd') AS day, u.name",
        "FROM orders o", "JOIN users u ON u.id = o.user_id"};
    for (const char *line : lines) {
        typeText(QString::fromUtf8(line));
        // Return would choose from an open list, as it does for a user.
        if (m_controller->isListVisible())
            QTest::keyClick(m_editor, Qt::Key_Escape);
        QTest::keyClick(m_editor, Qt::Key_Return);
    }
    typeText(QStringLiteral("WHERE o.pr"));
    QVERIFY(m_controller->isListVisible());
    QCOMPARE(displays(*m_controller, 1), QStringList{QStringLiteral("price")});
    // Backspace twice: the list follows, back to all of o's columns.
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QTRY_COMPARE(m_controller->shownCandidates().size(), 5);
    QVERIFY(m_controller->isListVisible());
    QVERIFY(visibleList());
    saveWithPopups(QStringLiteral("completion-list.png"));

    // The dark theme, with WITH option keys and a function's call tip.
    QTest::keyClick(m_editor, Qt::Key_Escape);
    m_editor->setDarkTheme(true);
    m_controller->setAutoTrigger(false);
    typeText(QStringLiteral("price > 10;\nSELECT SUBSTR(o.buyer.first_name, 1, 3) FROM orders o;\n"
                            "CREATE TABLE sink WITH ("));
    QTest::keyClick(m_editor, Qt::Key_Return);
    typeText(QStringLiteral("'connector' = 'kafka',"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    typeText(QStringLiteral("'scan."));
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(m_controller->isListVisible());
    QListWidget *list = visibleList();
    QVERIFY(list);
    // The list follows the editor's theme.
    QVERIFY(list->palette().color(QPalette::Base).lightness() < 100);
    saveWithPopups(QStringLiteral("completion-options-dark.png"));
}

void TestCompletionUi::saveWithPopups(const QString &name)
{
    QTest::qWait(50);
    // Scintilla's list and call tip are popups of their own: paint them where they stand.
    QPixmap shot = m_editor->grab();
    QPainter painter(&shot);
    for (QWidget *child : m_editor->findChildren<QWidget *>()) {
        if (child->isWindow() && child->isVisible()) {
            const QPoint at =
                child->mapToGlobal(QPoint(0, 0)) - m_editor->mapToGlobal(QPoint(0, 0));
            painter.drawPixmap(at, child->grab());
        }
    }
    painter.end();
    const QString file = QDir(Test::outputDir()).filePath(name);
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

QTEST_MAIN(TestCompletionUi)
#include "tst_completion.moc"
