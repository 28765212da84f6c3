// The script lifecycle in the studio on a real Flink: a script with the test INSERT is
// published (its editor read-only), put online (the published text's job runs), taken offline
// (stopped with a savepoint that the registry holds), put online again restoring from that
// savepoint (strategy "latest"; Flink's REST API says so), taken offline after its job was
// cancelled behind its back (recorded without a savepoint), and maintained back to an editable
// script. Every transition is in the history. Screenshots: the tree with the states, the
// read-only bar, the history dialog.
#include "consolepanel.h"
#include "flinkfixture.h"
#include "jobs/jobmonitor.h"
#include "jobscontroller.h"
#include "lifecyclecontroller.h"
#include "lifecyclehistorydialog.h"
#include "lifecyclehistorymodel.h"
#include "mainwindow.h"
#include "projecttree.h"
#include "projecttreemodel.h"
#include "runcontroller.h"
#include "store/savepointrepository.h"
#include "testpaths.h"
#include "tst_jobcleanup.h"
#include "tst_jobharness.h"
#include "tst_studioharness.h"

#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <algorithm>

using namespace Weir;
using namespace Weir::Test;

class TestLifecycleFlink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void developToOnlineToOfflineAndBack();

private:
    // Triggers `action` and waits until the script is in `expected` (or the action failed).
    bool act(StudioOnFixture &on, LifecycleAction action, LifecycleState expected);
    void shoot(QWidget *widget, const QString &name);

    JobCluster m_cluster;
};

void TestLifecycleFlink::initTestCase()
{
    const QString why = m_cluster.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

bool TestLifecycleFlink::act(StudioOnFixture &on, LifecycleAction action, LifecycleState expected)
{
    LifecycleController *lifecycle = on.window()->lifecycle();
    QSignalSpy failed(lifecycle, &LifecycleController::actionFailed);
    lifecycle->trigger(on.scriptId(), action);
    const bool reached = QTest::qWaitFor(
        [&] {
            return !failed.isEmpty() || (!lifecycle->isBusy(on.scriptId()) &&
                                         lifecycle->stateOf(on.scriptId()) == expected);
        },
        120000);
    if (!reached || !failed.isEmpty()) {
        qWarning("%s did not reach %s: %s\nconsole:\n%s",
                 qPrintable(Lifecycle::actionLabel(action)),
                 qPrintable(Lifecycle::stateName(expected)),
                 qPrintable(failed.isEmpty() ? QStringLiteral("timeout")
                                             : failed.first().at(1).toString()),
                 qPrintable(on.window()->console()->plainText()));
        return false;
    }
    return true;
}

void TestLifecycleFlink::shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // let the last changes paint
    const QString shot =
        outputDir() + QStringLiteral("/%1-%2.png").arg(name, m_cluster.fixture.version());
    QVERIFY2(widget->grab().save(shot), qPrintable(shot));
}

