// The script lifecycle in the studio without Flink: states come back after a restart (tree tag,
// locked tab), Publish saves and freezes the editor's text, a locked script cannot be saved,
// going online is refused in words for scripts that submit no job and for environment scripts,
// Retire and Maintain, and the Run menu's Lifecycle actions follow the current script's state.
// The dark theme's read-only bar is saved as lifecycle-readonly-dark.png.
#include "consolepanel.h"
#include "lifecyclecontroller.h"
#include "lifecyclehistorydialog.h"
#include "lifecyclehistorymodel.h"
#include "mainwindow.h"
#include "projecttree.h"
#include "projecttreemodel.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "store/storage.h"
#include "studio.h"
#include "testpaths.h"
#include "theme.h"
#include "workspace/workspacepaths.h"

#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

namespace {

const QString kInsert = QStringLiteral("CREATE TABLE s (x INT) WITH ('connector' = 'datagen');\n"
                                       "CREATE TABLE k (x INT) WITH ('connector' = 'blackhole');\n"
                                       "INSERT INTO k SELECT x FROM s;\n");

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stateSurvivesRestart();
    void publishSavesAndLocks();
    void onlineRefusedInWords();
    void retireAndMaintain();
    void runMenuFollowsTheCurrentScript();

private:
    qint64 scriptNamed(const QString &name) const;
    QString treeTag(qint64 scriptId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
};

void TestLifecycle::initTestCase()
{
    // A workspace where "frozen" was published as version 1 by an earlier session.
    {
        auto storage = Storage::open(WorkspacePaths(m_dir.path()));
        QVERIFY2(storage.ok(), qPrintable(storage.error()));
        Storage &s = *storage.value();
        const auto frozen =
            s.scripts().create(0, QStringLiteral("frozen"), ScriptType::FlinkSql, kInsert);
        QVERIFY(frozen.ok());
        QVERIFY(
            s.scripts().create(0, QStringLiteral("orders"), ScriptType::FlinkSql, kInsert).ok());
        QVERIFY(s.scripts()
                    .create(0, QStringLiteral("query"), ScriptType::FlinkSql,
                            QStringLiteral("SELECT 1;\n"))
                    .ok());
        QVERIFY(s.scripts()
                    .create(0, QStringLiteral("env"), ScriptType::FlinkSqlEnv,
                            QStringLiteral("SET 'parallelism.default' = '2';\n"))
                    .ok());
        ScriptLifecycle published;
        published.scriptId = frozen->id;
        published.state = LifecycleState::Published;
        published.publishedVersion = 1;
        published.updatedMs = 1700000000000;
        LifecycleEvent event;
        event.scriptId = frozen->id;
        event.to = LifecycleState::Published;
        event.timeMs = published.updatedMs;
        event.version = 1;
        QVERIFY(s.lifecycle().transition(published, event).ok());
    }
    m_studio = std::make_unique<Studio>(m_dir.path());
    QVERIFY(m_studio->start());
}

qint64 TestLifecycle::scriptNamed(const QString &name) const
{
    for (const Script &script : m_studio->storage().scripts().allWithoutText()) {
        if (script.name == name)
            return script.id;
    }
    return 0;
}

QString TestLifecycle::treeTag(qint64 scriptId) const
{
    const ProjectTreeModel *model = m_studio->window()->projectTree()->model();
    return model->indexOfScript(scriptId).data(ProjectTreeModel::LifecycleRole).toString();
}

void TestLifecycle::stateSurvivesRestart()
{
    const qint64 frozen = scriptNamed(QStringLiteral("frozen"));
    QCOMPARE(treeTag(frozen), QStringLiteral("Published v1"));
    QVERIFY(treeTag(scriptNamed(QStringLiteral("orders"))).isEmpty());
    ScriptTabs *tabs = m_studio->window()->scriptTabs();
    QVERIFY(tabs->openScript(frozen));
    QVERIFY(tabs->editorFor(frozen)->isReadOnly());
    QCOMPARE(tabs->lockShown(frozen),
             QStringLiteral("Published as version 1 — read-only. Maintain to edit."));
}

void TestLifecycle::publishSavesAndLocks()
{
    const qint64 id = scriptNamed(QStringLiteral("orders"));
    ScriptTabs *tabs = m_studio->window()->scriptTabs();
    QVERIFY(tabs->openScript(id));
    SqlEditor *editor = tabs->editorFor(id);
    editor->setText(kInsert + QStringLiteral("-- checked\n"));
    QVERIFY(editor->isModified());

    m_studio->window()->lifecycle()->trigger(id, LifecycleAction::Publish);
    QCOMPARE(m_studio->window()->lifecycle()->stateOf(id), LifecycleState::Published);
    const QList<ScriptVersion> versions = m_studio->storage().scripts().versions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.constLast().text, kInsert + QStringLiteral("-- checked\n"));
    QCOMPARE(m_studio->storage().lifecycle().of(id).publishedVersion, 2);
    QVERIFY(editor->isReadOnly());
    QCOMPARE(treeTag(id), QStringLiteral("Published v2"));
    QVERIFY(m_studio->window()->console()->plainText().contains(
        QStringLiteral("\"orders\": Develop → Published (version 2).")));

