// JobManagerClient, JobMonitor and SavepointService against the real Flink of the CTest
// fixture (once per Flink version): an INSERT job with checkpointing submitted through the SQL
// Gateway is watched, inspected (detail, plan, vertices, checkpoints, configuration, logs),
// savepointed, stopped with a savepoint and resubmitted from the registry's latest savepoint,
// which Flink confirms through /jobs/:id/checkpoints; a savepoint without a directory fails
// with a clear message; a closed port shows as unreachable. Every job started is cancelled.

#include "flink/freeport.h"
#include "flink/jobmanagerclient.h"
#include "flinkfixture.h"
#include "jobs/jobmonitor.h"
#include "jobs/savepointservice.h"
#include "store/storage.h"
#include "testpaths.h"
#include "tst_jobharness.h"
#include "workspace/workspacepaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

using Weir::Test::await;
using Weir::Test::kTestJobName;

class TestJobManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void cluster();
    void monitorAndInspect();
    void savepointWithoutDirectory();
    void savepointStopAndRestore();
    void unreachableCluster();

private:
    // Submits the test INSERT job (restoring from `savepointPath` if given); empty on failure.
    QString submit(const QString &savepointPath = QString());
    QString waitForState(const QString &jobId, const QString &state, int timeoutMs = 60000);
    SavepointService::Request request(const QString &jobId,
                                      SavepointService::Operation operation) const;

    Test::JobCluster m_cluster;
    FlinkFixture &m_fixture = m_cluster.fixture;
    std::unique_ptr<GatewayHarness> &m_gateway = m_cluster.gateway;
    std::unique_ptr<JobManagerClient> &m_client = m_cluster.client;
    QStringList m_started;
    QString m_savepointDir;
};