void TestLifecycleFlink::developToOnlineToOfflineAndBack()
{
    const QString jobName = QStringLiteral("weir-lifecycle-%1").arg(m_cluster.fixture.version());
    const QString text =
        QStringLiteral("SET 'pipeline.name' = '%1';\n").arg(jobName) + testJobScript();
    StudioOnFixture on(m_cluster.fixture, QStringLiteral("orders"), text);
    QVERIFY(on.open());
    JobsToCancel started{*m_cluster.client, {}};
    Storage &storage = on.studio().storage();
    const qint64 id = on.scriptId();
    // The fixture configures no savepoint directory: the script's job does.
    {
        ExecutionSettings settings =
            ExecutionSettings::fromJson(storage.scripts().find(id)->settings);
        settings.extraOptions = {
            {QStringLiteral("execution.checkpointing.interval"), QStringLiteral("1s")},
            {QStringLiteral("execution.checkpointing.savepoint-dir"),
             emptyOutputUri(
                 QStringLiteral("lifecycle-savepoints-%1").arg(m_cluster.fixture.version()))}};
        QVERIFY(storage.scripts().mergeSettings(id, settings.toJson()));
    }
    LifecycleController *lifecycle = on.window()->lifecycle();
    ScriptTabs *tabs = on.window()->scriptTabs();
    SqlEditor *editor = on.editor();
    QCOMPARE(lifecycle->stateOf(id), LifecycleState::Develop);
    QVERIFY(!editor->isReadOnly());

    // The menu offers what the state allows.
    std::unique_ptr<QMenu> menu(lifecycle->createMenu([id] { return id; }, nullptr));
    auto enabled = [&menu](const QString &to) {
        emit menu->aboutToShow();
        return menu->findChild<QAction *>(QStringLiteral("lifecycleTo_") + to)->isEnabled();
    };
    QVERIFY(enabled(QStringLiteral("published")));
    QVERIFY(!enabled(QStringLiteral("online")));
    QVERIFY(enabled(QStringLiteral("retired")));

    // Going online before publishing is refused, in words, and changes nothing.
    {
        QSignalSpy refused(lifecycle, &LifecycleController::actionFailed);
        lifecycle->trigger(id, LifecycleAction::GoOnline);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(lifecycle->stateOf(id), LifecycleState::Develop);
    }
    QVERIFY(on.window()->console()->plainText().contains(QStringLiteral("Publish it first")));

    // Publish saves the unsaved edit first and freezes it as the next version.
    editor->setText(text + QStringLiteral("-- reviewed\n"));
    QVERIFY(editor->isModified());
    QVERIFY(act(on, LifecycleAction::Publish, LifecycleState::Published));
    const QList<ScriptVersion> versions = storage.scripts().versions(id);
    QCOMPARE(versions.constLast().text, text + QStringLiteral("-- reviewed\n"));
    QCOMPARE(storage.lifecycle().of(id).publishedVersion, versions.constLast().version);
    QVERIFY(!editor->isModified());
    QVERIFY(editor->isReadOnly());
    const QString bar = tabs->lockShown(id);
    QVERIFY2(
        bar.contains(QStringLiteral("Published as version %1").arg(versions.constLast().version)),
        qPrintable(bar));
    // Typing changes nothing, and nothing can be saved.
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("x"));
    QCOMPARE(editor->text(), versions.constLast().text);
    QVERIFY(!enabled(QStringLiteral("published")));
    QVERIFY(enabled(QStringLiteral("online")));
    shoot(tabs, QStringLiteral("lifecycle-readonly"));

    // Online: the published text's job runs on the cluster.
    QVERIFY(act(on, LifecycleAction::GoOnline, LifecycleState::Online));
    const ScriptLifecycle online = storage.lifecycle().of(id);
    QVERIFY(!online.jobId.isEmpty());
    started.ids.append(online.jobId);
    QVERIFY(online.clusterId != 0);
    QCOMPARE(waitForJobState(*m_cluster.client, online.jobId, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const auto detail = await<JobDetail>(
        [&](QObject *c, auto done) { m_cluster.client->job(online.jobId, c, done); });
    QVERIFY2(detail.ok(), qPrintable(detail.error()));
    QCOMPARE(detail->summary.name, jobName);
    QVERIFY(tabs->lockShown(id).contains(QStringLiteral("Online")));
    // An online script cannot be retired or maintained: its job would run on unseen.
    QVERIFY(!enabled(QStringLiteral("retired")));
    QVERIFY(!enabled(QStringLiteral("develop")));
    QVERIFY(enabled(QStringLiteral("offline")));
    // The tree's tag (looked up each time: adding scripts rebuilds the model's indexes).
    auto treeTag = [&on, id] {
        return on.window()
            ->projectTree()
            ->model()
            ->indexOfScript(id)
            .data(ProjectTreeModel::LifecycleRole)
            .toString();
    };
    QCOMPARE(treeTag(), QStringLiteral("Online"));
    // Two more scripts in other states, so the tree shows them side by side.
    const qint64 report = on.window()->projectTree()->addScript(QStringLiteral("daily_report"),
                                                                ScriptType::FlinkSql, text);
    const qint64 legacy = on.window()->projectTree()->addScript(QStringLiteral("legacy_sync"),
                                                                ScriptType::FlinkSql, text);
    QVERIFY(report && legacy);
    lifecycle->trigger(report, LifecycleAction::Publish);
    lifecycle->trigger(legacy, LifecycleAction::Retire);
    QCOMPARE(lifecycle->stateOf(report), LifecycleState::Published);
    QCOMPARE(lifecycle->stateOf(legacy), LifecycleState::Retired);
    on.window()->projectTree()->view()->expandAll();
    QDockWidget *projectDock = on.window()->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    projectDock->raise();
    shoot(projectDock, QStringLiteral("lifecycle-tree-online"));

    // Offline: stopped with a savepoint, which the registry holds for the script.
    QVERIFY(act(on, LifecycleAction::GoOffline, LifecycleState::Offline));
    QCOMPARE(waitForJobState(*m_cluster.client, online.jobId, QStringLiteral("FINISHED")),
             QStringLiteral("FINISHED"));
    const LifecycleEvent wentOffline = storage.lifecycle().events(id).first();
    QCOMPARE(wentOffline.from, LifecycleState::Online);
    QCOMPARE(wentOffline.jobId, online.jobId);
    QVERIFY(!wentOffline.savepointPath.isEmpty());
    const auto registered = storage.savepoints().latestCompleted(id, online.clusterId);
    QVERIFY(registered);
    QCOMPARE(registered->path, wentOffline.savepointPath);
    QCOMPARE(registered->jobId, online.jobId);
    QCOMPARE(treeTag(), QStringLiteral("Offline"));

    // Online again with the strategy "latest": the new job restores from that savepoint.
    {
        ExecutionSettings settings =
            ExecutionSettings::fromJson(storage.scripts().find(id)->settings);
        settings.savepointStrategy = ExecutionSettings::SavepointStrategy::Latest;
        QVERIFY(storage.scripts().mergeSettings(id, settings.toJson()));
    }
    QVERIFY(act(on, LifecycleAction::GoOnline, LifecycleState::Online));
    const ScriptLifecycle again = storage.lifecycle().of(id);
    QVERIFY(again.jobId != online.jobId);
    started.ids.append(again.jobId);
    QCOMPARE(waitForJobState(*m_cluster.client, again.jobId, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const auto restored = await<CheckpointStats>(
        [&](QObject *c, auto done) { m_cluster.client->checkpoints(again.jobId, c, done); });
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(restored->latestRestore);
    QCOMPARE(restored->latestRestore->externalPath, wentOffline.savepointPath);
    // The history says what the online job restored from.
    QCOMPARE(storage.lifecycle().events(id).first().savepointPath, wentOffline.savepointPath);

    // The job is cancelled behind the studio's back: once the cluster's monitor saw it end,
    // going offline records that without a savepoint.
    cancelTestJob(*m_cluster.client, again.jobId);
    JobMonitor *monitor = on.window()->jobsController()->monitorOf(again.clusterId);
    QVERIFY(monitor);
    auto seenCanceled = [&] {
        const QList<JobSummary> &jobs = monitor->jobs();
        return std::any_of(jobs.begin(), jobs.end(), [&](const JobSummary &job) {
            return job.id == again.jobId && job.state == QLatin1String("CANCELED");
        });
    };
    for (int poll = 0; poll < 15 && !seenCanceled(); ++poll) {
        monitor->refreshNow();
        (void)QTest::qWaitFor(seenCanceled, 2000);
    }
    QVERIFY(seenCanceled());
    QVERIFY(act(on, LifecycleAction::GoOffline, LifecycleState::Offline));
    const LifecycleEvent noSavepoint = storage.lifecycle().events(id).first();
    QVERIFY(noSavepoint.savepointPath.isEmpty());
    QVERIFY2(noSavepoint.note.contains(QStringLiteral("already ended (CANCELED)")),
             qPrintable(noSavepoint.note));

    // Maintain: editable again; the next save is a new version.
    QVERIFY(act(on, LifecycleAction::Maintain, LifecycleState::Develop));
    QVERIFY(!editor->isReadOnly());
    QVERIFY(tabs->lockShown(id).isEmpty());
    QVERIFY(treeTag().isEmpty());
    editor->setText(text);
    QVERIFY(tabs->saveScript(id).ok());
    QCOMPARE(storage.scripts().versions(id).constLast().version, versions.constLast().version + 1);

    // The history: every transition, newest first, also in the dialog.
    const QList<LifecycleEvent> events = storage.lifecycle().events(id);
    const QList<std::pair<LifecycleState, LifecycleState>> expected = {
        {LifecycleState::Offline, LifecycleState::Develop},
        {LifecycleState::Online, LifecycleState::Offline},
        {LifecycleState::Offline, LifecycleState::Online},
        {LifecycleState::Online, LifecycleState::Offline},
        {LifecycleState::Published, LifecycleState::Online},
        {LifecycleState::Develop, LifecycleState::Published}};
    QCOMPARE(events.size(), expected.size());
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).from, expected.at(i).first);
        QCOMPARE(events.at(i).to, expected.at(i).second);
    }
    const QString console = on.window()->console()->plainText();
    QVERIFY2(
        console.contains(QStringLiteral("\"orders\": Published → Online (version %1) with job %2.")
                             .arg(versions.constLast().version)
                             .arg(online.jobId)),
        qPrintable(console));
    lifecycle->showHistory(id);
    auto *dialog = on.window()->findChild<LifecycleHistoryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), int(expected.size()));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("in development")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    shoot(dialog, QStringLiteral("lifecycle-history"));
    dialog->close();
    on.window()->close();
}

QTEST_MAIN(TestLifecycleFlink)
#include "tst_lifecycle_flink.moc"
