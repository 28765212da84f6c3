// The project tree's script decorations: the lifecycle tag and the current job's state as model
// roles (kept across reloads, one dataChanged per real change), drawn by the delegate in light
// and dark (project-tree-states-<theme>.png) while renaming (F2) and moving still work, and the
// script actions appended to the context menu.
#include "jobstatecolor.h"
#include "projecttree.h"
#include "projecttreedelegate.h"
#include "projecttreemodel.h"
#include "store/storage.h"
#include "testpaths.h"
#include "theme.h"
#include "workspace/workspacepaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Weir;

namespace {

// A fresh workspace store in `dir`.
std::unique_ptr<Storage> openStore(const QTemporaryDir &dir)
{
    auto storage = Storage::open(WorkspacePaths(dir.path()));
    return storage ? std::move(storage.value()) : nullptr;
}

// The tree widget on a fresh workspace, shown at `size`.
struct ShownTree
{
    QTemporaryDir dir;
    std::unique_ptr<Storage> storage = openStore(dir);
    std::unique_ptr<ProjectTree> tree;

    bool show(const QSize &size)
    {
        if (!storage)
            return false;
        tree = std::make_unique<ProjectTree>(*storage);
        tree->resize(size);
        tree->show();
        return QTest::qWaitForWindowExposed(tree.get());
    }
};

// Whether `image` holds a pixel of exactly `color` (a state dot's fill).
bool hasPixel(const QImage &image, const QColor &color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = color.rgb();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if ((line[x] & 0xffffff) == (wanted & 0xffffff))
                return true;
        }
    }
    return false;
}

// The texts of the actions of the context menu that the tree opens at `index`.
QStringList contextMenuAt(ProjectTree &tree, const QModelIndex &index)
{
    QStringList texts;
    QTimer::singleShot(0, &tree, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *a : menu->actions())
            texts.append(a->isSeparator() ? QStringLiteral("|") : a->text());
        menu->close();
    });
    emit tree.view()->customContextMenuRequested(tree.view()->visualRect(index).center());
    return texts;
}

} // namespace

class TestProjectTree : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { Theme::apply(false); }
    void decorationsAreRolesKeptAcrossReload();
    void renameAndMoveKeepTheDecorations();
    void scriptActionsFollowASeparatorForScriptsOnly();
    void statesInBothThemes_data();
    void statesInBothThemes();
};

