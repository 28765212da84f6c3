// A job made to fail on the fixture's real Flink (an INSERT dividing by zero on a datagen
// field, no restarts) watched by a JobMonitor through a ClusterAlertWatch: exactly one
// "job failed" alert reaches the loopback receiver, with Flink's root cause, although the
// monitor keeps observing the failed job poll after poll. The send is in the alert history.
// Likewise a streaming job whose bounded source ends raises one "finished unexpectedly".

#include "alerts/alertservice.h"
#include "alerts/clusteralertwatch.h"
#include "flinkfixture.h"
#include "jobs/jobmonitor.h"
#include "store/storage.h"
#include "tst_jobharness.h"
#include "webhookreceiver.h"
#include "workspace/workspacepaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;
using namespace Weir::Test;

namespace {

// What every test here wires: a workspace database, a loopback receiver in one alert group,
// the AlertService, a JobMonitor polling every 500 ms and a ClusterAlertWatch on it. Only the
// test's own job belongs to the group (the script's pick); other helpers' jobs on the shared
// cluster go to the default group, which is none here.
struct Rig
{
    QTemporaryDir dir;
    std::unique_ptr<Storage> storage;
    WebhookReceiver receiver;
    qint64 groupId = 0;
    std::unique_ptr<AlertService> service;
    std::unique_ptr<JobMonitor> monitor;
    std::unique_ptr<ClusterAlertWatch> watch;
    QString jobId;

    // Empty when everything is ready (the monitor reached the cluster), else why not.
    QString start(JobManagerClient *client, const QString &clusterName,
                  const AlertRuleSettings &settings = AlertRuleSettings())
    {
        auto opened = Storage::open(WorkspacePaths(dir.path()));
        if (!opened)
            return opened.error();
        storage = std::move(opened.value());
        if (!receiver.listen())
            return QStringLiteral("cannot listen on loopback");
        receiver.answer(200, "{}");
        AlertInstance instance;
        instance.name = QStringLiteral("loopback");
        instance.kind = AlertInstance::Kind::Http;
        instance.settings = {{QStringLiteral("url"), receiver.url(QStringLiteral("/alerts"))}};
        AlertGroup group;
        group.name = QStringLiteral("script group");
        group.instanceIds = {storage->alertConfig().addInstance(instance)->id};
        groupId = storage->alertConfig().addGroup(group)->id;
        service = std::make_unique<AlertService>(storage->alertConfig(), storage->alertHistory());
        monitor = std::make_unique<JobMonitor>(client);
        monitor->setInterval(500);
        watch = std::make_unique<ClusterAlertWatch>(
            monitor.get(), service.get(), QStringLiteral("fixture"), clusterName, settings);
        watch->setGroupResolver(
            [this](const JobSummary &job) { return job.id == jobId ? groupId : 0; });
        monitor->start();
        if (!QTest::qWaitFor(
                [this] { return monitor->reachability() == JobMonitor::Reachability::Reachable; },
                15000))
            return QStringLiteral("the monitor never reached the JobManager");
        return QString();
    }

    // Lets the monitor observe the cluster `polls` more times, then runs the time rules.
    bool keepWatching(int polls)
    {
        const int from = monitor->overviewPolls();
        const bool ok =
            QTest::qWaitFor([&] { return monitor->overviewPolls() >= from + polls; }, 20000);
        watch->evaluateNow();
        QTest::qWait(200);
        return ok;
    }

    QJsonObject firstAlert() const
    {
        return QJsonDocument::fromJson(receiver.requests().value(0).body).object();
    }
};

} // namespace

class TestAlertsFlink : public QObject
{
    Q_OBJECT

private:
    FlinkFixture m_fixture;
    std::unique_ptr<GatewayHarness> m_gateway;
    std::unique_ptr<JobManagerClient> m_client;
    QStringList m_started;

