// Savepoint strategies on submission, in the studio on a real Flink: a script's INSERT job is
// savepointed and stopped with a savepoint, then submitted again with the strategy "latest" and
// restores from the stop's savepoint (Flink's REST API says so); a job with retained checkpoints
// is cancelled and the strategy "latest checkpoint" restores from its newest checkpoint. The Jobs
// dock's stop is registered for the job's script and its restart restores from that savepoint.
// A JobManager that does not answer keeps the run from starting.
#include "consolepanel.h"
#include "flinkfixture.h"
#include "jobs/savepointservice.h"
#include "jobscontroller.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "store/runhistoryrepository.h"
#include "store/savepointrepository.h"
#include "testpaths.h"
#include "tst_jobcleanup.h"
#include "tst_jobharness.h"
#include "tst_studioharness.h"

#include <QComboBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;
using namespace Weir::Test;

namespace {

const QString kScriptName = QStringLiteral("orders");

} // namespace

class TestRestoreStrategies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void latestSavepointIsRestored();
    void latestCheckpointIsRestored();
    void unreachableJobManagerKeepsTheRunFromStarting();

private:
    // Writes the script's settings with `change` applied.
    static void changeSettings(StudioOnFixture &on,
                               const std::function<void(ExecutionSettings &)> &change);
    // Runs the script's text through the studio's RunController; the submitted job's id.
    static QString submit(StudioOnFixture &on);
    std::optional<CheckpointStats> checkpoints(const QString &jobId);

    JobCluster m_cluster;
};