void TestJobManager::initTestCase()
{
    const QString why = m_cluster.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_savepointDir = QDir(Test::outputDir())
                         .filePath(QStringLiteral("savepoints-%1-%2")
                                       .arg(m_fixture.version())
                                       .arg(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(m_savepointDir));
}

void TestJobManager::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestJobManager::cleanupTestCase()
{
    // Other tests share the fixture's four slots: leave nothing running.
    for (const QString &jobId : std::as_const(m_started))
        Test::cancelTestJob(*m_client, jobId);
}

QString TestJobManager::submit(const QString &savepointPath)
{
    QString why;
    const QString jobId = Test::submitTestJob(*m_gateway, savepointPath, &why);
    if (jobId.isEmpty())
        qWarning("submit: %s", qPrintable(why));
    else
        m_started.append(jobId);
    return jobId;
}

QString TestJobManager::waitForState(const QString &jobId, const QString &state, int timeoutMs)
{
    return Test::waitForJobState(*m_client, jobId, state, timeoutMs);
}

SavepointService::Request TestJobManager::request(const QString &jobId,
                                                  SavepointService::Operation operation) const
{
    SavepointService::Request request;
    request.jobId = jobId;
    request.jobName = kTestJobName;
    request.operation = operation;
    request.targetDirectory = QUrl::fromLocalFile(m_savepointDir).toString();
    request.clusterName = m_fixture.version();
    request.timeoutMs = 120000;
    request.pollIntervalMs = 200;
    return request;
}

void TestJobManager::cluster()
{
    const auto overview =
        await<ClusterOverview>([&](QObject *c, auto done) { m_client->overview(c, done); });
    QVERIFY2(overview.ok(), qPrintable(overview.error()));
    QCOMPARE(overview->flinkVersion, m_fixture.version());
    QVERIFY(overview->slotsTotal > 0);

    const auto config = await<QList<ConfigEntry>>(
        [&](QObject *c, auto done) { m_client->clusterConfiguration(c, done); });
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(!config->isEmpty());

    // A TaskManager that just registered reports no heartbeat yet (0) until its first one, at
    // most heartbeat.interval (10 s) later.
    auto managers = await<QList<TaskManagerInfo>>(
        [&](QObject *c, auto done) { m_client->taskManagers(c, done); });
    for (int i = 0; i < 15 && managers.ok() && !managers->isEmpty() && managers->first().lastHeartbeatMs == 0; ++i) {
        QTest::qWait(1000);
        managers = await<QList<TaskManagerInfo>>([&](QObject *c, auto done) { m_client->taskManagers(c, done); });
    }
    QVERIFY2(managers.ok(), qPrintable(managers.error()));
    QCOMPARE(managers->size(), overview->taskManagers);
    QCOMPARE(managers->first().slotsTotal, overview->slotsTotal);
    // The "time since" is a timestamp: within a minute of now.
    QVERIFY2(qAbs(managers->first().lastHeartbeatMs - QDateTime::currentMSecsSinceEpoch()) < 60000,
             qPrintable(QString::number(managers->first().lastHeartbeatMs)));

    const auto logs = await<QList<LogFileInfo>>(
        [&](QObject *c, auto done) { m_client->jobManagerLogs(c, done); });
    QVERIFY2(logs.ok(), qPrintable(logs.error()));
    QVERIFY(std::any_of(logs->begin(), logs->end(), [](const LogFileInfo &f) {
        return f.name == QLatin1String("jobmanager.log");
    }));
    const auto tail = await<QString>([&](QObject *c, auto done) {
        m_client->jobManagerLogTail(QStringLiteral("jobmanager.log"), 4096, c, done);
    });
    QVERIFY2(tail.ok(), qPrintable(tail.error()));
    QVERIFY(!tail->isEmpty() && tail->size() <= 4096);
    QVERIFY(tail->contains(QLatin1Char('\n')));
    const auto mainLog = await<QString>(
        [&](QObject *c, auto done) { m_client->jobManagerLogTail(QString(), 2048, c, done); });
    QVERIFY2(mainLog.ok(), qPrintable(mainLog.error()));
    // The fixture's JobManager writes no .out file: the error names the URL and Flink's words.
    const auto stdoutTail = await<QString>([&](QObject *c, auto done) {
        m_client->jobManagerLogTail(QStringLiteral("stdout"), 2048, c, done);
    });
    QVERIFY(!stdoutTail.ok());
    QVERIFY2(stdoutTail.error().contains(QLatin1String("/jobmanager/stdout")),
             qPrintable(stdoutTail.error()));
    QVERIFY2(stdoutTail.error().contains(QLatin1String("does not exist")),
             qPrintable(stdoutTail.error()));
}

void TestJobManager::monitorAndInspect()
{
    const QString jobId = submit();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(waitForState(jobId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));

    JobMonitor monitor(m_client.get());
    monitor.setInterval(300);
    QSignalSpy reachability(&monitor, &JobMonitor::reachabilityChanged);
    monitor.start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::any_of(monitor.jobs().begin(), monitor.jobs().end(),
                               [&](const JobSummary &job) {
                                   return job.id == jobId && job.state == QLatin1String("RUNNING");
                               });
        },
        10000));
    QCOMPARE(monitor.reachability(), JobMonitor::Reachability::Reachable);
    QCOMPARE(reachability.size(), 1);

    // Parallelism is fetched once per visible job.
    monitor.setVisibleJobs({jobId});
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const JobSummary &job : monitor.jobs())
                if (job.id == jobId)
                    return job.parallelism == 1;
            return false;
        },
        10000));

    // Only the open job is polled in detail; back pressure comes from two successive details.
    QList<JobDetail> details;
    std::optional<CheckpointStats> stats;
    connect(&monitor, &JobMonitor::jobDetailUpdated, this,
            [&](const JobDetail &detail) { details.append(detail); });
    connect(&monitor, &JobMonitor::checkpointsUpdated, this,
            [&](const QString &, const CheckpointStats &s) { stats = s; });
    monitor.setOpenJob(jobId, JobMonitor::Detail | JobMonitor::Checkpoints);
    QVERIFY(QTest::qWaitFor([&] { return details.size() >= 2 && stats && stats->completed > 0; },
                            20000));
    const JobDetail &detail = details.last();
    QCOMPARE(detail.summary.id, jobId);
    QCOMPARE(detail.vertices.size(), 2);
    QCOMPARE(detail.edges.size(), 1);
    QCOMPARE(detail.edges.first().shipStrategy, QStringLiteral("HASH"));
    for (const JobVertex &vertex : detail.vertices)
        QVERIFY2(vertex.backPressureRatio >= 0.0 && vertex.backPressureRatio <= 1.0,
                 qPrintable(vertex.name));

    // Economy: with no job open, one request per interval, all of them overviews.
    monitor.setOpenJob(QString());
    QTest::qWait(400); // let the last detail requests finish
    const quint64 requestsBefore = m_client->requestCount();
    const int pollsBefore = monitor.overviewPolls();
    QTest::qWait(3000);
    const int polls = monitor.overviewPolls() - pollsBefore;
    QVERIFY2(polls >= 8 && polls <= 11, qPrintable(QString::number(polls)));
    QVERIFY(m_client->requestCount() - requestsBefore <= quint64(polls));
    // Paused (window minimised): nothing at all.
    monitor.setPaused(true);
    QTest::qWait(400);
    const quint64 pausedBefore = m_client->requestCount();
    QTest::qWait(1500);
    QCOMPARE(m_client->requestCount(), pausedBefore);
    monitor.setPaused(false);
    QVERIFY(QTest::qWaitFor([&] { return m_client->requestCount() > pausedBefore; }, 2000));
    monitor.stop();

    // The rest of what the Jobs panel shows, straight from the client.
    const auto plan =
        await<JobDetail>([&](QObject *c, auto done) { m_client->plan(jobId, c, done); });
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->edges.size(), 1);
    const QString aggregate = detail.edges.first().targetId;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto marks = await<QHash<int, qint64>>(
                [&](QObject *c, auto done) { m_client->watermarks(jobId, aggregate, c, done); });
            return marks && marks->value(0) > 0;
        },
        20000));
    const auto pressure = await<VertexBackPressure>(
        [&](QObject *c, auto done) { m_client->backPressure(jobId, aggregate, c, done); });
    QVERIFY2(pressure.ok(), qPrintable(pressure.error()));
    const auto metrics = await<QHash<QString, QString>>([&](QObject *c, auto done) {
        m_client->vertexMetrics(jobId, aggregate, {QStringLiteral("0.numRecordsIn")}, c, done);
    });
    QVERIFY2(metrics.ok(), qPrintable(metrics.error()));
    QVERIFY(metrics->contains(QStringLiteral("0.numRecordsIn")));
    const auto checkpointConfig = await<CheckpointConfig>(
        [&](QObject *c, auto done) { m_client->checkpointConfig(jobId, c, done); });
    QVERIFY2(checkpointConfig.ok(), qPrintable(checkpointConfig.error()));
    QCOMPARE(checkpointConfig->intervalMs, qint64(1000));
    const auto exceptions = await<JobExceptions>(
        [&](QObject *c, auto done) { m_client->exceptions(jobId, 10, c, done); });
    QVERIFY2(exceptions.ok(), qPrintable(exceptions.error()));
    QVERIFY(exceptions->history.isEmpty());

    SavepointService service(m_client.get(), nullptr);
    QSignalSpy cancelled(&service, &SavepointService::jobCancelled);
    service.cancelJob(jobId);
    QVERIFY(cancelled.wait(15000));
    QCOMPARE(waitForState(jobId, QStringLiteral("CANCELED")), QStringLiteral("CANCELED"));
}