void TestProjectTree::decorationsAreRolesKeptAcrossReload()
{
    QTemporaryDir dir;
    auto storage = openStore(dir);
    QVERIFY(storage);
    ProjectTreeModel model(*storage);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex folder = model.createFolder({}, QStringLiteral("jobs"));
    const qint64 scriptId =
        model.createScript(folder, QStringLiteral("orders"), ScriptType::FlinkSql)
            .data(ProjectTreeModel::IdRole)
            .toLongLong();
    QVERIFY(scriptId);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setScriptLifecycle(scriptId, QStringLiteral("Online"));
    model.setScriptJobState(scriptId, QStringLiteral("RUNNING"),
                            QStringLiteral("Job \"orders\" on Fixture: Running"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.indexOfScript(scriptId));
    // The same again changes nothing, so a poll that finds nothing new repaints nothing.
    model.setScriptJobState(scriptId, QStringLiteral("RUNNING"),
                            QStringLiteral("Job \"orders\" on Fixture: Running"));
    model.setScriptLifecycle(scriptId, QStringLiteral("Online"));
    QCOMPARE(changed.count(), 2);

    QModelIndex script = model.indexOfScript(scriptId);
    QCOMPARE(script.data().toString(), QStringLiteral("orders")); // the name stays the name
    QCOMPARE(script.data(ProjectTreeModel::LifecycleRole).toString(), QStringLiteral("Online"));
    QCOMPARE(script.data(ProjectTreeModel::JobStateRole).toString(), QStringLiteral("RUNNING"));
    const QString tip = script.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Online")) &&
                 tip.contains(QStringLiteral("on Fixture: Running")),
             qPrintable(tip));
    QVERIFY(!folder.data(ProjectTreeModel::JobStateRole).isValid());
    QVERIFY(!folder.data(ProjectTreeModel::LifecycleRole).isValid());

    // A decoration for a script the tree does not hold yet shows once it does.
    const Result<Script> later =
        storage->scripts().create(0, QStringLiteral("later"), ScriptType::FlinkSql);
    QVERIFY(later);
    model.setScriptJobState(later->id, ProjectTreeModel::unreachableState(),
                            QStringLiteral("Cluster \"x\" does not answer"));
    model.reload();
    script = model.indexOfScript(scriptId);
    QCOMPARE(script.data(ProjectTreeModel::LifecycleRole).toString(), QStringLiteral("Online"));
    QCOMPARE(script.data(ProjectTreeModel::JobStateRole).toString(), QStringLiteral("RUNNING"));
    QCOMPARE(model.indexOfScript(later->id).data(ProjectTreeModel::JobStateRole).toString(),
             ProjectTreeModel::unreachableState());

    // Empty clears.
    model.setScriptLifecycle(scriptId, QString());
    model.setScriptJobState(scriptId, QString(), QString());
    script = model.indexOfScript(scriptId);
    QVERIFY(script.data(ProjectTreeModel::LifecycleRole).toString().isEmpty());
    QVERIFY(script.data(ProjectTreeModel::JobStateRole).toString().isEmpty());
    QCOMPARE(script.data(Qt::ToolTipRole).toString(), QStringLiteral("FlinkSQL script"));
    QCOMPARE(ProjectTreeDelegate::stateText(ProjectTreeModel::unreachableState()),
             QStringLiteral("Unreachable"));
    QCOMPARE(ProjectTreeDelegate::stateText(QStringLiteral("CANCELED")),
             JobStateColor::text(QStringLiteral("CANCELED")));
}