void TestRestoreStrategies::initTestCase()
{
    const QString why = m_cluster.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestRestoreStrategies::changeSettings(StudioOnFixture &on,
                                           const std::function<void(ExecutionSettings &)> &change)
{
    ScriptRepository &scripts = on.studio().storage().scripts();
    ExecutionSettings settings = ExecutionSettings::fromJson(scripts.find(on.scriptId())->settings);
    change(settings);
    QVERIFY(scripts.setSettings(on.scriptId(), settings.toJson()));
}

QString TestRestoreStrategies::submit(StudioOnFixture &on)
{
    RunController *runs = on.window()->runs();
    QSignalSpy submitted(runs, &RunController::jobSubmitted);
    QSignalSpy ended(runs, &RunController::runEnded);
    runs->runText(on.scriptId(), testJobScript());
    if (!QTest::qWaitFor([&] { return !submitted.isEmpty() || !ended.isEmpty(); }, 90000) ||
        submitted.isEmpty()) {
        qWarning("not submitted; console:\n%s", qPrintable(on.window()->console()->plainText()));
        return {};
    }
    if (submitted.first().at(0).toLongLong() != on.scriptId())
        return {};
    return submitted.first().at(2).toString();
}

std::optional<CheckpointStats> TestRestoreStrategies::checkpoints(const QString &jobId)
{
    const auto stats = await<CheckpointStats>(
        [&](QObject *c, auto done) { m_cluster.client->checkpoints(jobId, c, done); });
    if (!stats)
        return std::nullopt;
    return stats.value();
}

void TestRestoreStrategies::latestSavepointIsRestored()
{
    StudioOnFixture on(m_cluster.fixture, kScriptName, testJobScript());
    QVERIFY(on.open());
    JobsToCancel started{*m_cluster.client, {}};
    // The fixture configures no savepoint directory: the script's Flink options name one.
    const QString savepoints =
        emptyOutputUri(QStringLiteral("savepoints-restore-%1").arg(m_cluster.fixture.version()));
    changeSettings(on, [&savepoints](ExecutionSettings &s) {
        s.extraOptions = {
            {QStringLiteral("execution.checkpointing.interval"), QStringLiteral("1s")},
            {QStringLiteral("execution.checkpointing.savepoint-dir"), savepoints}};
    });
    const QString first = submit(on);
    QVERIFY(!first.isEmpty());
    started.ids.append(first);
    QCOMPARE(waitForJobState(*m_cluster.client, first, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const qint64 clusterId = on.window()->runs()->targetOf(on.scriptId());
    QVERIFY(clusterId != 0);

    // A savepoint while it runs (registered for the script), then the stop's newer one.
    SavepointService service(m_cluster.client.get(), &on.studio().storage().savepoints());
    QSignalSpy triggered(&service, &SavepointService::completed);
    QSignalSpy failed(&service, &SavepointService::failed);
    SavepointService::Request request;
    request.jobId = first;
    request.scriptId = on.scriptId();
    request.scriptName = kScriptName;
    request.clusterId = clusterId;
    request.targetDirectory = savepoints;
    service.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(triggered.size() + failed.size() == 1, 90000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const QString earlier = triggered.first().at(2).toString();

    std::optional<Result<QString>> stopped;
    QObject context;
    on.window()->jobsController()->stopWithSavepoint(
        clusterId, first, 0, &context, [&](const Result<QString> &path) { stopped = path; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped.has_value(), 90000);
    QVERIFY2(stopped->ok(), qPrintable(stopped->error()));
    const QString path = stopped->value();
    QVERIFY(!path.isEmpty() && path != earlier);
    QCOMPARE(waitForJobState(*m_cluster.client, first, QStringLiteral("FINISHED")),
             QStringLiteral("FINISHED"));
    // The stop's registry entry carries the script (found through the run history).
    const auto latest =
        on.studio().storage().savepoints().latestCompleted(on.scriptId(), clusterId);
    QVERIFY(latest);
    QCOMPARE(latest->path, path);
    // The script's execution settings offer it as a restore point at once.
    const QList<QComboBox *> boxes = on.window()->findChildren<QComboBox *>();
    QTRY_VERIFY(std::any_of(boxes.cbegin(), boxes.cend(),
                            [&path](const QComboBox *box) { return box->findData(path) >= 0; }));
    QCOMPARE(latest->scriptName, kScriptName);
    QCOMPARE(latest->operation, QStringLiteral("stop"));

    changeSettings(on, [](ExecutionSettings &s) {
        s.savepointStrategy = ExecutionSettings::SavepointStrategy::Latest;
    });
    const QString second = submit(on);
    QVERIFY(!second.isEmpty());
    started.ids.append(second);
    QVERIFY(second != first);
    QCOMPARE(waitForJobState(*m_cluster.client, second, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const std::optional<CheckpointStats> stats = checkpoints(second);
    QVERIFY(stats && stats->latestRestore);
    QCOMPARE(stats->latestRestore->externalPath, path);
    QVERIFY(stats->latestRestore->isSavepoint);
    const QString console = on.window()->console()->plainText();
    QVERIFY2(
        console.contains(QStringLiteral("Restoring from savepoint %1 (latest savepoint of \"%2\"")
                             .arg(path, kScriptName)),
        qPrintable(console));
    QVERIFY(console.contains(QStringLiteral("claim mode NO_CLAIM")));

    // The Jobs dock's stop is registered for the job's script, in the script's savepoint directory.
    JobsPanel *dock = on.window()->jobs();
    dock->setConfirmation([](const QString &) { return true; });
    on.window()->jobsController()->openJob(clusterId, second);
    QTRY_VERIFY_WITH_TIMEOUT(dock->openJobId() == second &&
                                 dock->action(JobsPanel::Action::StopWithSavepoint)->isEnabled(),
                             30000);
    dock->stopWithSavepoint();
    QCOMPARE(waitForJobState(*m_cluster.client, second, QStringLiteral("FINISHED"), 90000),
             QStringLiteral("FINISHED"));
    std::optional<SavepointRecord> docked;
    QTRY_VERIFY_WITH_TIMEOUT(
        (docked = on.studio().storage().savepoints().latestCompleted(on.scriptId(), clusterId)) &&
            docked->jobId == second,
        30000);
    QCOMPARE(docked->operation, QStringLiteral("stop"));
    QVERIFY2(docked->path.contains(QUrl(savepoints).path()), qPrintable(docked->path));

    // Restarting from the dock resubmits the script from that savepoint (an explicit path wins
    // over the strategy).
    QSignalSpy resubmitted(on.window()->runs(), &RunController::jobSubmitted);
    QTRY_VERIFY_WITH_TIMEOUT(dock->action(JobsPanel::Action::RestartFromSavepoint)->isEnabled(),
                             10000);
    dock->restartFromSavepoint();
    QTRY_VERIFY_WITH_TIMEOUT(!resubmitted.isEmpty(), 90000);
    const QString third = resubmitted.first().at(2).toString();
    started.ids.append(third);
    QCOMPARE(waitForJobState(*m_cluster.client, third, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const std::optional<CheckpointStats> restarted = checkpoints(third);
    QVERIFY(restarted && restarted->latestRestore);
    QCOMPARE(restarted->latestRestore->externalPath, docked->path);
    QVERIFY(on.window()->console()->plainText().contains(
        QStringLiteral("Restoring from %1 (restart from the Jobs dock)").arg(docked->path)));
    on.window()->close();
}

void TestRestoreStrategies::latestCheckpointIsRestored()
{
    StudioOnFixture on(m_cluster.fixture, kScriptName, testJobScript());
    QVERIFY(on.open());
    JobsToCancel started{*m_cluster.client, {}};
    // Checkpoints kept on disk after a cancel, under this test's output.
    const QString dir =
        emptyOutputUri(QStringLiteral("checkpoints-%1").arg(m_cluster.fixture.version()));
    changeSettings(on, [&dir](ExecutionSettings &s) {
        s.extraOptions = {
            {QStringLiteral("execution.checkpointing.interval"), QStringLiteral("1s")},
            {QStringLiteral("execution.checkpointing.dir"), dir},
            {QStringLiteral("execution.checkpointing.externalized-checkpoint-retention"),
             QStringLiteral("RETAIN_ON_CANCELLATION")}};
        s.savepointStrategy = ExecutionSettings::SavepointStrategy::LatestCheckpoint;
    });
    // Nothing submitted yet: the first run starts without state and says why.
    const QString first = submit(on);
    QVERIFY(!first.isEmpty());
    started.ids.append(first);
    QVERIFY(on.window()->console()->plainText().contains(QStringLiteral("without state")));
    QCOMPARE(waitForJobState(*m_cluster.client, first, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto stats = checkpoints(first);
            return stats && stats->latestCompleted &&
                   stats->latestCompleted->externalPath.contains(QUrl(dir).path());
        }(),
        60000);
    cancelTestJob(*m_cluster.client, first);
    const std::optional<CheckpointStats> retained = checkpoints(first);
    QVERIFY(retained && retained->latestCompleted);
    const QString path = retained->latestCompleted->externalPath;

    const QString second = submit(on);
    QVERIFY(!second.isEmpty());
    started.ids.append(second);
    QCOMPARE(waitForJobState(*m_cluster.client, second, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const std::optional<CheckpointStats> stats = checkpoints(second);
    QVERIFY(stats && stats->latestRestore);
    QCOMPARE(stats->latestRestore->externalPath, path);
    // (Flink reports any restore through execution.savepoint.path as a savepoint's.)
    const QString console = on.window()->console()->plainText();
    QVERIFY2(console.contains(QStringLiteral("Restoring from checkpoint %1").arg(path)),
             qPrintable(console));
    // The checkpoint used is registered for the script.
    const auto recorded = on.studio().storage().savepoints().latestCompleted(
        on.scriptId(), 0, QString(), QStringLiteral("checkpoint"));
    QVERIFY(recorded);
    QCOMPARE(recorded->path, path);
    QCOMPARE(recorded->jobId, first);

    // The script's newest job has left the JobManager (it answers 404): the run does not stop
    // at that but restores from the newest checkpoint the registry holds for the script.
    cancelTestJob(*m_cluster.client, second);
    RunHistoryEntry forgotten;
    forgotten.scriptId = on.scriptId();
    forgotten.statement = QStringLiteral("INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k");
    forgotten.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    forgotten.status = QStringLiteral("stopped");
    forgotten.startedMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(on.studio().storage().runHistory().add(forgotten).ok());
    const QString third = submit(on);
    QVERIFY(!third.isEmpty());
    started.ids.append(third);
    QCOMPARE(waitForJobState(*m_cluster.client, third, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const std::optional<CheckpointStats> thirdStats = checkpoints(third);
    QVERIFY(thirdStats && thirdStats->latestRestore);
    QCOMPARE(thirdStats->latestRestore->externalPath, path);
    const QString thirdConsole = on.window()->console()->plainText();
    QVERIFY2(thirdConsole.contains(QStringLiteral("is no longer known to the JobManager")),
             qPrintable(thirdConsole));

    // The Jobs dock restarts the running job from its newest retained checkpoint, which the
    // registry then lists for the script.
    const qint64 clusterId = on.studio().storage().clusters().all().value(0).id;
    JobsPanel *dock = on.window()->jobs();
    dock->setConfirmation([](const QString &) { return true; });
    on.window()->jobsController()->openJob(clusterId, third);
    QTRY_VERIFY_WITH_TIMEOUT(dock->openJobId() == third, 30000);
    QString thirdCheckpoint;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto latest = checkpoints(third);
            if (latest && latest->latestCompleted && !latest->latestCompleted->isSavepoint)
                thirdCheckpoint = latest->latestCompleted->externalPath;
            return thirdCheckpoint.contains(third);
        }(),
        60000);
    cancelTestJob(*m_cluster.client, third); // its newest checkpoint stays the one restored
    const std::optional<CheckpointStats> kept = checkpoints(third);
    QVERIFY(kept && kept->latestCompleted);
    thirdCheckpoint = kept->latestCompleted->externalPath;
    QSignalSpy restarted(on.window()->runs(), &RunController::jobSubmitted);
    QTRY_VERIFY_WITH_TIMEOUT(dock->action(JobsPanel::Action::RestartFromCheckpoint)->isEnabled(), 10000);
    dock->restartFromCheckpoint();
    QTRY_VERIFY_WITH_TIMEOUT(!restarted.isEmpty(), 90000);
    const QString fourth = restarted.first().at(2).toString();
    started.ids.append(fourth);
    QCOMPARE(waitForJobState(*m_cluster.client, fourth, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));
    const std::optional<CheckpointStats> fourthStats = checkpoints(fourth);
    QVERIFY(fourthStats && fourthStats->latestRestore);
    QCOMPARE(fourthStats->latestRestore->externalPath, thirdCheckpoint);
    const auto docked = on.studio().storage().savepoints().latestCompleted(
        on.scriptId(), clusterId, QString(), QStringLiteral("checkpoint"));
    QVERIFY(docked);
    QCOMPARE(docked->path, thirdCheckpoint);
    QCOMPARE(docked->jobId, third);
    on.window()->close();
}

void TestRestoreStrategies::unreachableJobManagerKeepsTheRunFromStarting()
{
    StudioOnFixture on(m_cluster.fixture, kScriptName, testJobScript());
    QVERIFY(on.open());
    Storage &storage = on.studio().storage();
    // The script's last job is known, but its cluster's JobManager does not answer.
    Cluster cluster = storage.clusters().all().value(0);
    cluster.jobManagerUrl = QStringLiteral("http://127.0.0.1:9");
    QVERIFY(storage.clusters().update(cluster));
    RunHistoryEntry entry;
    entry.scriptId = on.scriptId();
    entry.statement = QStringLiteral("INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k");
    entry.jobId = QStringLiteral("8c0cb0bafb2c276fae636d9e079e826a");
    entry.status = QStringLiteral("finished");
    QVERIFY(storage.runHistory().add(entry).ok());
    changeSettings(on, [](ExecutionSettings &s) {
        s.savepointStrategy = ExecutionSettings::SavepointStrategy::LatestCheckpoint;
    });

    RunController *runs = on.window()->runs();
    QSignalSpy submitted(runs, &RunController::jobSubmitted);
    QSignalSpy ended(runs, &RunController::runEnded);
    runs->runText(on.scriptId(), testJobScript());
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
    QCOMPARE(ended.first().at(0).toLongLong(), on.scriptId());
    QVERIFY(!ended.first().at(1).toBool());
    QVERIFY(submitted.isEmpty());
    QVERIFY(!runs->isRunning(on.scriptId()));
    const QString console = on.window()->console()->plainText();
    QVERIFY2(console.contains(QStringLiteral("http://127.0.0.1:9")), qPrintable(console));
    QVERIFY(!console.contains(QStringLiteral("Running 3 statement(s)")));
    on.window()->close();
}

QTEST_MAIN(TestRestoreStrategies)
#include "tst_restorestrategies.moc"
