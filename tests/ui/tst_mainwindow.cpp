// The main window end to end: tree actions, typing, saving, restart, layout restore.
#include "consolepanel.h"
#include "mainwindow.h"
#include "projecttree.h"
#include "projecttreemodel.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"
#include "studio.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Weir;

namespace {

const QString kHelloWorld = QStringLiteral(
    "CREATE TABLE Orders (\n"
    "  order_number BIGINT,\n"
    "  price        DECIMAL(32,2),\n"
    "  buyer        ROW<first_name STRING, last_name STRING>,\n"
    "  order_time   TIMESTAMP(3)\n"
    ") WITH (\n"
    "  'connector' = 'datagen',\n"
    "  'rows-per-second' = '1',\n"
    "  'number-of-rows' = '50'\n"
    ");\n"
    "-- 订单预览\n"
    "SELECT order_number, price, buyer.first_name, buyer.last_name, order_time FROM Orders;\n");

// Types into the focused inline editor of the tree and commits it, as a user renaming does.
void typeNewName(QTreeView *view, const QString &name)
{
    // Editors of earlier renames are deleted later; let that happen so we find the new one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *line = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    QVERIFY2(line, "the tree did not open an inline editor for the new item's name");
    line->selectAll();
    QTest::keyClicks(line, name);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(view->currentIndex().data().toString(), name);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void createTypeSaveRestart();
    void treeRenameMoveDelete();
    void chineseUserInterface();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::createTypeSaveRestart()
{
    QVERIFY(m_dir.isValid());
    qint64 scriptId = 0;
    {
        Studio studio(m_dir.path());
        QVERIFY2(studio.start(), "the studio did not start");
        MainWindow *window = studio.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QAbstractItemModelTester tester(window->projectTree()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A new workspace starts with the getting-started scripts, the hello world open.
        ProjectTreeModel *model = window->projectTree()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex gettingStarted = model->index(0, 0);
        QCOMPARE(gettingStarted.data().toString(), QStringLiteral("Getting started"));
        QCOMPARE(model->rowCount(gettingStarted), 2);
        QCOMPARE(window->scriptTabs()->count(), 1);

        window->projectTree()->view()->setCurrentIndex(QModelIndex());
        window->projectTree()->action(ProjectTree::Action::NewFolder)->trigger();
        typeNewName(window->projectTree()->view(), QStringLiteral("My jobs"));
        window->projectTree()->action(ProjectTree::Action::NewFlinkSqlScript)->trigger();
        typeNewName(window->projectTree()->view(), QStringLiteral("Orders preview"));

        QCOMPARE(model->rowCount(), 2);
        const QModelIndex folder = model->index(1, 0);
        QCOMPARE(folder.data().toString(), QStringLiteral("My jobs"));
        QCOMPARE(model->rowCount(folder), 1);
        const QModelIndex script = model->index(0, 0, folder);
        QCOMPARE(script.data().toString(), QStringLiteral("Orders preview"));
        QCOMPARE(script.data(ProjectTreeModel::ScriptTypeRole).toString(), QStringLiteral("FlinkSQL"));

        scriptId = script.data(ProjectTreeModel::IdRole).toLongLong();
        ScriptTabs *tabs = window->scriptTabs();
        QCOMPARE(tabs->currentScriptId(), scriptId);
        SqlEditor *editor = tabs->editorFor(scriptId);
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("SELECT 1"));
        QCOMPARE(editor->text(), QStringLiteral("SELECT 1"));
        QVERIFY(tabs->isModified(scriptId));
        QVERIFY(tabs->tabText(tabs->currentIndex()).endsWith(QChar(0x25CF)));

        editor->setText(kHelloWorld);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!tabs->isModified(scriptId));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Orders preview"));
        QCOMPARE(studio.storage().scripts().find(scriptId)->text, kHelloWorld);
        QCOMPARE(studio.storage().scripts().versions(scriptId).size(), 1);

        window->projectTree()->view()->expandAll();
        window->findChild<QDockWidget *>(QStringLiteral("consoleDock"))->raise();
        window->console()->append(ConsolePanel::Level::Info, QStringLiteral("Saved \"Orders preview\"."));
        QTest::qWait(50);
        const QString shot = Test::outputDir() + QStringLiteral("/main-window.png");
        QVERIFY(window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        window->close();
    }
    // A real restart: a new store on the same files, a new window.
    {
        Studio studio(m_dir.path());
        QVERIFY(studio.start());
        ScriptTabs *tabs = studio.window()->scriptTabs();
        QCOMPARE(tabs->openScriptIds().size(), 2);
        QCOMPARE(tabs->openScriptIds().constLast(), scriptId);
        QCOMPARE(tabs->currentScriptId(), scriptId);
        QCOMPARE(tabs->editorFor(scriptId)->text(), kHelloWorld);
        QVERIFY(!tabs->isModified(scriptId));
        QVERIFY(studio.window()->findChild<QDockWidget *>(QStringLiteral("consoleDock"))->isVisible());
        studio.window()->close();
    }
}

void TestMainWindow::treeRenameMoveDelete()
{
    QTemporaryDir dir;
    Studio studio(dir.path());
    QVERIFY(studio.start());
    MainWindow *window = studio.window();
    ProjectTreeModel *model = window->projectTree()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int before = model->rowCount();
    const QModelIndex a = model->createFolder({}, QStringLiteral("a"));
    const QModelIndex b = model->createFolder({}, QStringLiteral("b"));
    QCOMPARE(model->rowCount(), before + 2);
    QVERIFY(a.isValid() && b.isValid());
    const QModelIndex script = model->createScript(a, QStringLiteral("job"), ScriptType::FlinkSqlEnv);
    QVERIFY(script.isValid());
    const qint64 scriptId = script.data(ProjectTreeModel::IdRole).toLongLong();
    window->scriptTabs()->openScript(scriptId);

    // Rename through the model, as the inline editor does; the open tab follows.
    QVERIFY(model->setData(model->indexOfScript(scriptId), QStringLiteral("env")));
    QCOMPARE(window->scriptTabs()->tabText(window->scriptTabs()->currentIndex()), QStringLiteral("env"));

    // Drag and drop: the script moves from a to b, in the view and in the store.
    const QPersistentModelIndex aIndex(a), bIndex(b);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOfScript(scriptId)}));
    QCOMPARE(bIndex.data().toString(), QStringLiteral("b"));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, bIndex));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, bIndex);
    QCOMPARE(model->rowCount(aIndex), 0);
    QCOMPARE(model->rowCount(bIndex), 1);
    QCOMPARE(studio.storage().scripts().find(scriptId)->folderId,
             bIndex.data(ProjectTreeModel::IdRole).toLongLong());

    // A folder cannot go into itself; the model reports why.
    QVERIFY(!model->move(aIndex, aIndex));

    // Deleting a folder removes its scripts and their tabs.
    const QList<qint64> under = model->scriptIdsUnder(bIndex);
    QCOMPARE(under, QList<qint64>{scriptId});
    const int tabsBefore = window->scriptTabs()->count();
    QVERIFY(model->remove(bIndex));
    window->scriptTabs()->closeScripts(under);
    QCOMPARE(window->scriptTabs()->count(), tabsBefore - 1);
    QVERIFY(!studio.storage().scripts().find(scriptId));
    QCOMPARE(model->rowCount(), before + 1);
    window->close();
}

void TestMainWindow::chineseUserInterface()
{
    QTemporaryDir dir;
    {
        auto storage = Storage::open(WorkspacePaths(dir.path()));
        QVERIFY(storage);
        Settings settings(storage.value()->settings());
        QVERIFY(settings.set(SettingKeys::language, QStringLiteral("zh_CN")));
        const Result<Script> script = storage.value()->scripts().create(
            0, QStringLiteral("订单预览"), ScriptType::FlinkSql, kHelloWorld);
        QVERIFY(script);
        QVERIFY(settings.set(SettingKeys::openScriptIds, QList<qint64>{script->id}));
    }
    Studio studio(dir.path());
    QVERIFY(studio.start());
    MainWindow *window = studio.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window->findChild<QDockWidget *>(QStringLiteral("projectDock"))->windowTitle(), QStringLiteral("项目"));
    const QString shot = Test::outputDir() + QStringLiteral("/main-window-zh_CN.png");
    QVERIFY(window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    window->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