    // Even a text that is modified (as a recovered edit would be) cannot be saved.
    editor->setModified(true);
    const Status saved = tabs->saveCurrent();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("read-only")), qPrintable(saved.error()));
    QCOMPARE(m_studio->storage().scripts().versions(id).size(), 2);
    editor->setModified(false);

    // The bar in the dark theme (the light one is in the integration test's screenshots).
    Theme::apply(true);
    tabs->setDarkTheme(true);
    QTest::qWait(100);
    const bool shot =
        tabs->grab().save(Test::outputDir() + QStringLiteral("/lifecycle-readonly-dark.png"));
    tabs->setDarkTheme(false);
    Theme::apply(false);
    QVERIFY(shot);
}

void TestLifecycle::onlineRefusedInWords()
{
    LifecycleController *lifecycle = m_studio->window()->lifecycle();
    QSignalSpy failed(lifecycle, &LifecycleController::actionFailed);
    const qint64 query = scriptNamed(QStringLiteral("query"));
    const qint64 env = scriptNamed(QStringLiteral("env"));
    lifecycle->trigger(query, LifecycleAction::Publish);
    lifecycle->trigger(env, LifecycleAction::Publish);
    QCOMPARE(failed.size(), 0);

    lifecycle->trigger(query, LifecycleAction::GoOnline);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("no INSERT")),
             qPrintable(failed.last().at(1).toString()));
    QCOMPARE(lifecycle->stateOf(query), LifecycleState::Published);
    QVERIFY(
        m_studio->window()->statusBar()->currentMessage().contains(QStringLiteral("no INSERT")));

    lifecycle->trigger(env, LifecycleAction::GoOnline);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("environment script")));
    QCOMPARE(lifecycle->stateOf(env), LifecycleState::Published);
    QVERIFY(m_studio->window()->console()->plainText().contains(
        QStringLiteral("Go Online \"env\" failed")));
}

void TestLifecycle::retireAndMaintain()
{
    LifecycleController *lifecycle = m_studio->window()->lifecycle();
    const qint64 id = scriptNamed(QStringLiteral("orders"));
    lifecycle->trigger(id, LifecycleAction::Retire);
    QCOMPARE(lifecycle->stateOf(id), LifecycleState::Retired);
    QCOMPARE(treeTag(id), QStringLiteral("Retired"));
    ScriptTabs *tabs = m_studio->window()->scriptTabs();
    QCOMPARE(tabs->lockShown(id), QStringLiteral("Retired — read-only. Maintain to edit."));

    lifecycle->trigger(id, LifecycleAction::Maintain);
    QCOMPARE(lifecycle->stateOf(id), LifecycleState::Develop);
    QVERIFY(treeTag(id).isEmpty());
    QVERIFY(!tabs->editorFor(id)->isReadOnly());
    QVERIFY(tabs->lockShown(id).isEmpty());
    tabs->editorFor(id)->setText(kInsert);
    QVERIFY(tabs->saveScript(id).ok());
    QCOMPARE(m_studio->storage().scripts().versions(id).size(), 3);

    const QList<LifecycleEvent> events = m_studio->storage().lifecycle().events(id);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).to, LifecycleState::Develop);
    QCOMPARE(events.at(1).to, LifecycleState::Retired);
    QCOMPARE(events.at(2).to, LifecycleState::Published);
    lifecycle->showHistory(id);
    auto *dialog = m_studio->window()->findChild<LifecycleHistoryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 3);
    QCOMPARE(dialog->model()->index(0, LifecycleHistoryModel::To).data().toString(),
             QStringLiteral("Develop"));
    dialog->close();
}

void TestLifecycle::runMenuFollowsTheCurrentScript()
{
    QMenu *lifecycleMenu = nullptr;
    for (QAction *top : m_studio->window()->menuBar()->actions()) {
        if (top->menu() && !lifecycleMenu)
            lifecycleMenu = top->menu()->findChild<QMenu *>(QStringLiteral("lifecycleMenu"));
    }
    QVERIFY(lifecycleMenu);
    auto enabled = [lifecycleMenu](const QString &to) {
        emit lifecycleMenu->aboutToShow();
        return lifecycleMenu->findChild<QAction *>(QStringLiteral("lifecycleTo_") + to)
            ->isEnabled();
    };
    ScriptTabs *tabs = m_studio->window()->scriptTabs();
    QVERIFY(tabs->openScript(scriptNamed(QStringLiteral("frozen")))); // published
    QVERIFY(!enabled(QStringLiteral("published")));
    QVERIFY(enabled(QStringLiteral("online")));
    QVERIFY(enabled(QStringLiteral("develop")));
    QVERIFY(!enabled(QStringLiteral("offline")));
    QVERIFY(tabs->openScript(scriptNamed(QStringLiteral("orders")))); // in development
    QVERIFY(enabled(QStringLiteral("published")));
    QVERIFY(!enabled(QStringLiteral("online")));
    QVERIFY(!enabled(QStringLiteral("develop")));
    QVERIFY(enabled(QStringLiteral("retired")));
}

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