    // Submits an INSERT from datagen into blackhole named `name` (no restarts); its job id.
    QString submit(const QString &name, const QString &sourceOptions, const QString &select,
                   QString *why, const QMap<QString, QString> &extra = {})
    {
        QMap<QString, QString> properties{
            {QStringLiteral("restart-strategy.type"), QStringLiteral("none")},
            {QStringLiteral("execution.runtime-mode"), QStringLiteral("streaming")},
            {QStringLiteral("pipeline.name"), name}};
        properties.insert(extra);
        auto session = m_gateway->openSession(properties, why);
        if (!session)
            return {};
        for (const QString &statement :
             {QStringLiteral("CREATE TABLE src (id BIGINT, k INT) WITH ('connector'='datagen', %1)")
                  .arg(sourceOptions),
              QStringLiteral(
                  "CREATE TABLE snk (id BIGINT, q INT) WITH ('connector'='blackhole')")}) {
            *why = GatewayHarness::configure(session.get(), statement);
            if (!why->isEmpty())
                return {};
        }
        const CollectedRun run =
            GatewayHarness::run(session.get(), QStringLiteral("INSERT INTO snk ") + select);
        GatewayHarness::close(session.get());
        if (run.error || run.jobId.isEmpty()) {
            *why = run.describe();
            return {};
        }
        m_started.append(run.jobId);
        return run.jobId;
    }

private slots:
    void initTestCase()
    {
        const auto fixture = FlinkFixture::fromEnvironment();
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        m_fixture = fixture.value();
        m_gateway = std::make_unique<GatewayHarness>(m_fixture.gatewayUrl());
        const QString why = m_gateway->negotiate();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        HttpClient::Options options;
        options.baseUrl = m_fixture.jobManagerUrl();
        options.timeoutMs = 15000;
        m_client = std::make_unique<JobManagerClient>(options);
    }

    void cleanup() { m_fixture.printLogTailsIfFailed(); }

    void cleanupTestCase()
    {
        // Other tests share the fixture's slots: leave nothing running.
        for (const QString &jobId : std::as_const(m_started))
            cancelTestJob(*m_client, jobId);
    }

    void failedJobAlertsExactlyOnce()
    {
        Rig rig;
        const QString cluster = QStringLiteral("fixture %1").arg(m_fixture.version());
        const QString ready = rig.start(m_client.get(), cluster);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QList<AlertEvent> raised;
        connect(rig.watch.get(), &ClusterAlertWatch::alertRaised, this,
                [&](const AlertEvent &event, qint64 group) {
                    if (group == rig.groupId)
                        raised.append(event);
                });

        QString why;
        // 10 / (k - k): the first row throws ArithmeticException at runtime.
        rig.jobId = submit(QStringLiteral("weir-alerts-divide-by-zero"),
                           QStringLiteral("'rows-per-second'='5'"),
                           QStringLiteral("SELECT id, 10 / (k - k) FROM src"), &why);
        QVERIFY2(!rig.jobId.isEmpty(), qPrintable(why));
        QVERIFY2(QTest::qWaitFor([&] { return !rig.receiver.requests().isEmpty(); }, 90000),
                 qPrintable(
                     QStringLiteral("no alert; the job is %1")
                         .arg(waitForJobState(*m_client, rig.jobId, QStringLiteral("FAILED"), 1))));
        // The monitor keeps seeing the failed job: still exactly one alert.
        QVERIFY(rig.keepWatching(6));
        QVERIFY(std::any_of(rig.monitor->jobs().begin(), rig.monitor->jobs().end(),
                            [&](const JobSummary &j) {
                                return j.id == rig.jobId && j.state == QLatin1String("FAILED");
                            }));
        QCOMPARE(rig.receiver.requests().size(), 1);
        QCOMPARE(raised.size(), 1);

        const WebhookReceiver::Request &request = rig.receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/alerts"));
        const QJsonObject body = rig.firstAlert();
        QCOMPARE(body.value(QLatin1String("rule")).toString(), QStringLiteral("job_failed"));
        QCOMPARE(body[QLatin1String("job")][QLatin1String("id")].toString(), rig.jobId);
        QCOMPARE(body[QLatin1String("job")][QLatin1String("status")].toString(),
                 QStringLiteral("FAILED"));
        QCOMPARE(body[QLatin1String("job")][QLatin1String("name")].toString(),
                 QStringLiteral("weir-alerts-divide-by-zero"));
        QCOMPARE(body.value(QLatin1String("cluster")).toString(), cluster);
        // The cause from the job's exceptions: the innermost, not Flink's wrapper.
        const QString error = body.value(QLatin1String("error")).toString();
        QVERIFY2(error.startsWith(QLatin1String("java.lang.ArithmeticException")) &&
                     error.contains(QLatin1String("by zero")),
                 qPrintable(error));
        qInfo("alert: %s", request.body.constData());

        QVERIFY(QTest::qWaitFor([&] { return rig.service->pendingCount() == 0; }, 10000));
        const QList<AlertHistoryEntry> history = rig.storage->alertHistory().list(10);
        QCOMPARE(history.size(), 1);
        QVERIFY2(history.first().ok, qPrintable(history.first().error));
        QCOMPARE(history.first().jobId, rig.jobId);
        QCOMPARE(history.first().groupId, rig.groupId);
    }