void TestJobManager::savepointWithoutDirectory()
{
    const QString jobId = submit();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(waitForState(jobId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));
    SavepointService service(m_client.get(), nullptr);
    QSignalSpy failed(&service, &SavepointService::failed);
    SavepointService::Request noDirectory = request(jobId, SavepointService::Operation::Savepoint);
    noDirectory.targetDirectory.clear(); // the fixture configures no savepoint directory
    service.start(noDirectory);
    QVERIFY(failed.wait(30000));
    const QString reason = failed.first().at(2).toString();
    QVERIFY2(reason.startsWith(QLatin1String("no savepoint directory configured: set "
                                             "execution.checkpointing.savepoint-dir")),
             qPrintable(reason));
    QCOMPARE(waitForState(jobId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));

    // A directory nobody can create fails after the trigger, in words too.
    SavepointService::Request unwritable = request(jobId, SavepointService::Operation::Savepoint);
    unwritable.targetDirectory = QStringLiteral("/proc/weir-no-such-dir");
    service.start(unwritable);
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.last().at(2).toString(),
             QStringLiteral("cannot create the savepoint directory /proc/weir-no-such-dir: it "
                            "must be writable by the JobManager and every TaskManager"));

    QSignalSpy cancelled(&service, &SavepointService::jobCancelled);
    service.cancelJob(jobId);
    QVERIFY(cancelled.wait(15000));
    QCOMPARE(waitForState(jobId, QStringLiteral("CANCELED")), QStringLiteral("CANCELED"));
}