void TestProjectTree::renameAndMoveKeepTheDecorations()
{
    ShownTree shown;
    QVERIFY(shown.show(QSize(420, 300)));
    ProjectTree &tree = *shown.tree;
    Storage *storage = shown.storage.get();
    ProjectTreeModel *model = tree.model();
    const QPersistentModelIndex folder = model->createFolder({}, QStringLiteral("target"));
    const qint64 scriptId =
        tree.addScript(QStringLiteral("orders"), ScriptType::FlinkSql, QStringLiteral("SELECT 1;"));
    QVERIFY(scriptId);
    model->setScriptLifecycle(scriptId, QStringLiteral("Published"));
    model->setScriptJobState(scriptId, QStringLiteral("RUNNING"), QString());

    // F2 edits the name alone, not the tags drawn after it.
    tree.selectScript(scriptId);
    tree.view()->setFocus();
    QTest::keyClick(tree.view(), Qt::Key_F2);
    auto *line = qobject_cast<QLineEdit *>(tree.view()->indexWidget(tree.view()->currentIndex()));
    QVERIFY2(line, "F2 opened no inline editor");
    QCOMPARE(line->text(), QStringLiteral("orders"));
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("orders v2"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(model->indexOfScript(scriptId).data().toString(), QStringLiteral("orders v2"));
    QCOMPARE(storage->scripts().find(scriptId)->name, QStringLiteral("orders v2"));

    // Moving into a folder (as a drop does) keeps the script's tags: they belong to the script.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOfScript(scriptId)}));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, folder);
    const QModelIndex moved = model->indexOfScript(scriptId);
    QCOMPARE(moved.parent(), QModelIndex(folder));
    QCOMPARE(storage->scripts().find(scriptId)->folderId,
             folder.data(ProjectTreeModel::IdRole).toLongLong());
    QCOMPARE(moved.data(ProjectTreeModel::LifecycleRole).toString(), QStringLiteral("Published"));
    QCOMPARE(moved.data(ProjectTreeModel::JobStateRole).toString(), QStringLiteral("RUNNING"));
}

void TestProjectTree::scriptActionsFollowASeparatorForScriptsOnly()
{
    ShownTree shown;
    QVERIFY(shown.show(QSize(420, 300)));
    ProjectTree &tree = *shown.tree;
    const QModelIndex folder = tree.model()->createFolder({}, QStringLiteral("a folder"));
    const qint64 scriptId =
        tree.addScript(QStringLiteral("a script"), ScriptType::FlinkSql, QString());
    QAction publish(QStringLiteral("Publish"));
    QMenu lifecycle(QStringLiteral("Lifecycle"));
    {
        auto *gone = new QAction(QStringLiteral("Gone"));
        tree.addScriptActions({&publish, gone, lifecycle.menuAction()});
        delete gone; // an action deleted meanwhile is left out
    }

    const QStringList onScript = contextMenuAt(tree, tree.model()->indexOfScript(scriptId));
    QVERIFY2(onScript.size() > 3, qPrintable(onScript.join(QLatin1Char(','))));
    QCOMPARE(
        onScript.mid(onScript.size() - 3),
        (QStringList{QStringLiteral("|"), QStringLiteral("Publish"), QStringLiteral("Lifecycle")}));
    QCOMPARE(tree.currentScriptId(), scriptId);

    const QStringList onFolder = contextMenuAt(tree, folder);
    QVERIFY2(!onFolder.isEmpty(), "no context menu on the folder");
    QVERIFY(!onFolder.contains(QStringLiteral("Publish")));
    QCOMPARE(tree.currentScriptId(), 0);
}

void TestProjectTree::statesInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestProjectTree::statesInBothThemes()
{
    QFETCH(bool, dark);
    Theme::apply(dark);
    ShownTree shown;
    QVERIFY(shown.show(QSize(380, 300)));
    ProjectTree &tree = *shown.tree;
    ProjectTreeModel *model = tree.model();
    const QModelIndex folder = model->createFolder({}, QStringLiteral("Pipelines"));
    struct Row
    {
        const char *name;
        const char *lifecycle;
        QString state;
    };
    const Row rows[] = {
        {"Orders count", "Online", QStringLiteral("RUNNING")},
        {"Payments join", "Online", QStringLiteral("RESTARTING")},
        {"Daily report", "", QStringLiteral("FINISHED")},
        {"Fraud rules", "Offline", QStringLiteral("CANCELED")},
        {"Broken enrich", "", QStringLiteral("FAILED")},
        {"Remote sync", "Published", ProjectTreeModel::unreachableState()},
        {"Scratch", "", QString()},
    };
    qint64 runningId = 0;
    for (const Row &row : rows) {
        const qint64 id =
            model->createScript(folder, QString::fromUtf8(row.name), ScriptType::FlinkSql)
                .data(ProjectTreeModel::IdRole)
                .toLongLong();
        QVERIFY(id);
        model->setScriptLifecycle(id, QString::fromUtf8(row.lifecycle));
        model->setScriptJobState(id, row.state, QString());
        if (row.state == QLatin1String("RUNNING"))
            runningId = id;
    }
    model->createScript({}, QStringLiteral("环境 (env)"), ScriptType::FlinkSqlEnv);
    tree.view()->expandAll();
    tree.selectScript(runningId);
    QTest::qWait(50);

    const QImage shot = tree.grab().toImage();
    const QString path =
        Test::outputDir() + QStringLiteral("/project-tree-states-%1.png")
                                .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qPrintable(path));
    // The dots are drawn in the colours that carry the states.
    for (const char *state : {"RUNNING", "FAILED", "FINISHED", "CANCELED", "RESTARTING"})
        QVERIFY2(hasPixel(shot, JobStateColor::color(QLatin1String(state))), state);
    // Each row is as wide as the name plus its tags, so a narrow dock scrolls rather than cuts.
    const QModelIndex running = model->indexOfScript(runningId);
    QStyleOptionViewItem option;
    option.initFrom(tree.view());
    QVERIFY(tree.view()->itemDelegate()->sizeHint(option, running).width() >
            tree.view()->fontMetrics().horizontalAdvance(running.data().toString() +
                                                         QStringLiteral("Online Running")));
}

QTEST_MAIN(TestProjectTree)
#include "tst_projecttree.moc"