    // A streaming job whose bounded source runs dry finishes: "finished unexpectedly", once
    // (Flink 1.20 names the job type only in the job's detail, which the watch asks for).
    void streamingJobFinishedAlertsOnce()
    {
        Rig rig;
        const QString ready = rig.start(m_client.get(), QStringLiteral("fixture"));
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QString why;
        rig.jobId = submit(QStringLiteral("weir-alerts-bounded"),
                           QStringLiteral("'number-of-rows'='20', 'rows-per-second'='20'"),
                           QStringLiteral("SELECT id, k FROM src"), &why);
        QVERIFY2(!rig.jobId.isEmpty(), qPrintable(why));
        QVERIFY2(QTest::qWaitFor([&] { return !rig.receiver.requests().isEmpty(); }, 90000),
                 qPrintable(QStringLiteral("no alert; the job is %1")
                                .arg(waitForJobState(*m_client, rig.jobId,
                                                     QStringLiteral("FINISHED"), 1))));
        QVERIFY(rig.keepWatching(6));
        QCOMPARE(rig.receiver.requests().size(), 1);
        const QJsonObject body = rig.firstAlert();
        QCOMPARE(body.value(QLatin1String("rule")).toString(),
                 QStringLiteral("streaming_finished"));
        QCOMPARE(body[QLatin1String("job")][QLatin1String("id")].toString(), rig.jobId);
        QCOMPARE(body[QLatin1String("job")][QLatin1String("status")].toString(),
                 QStringLiteral("FINISHED"));
    }

    // A job failing on every record with a restart strategy that never gives up: one
    // "restarting" alert (Flink's numRestarts, read by the watch) however long it loops.
    void restartLoopAlertsOnce()
    {
        Rig rig;
        AlertRuleSettings settings;
        settings.restartThreshold = 3;
        settings.restartWindowMinutes = 10;
        const QString ready = rig.start(m_client.get(), QStringLiteral("fixture"), settings);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        rig.watch->setRestartCheckEvery(2);
        QString why;
        rig.jobId = submit(
            QStringLiteral("weir-alerts-restart-loop"), QStringLiteral("'rows-per-second'='5'"),
            QStringLiteral("SELECT id, 10 / (k - k) FROM src"), &why,
            {{QStringLiteral("restart-strategy.type"), QStringLiteral("fixed-delay")},
             {QStringLiteral("restart-strategy.fixed-delay.attempts"), QStringLiteral("10000")},
             {QStringLiteral("restart-strategy.fixed-delay.delay"), QStringLiteral("300 ms")}});
        QVERIFY2(!rig.jobId.isEmpty(), qPrintable(why));
        QVERIFY2(QTest::qWaitFor([&] { return !rig.receiver.requests().isEmpty(); }, 90000),
                 "no restarting alert");
        // It keeps restarting: still one alert (the reminder comes after 30 minutes).
        QVERIFY(rig.keepWatching(10));
        QCOMPARE(rig.receiver.requests().size(), 1);
        const QJsonObject body = rig.firstAlert();
        QCOMPARE(body.value(QLatin1String("rule")).toString(), QStringLiteral("job_restarting"));
        QCOMPARE(body[QLatin1String("job")][QLatin1String("id")].toString(), rig.jobId);
        rig.monitor->stop();
        cancelTestJob(*m_client, rig.jobId);
    }
};

QTEST_GUILESS_MAIN(TestAlertsFlink)
#include "tst_alerts_flink.moc"