void TestJobManager::savepointStopAndRestore()
{
    QTemporaryDir workspace;
    auto storage = Storage::open(WorkspacePaths(workspace.path()));
    QVERIFY2(storage.ok(), qPrintable(storage.error()));
    SavepointRepository &registry = storage.value()->savepoints();

    const QString jobId = submit();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(waitForState(jobId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));

    SavepointService service(m_client.get(), &registry);
    QSignalSpy completed(&service, &SavepointService::completed);
    QSignalSpy failed(&service, &SavepointService::failed);
    const quint64 savepoint = service.start(request(jobId, SavepointService::Operation::Savepoint));
    QVERIFY(QTest::qWaitFor([&] { return !completed.isEmpty() || !failed.isEmpty(); }, 120000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(completed.first().at(0).toULongLong(), savepoint);
    const QString savepointPath = completed.first().at(2).toString();
    QVERIFY2(QFile::exists(QUrl(savepointPath).toLocalFile() + QStringLiteral("/_metadata")),
             qPrintable(savepointPath));
    QCOMPARE(waitForState(jobId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));

    service.start(request(jobId, SavepointService::Operation::Stop));
    QVERIFY(QTest::qWaitFor([&] { return completed.size() == 2 || !failed.isEmpty(); }, 120000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const QString stopPath = completed.at(1).at(2).toString();
    QVERIFY(stopPath != savepointPath);
    QCOMPARE(waitForState(jobId, QStringLiteral("FINISHED")), QStringLiteral("FINISHED"));

    // The registry knows both; "latest" is the stop's.
    const QList<SavepointRecord> records = registry.list(10, 0, jobId);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).operation, QStringLiteral("stop"));
    QCOMPARE(records.at(0).status, QStringLiteral("completed"));
    QCOMPARE(records.at(1).operation, QStringLiteral("trigger"));
    const auto latest = registry.latestCompleted(0, 0, kTestJobName);
    QVERIFY(latest);
    QCOMPARE(latest->path, stopPath);

    // Resubmitted with "latest": Flink says it restored from exactly that path.
    const QString restoredId = submit(latest->path);
    QVERIFY(!restoredId.isEmpty());
    QCOMPARE(waitForState(restoredId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));
    std::optional<CheckpointRestore> restore;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto stats = await<CheckpointStats>(
                [&](QObject *c, auto done) { m_client->checkpoints(restoredId, c, done); });
            if (stats && stats->latestRestore)
                restore = stats->latestRestore;
            return restore.has_value();
        },
        30000));
    QCOMPARE(restore->externalPath, stopPath);
    QVERIFY(restore->isSavepoint);

    // Savepoint and cancel in one operation.
    QCOMPARE(waitForState(restoredId, QStringLiteral("RUNNING")), QStringLiteral("RUNNING"));
    service.start(request(restoredId, SavepointService::Operation::SavepointAndCancel));
    QVERIFY(QTest::qWaitFor([&] { return completed.size() == 3 || !failed.isEmpty(); }, 120000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(waitForState(restoredId, QStringLiteral("CANCELED")), QStringLiteral("CANCELED"));
    QCOMPARE(registry.list(1, 0, restoredId).first().operation, QStringLiteral("cancel"));
}

void TestJobManager::unreachableCluster()
{
    const auto ports = FreePort::reserve(1);
    QVERIFY2(ports.ok(), qPrintable(ports.error()));
    HttpClient::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports->first()));
    options.timeoutMs = 3000;
    options.retries = 0;
    JobManagerClient closed(options);
    JobMonitor monitor(&closed);
    monitor.setInterval(200);
    QSignalSpy reachability(&monitor, &JobMonitor::reachabilityChanged);
    QSignalSpy jobs(&monitor, &JobMonitor::jobsUpdated);
    monitor.setOpenJob(QStringLiteral("0123456789abcdef0123456789abcdef"));
    monitor.start();
    QVERIFY(reachability.wait(10000));
    QCOMPARE(monitor.reachability(), JobMonitor::Reachability::Unreachable);
    const QString reason = monitor.unreachableReason();
    QVERIFY2(reason.contains(options.baseUrl.toString()), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("refused")), qPrintable(reason));
    QVERIFY(monitor.jobs().isEmpty());
    QVERIFY(!jobs.isEmpty() && jobs.last().at(0).value<QList<JobSummary>>().isEmpty());
    // An unreachable cluster is asked for its overview only, never for job details.
    QTest::qWait(1000);
    QCOMPARE(closed.requestCount(), quint64(monitor.overviewPolls()));
    QCOMPARE(reachability.size(), 1); // reported once, not on every poll
}

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
