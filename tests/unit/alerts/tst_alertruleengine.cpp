// AlertRuleEngine on a hand-driven clock: each rule raises once per condition until it clears,
// reminders come after the resend interval (never for terminal states), restarts count within
// their window, unreachable clusters alert after N minutes, old jobs stay quiet.

#include "alerts/alertruleengine.h"

#include <QtTest>

using namespace Weir;
using Rule = AlertEvent::Rule;
using Job = AlertRuleEngine::JobObservation;

namespace {

constexpr qint64 kMinute = 60 * 1000;
const QString kCluster = QStringLiteral("cluster-1");
const QString kClusterName = QStringLiteral("prod");

Job job(const QString &state, const QString &id = QStringLiteral("a1"))
{
    Job j;
    j.id = id;
    j.name = QStringLiteral("orders");
    j.state = state;
    return j;
}

} // namespace

class TestAlertRuleEngine : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;
    AlertRuleEngine engine(AlertRuleSettings settings = AlertRuleSettings())
    {
        return AlertRuleEngine(settings, [this] { return m_now; });
    }

private slots:
    void init() { m_now = 1'700'000'000'000; }

    void failedJobAlertsOnceEvenWhenSeenAgain()
    {
        AlertRuleEngine e = engine();
        QVERIFY(e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RUNNING"))}).isEmpty());
        m_now += 5000;
        Job failed = job(QStringLiteral("FAILED"));
        failed.endMs = m_now;
        failed.error = QStringLiteral("java.lang.ArithmeticException: / by zero");
        const QList<AlertEvent> raised = e.observeJobs(kCluster, kClusterName, {failed});
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).rule, Rule::JobFailed);
        QCOMPARE(raised.at(0).jobId, QStringLiteral("a1"));
        QCOMPARE(raised.at(0).jobName, QStringLiteral("orders"));
        QCOMPARE(raised.at(0).clusterName, kClusterName);
        QCOMPARE(raised.at(0).status, QStringLiteral("FAILED"));
        QCOMPARE(raised.at(0).timeMs, m_now);
        QCOMPARE(raised.at(0).error, failed.error);
        QVERIFY(raised.at(0).message.contains(QLatin1String("orders")));
        QVERIFY(raised.at(0).message.contains(QLatin1String("/ by zero")));
        // The monitor keeps seeing it: nothing more, not even after hours (terminal).
        for (int i = 0; i < 20; ++i) {
            m_now += 10 * kMinute;
            QVERIFY(e.observeJobs(kCluster, kClusterName, {failed}).isEmpty());
            QVERIFY(e.evaluate().isEmpty());
        }
    }

    void jobsThatEndedBeforeWatchingStayQuiet()
    {
        AlertRuleEngine e = engine();
        Job old = job(QStringLiteral("FAILED"));
        old.endMs = m_now - kMinute;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {old}).isEmpty());
        m_now += 5000;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {old}).isEmpty());
        // A job failing after the start is news.
        Job fresh = job(QStringLiteral("FAILED"), QStringLiteral("b2"));
        fresh.endMs = m_now;
        QCOMPARE(e.observeJobs(kCluster, kClusterName, {old, fresh}).size(), 1);
    }

    void disabledRuleStaysQuiet()
    {
        AlertRuleSettings settings;
        settings.jobFailed = false;
        AlertRuleEngine e = engine(settings);
        Job failed = job(QStringLiteral("FAILED"));
        failed.endMs = m_now + 1;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {failed}).isEmpty());
    }

    void restartLoopAlertsOnceThenRemindsThenClears()
    {
        AlertRuleSettings settings;
        settings.restartThreshold = 2;
        settings.restartWindowMinutes = 10;
        settings.resendIntervalMs = 30 * kMinute;
        AlertRuleEngine e = engine(settings);
        // Observed entries into RESTARTING (no counter known): 3 > 2 raises once.
        QList<AlertEvent> all;
        for (int i = 0; i < 6; ++i) {
            all += e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RESTARTING"))});
            m_now += 20 * 1000;
            all += e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RUNNING"))});
            m_now += 20 * 1000;
        }
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).rule, Rule::JobRestarting);
        QCOMPARE(all.at(0).repeat, 0);
        QVERIFY(all.at(0).error.contains(QLatin1String("3 restarts")));
        // It keeps restarting: a reminder after the resend interval, not before.
        QVERIFY(e.evaluate().isEmpty());
        for (int i = 0; i < 50; ++i) {
            all += e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RESTARTING"))});
            m_now += 20 * 1000;
            all += e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RUNNING"))});
            m_now += 20 * 1000;
            all += e.evaluate();
        }
        // 50 × 40 s = 33 min: exactly one reminder.
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).repeat, 1);
        // It settles: after the window no restarts remain; the condition clears.
        m_now += 11 * kMinute;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {job(QStringLiteral("RUNNING"))}).isEmpty());
        QCOMPARE(e.activeCount(), 0);
        m_now += 60 * kMinute;
        QVERIFY(e.evaluate().isEmpty());
    }

    void restartCounterFromFlink()
    {
        AlertRuleSettings settings;
        settings.restartThreshold = 3;
        AlertRuleEngine e = engine(settings);
        Job j = job(QStringLiteral("RUNNING"));
        j.restarts = 10; // a baseline: restarts before watching do not count
        QVERIFY(e.observeJobs(kCluster, kClusterName, {j}).isEmpty());
        m_now += kMinute;
        j.restarts = 13;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {j}).isEmpty()); // 3, not more than 3
        m_now += kMinute;
        j.restarts = 14;
        QCOMPARE(e.observeJobs(kCluster, kClusterName, {j}).size(), 1);
    }

    void checkpointFailuresUntilOneCompletes()
    {
        AlertRuleEngine e = engine();
        Job j = job(QStringLiteral("RUNNING"));
        j.failedCheckpoints = 0;
        j.completedCheckpoints = 5;
        QVERIFY(e.observeJob(kCluster, kClusterName, j).isEmpty());
        j.failedCheckpoints = 1;
        j.error = QStringLiteral("Checkpoint expired before completing.");
        const QList<AlertEvent> raised = e.observeJob(kCluster, kClusterName, j);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).rule, Rule::CheckpointFailed);
        QCOMPARE(raised.at(0).error, j.error);
        j.failedCheckpoints = 4;
        QVERIFY(e.observeJob(kCluster, kClusterName, j).isEmpty()); // still the same condition
        j.completedCheckpoints = 6;
        QVERIFY(e.observeJob(kCluster, kClusterName, j).isEmpty()); // cleared
        j.failedCheckpoints = 5;
        QCOMPARE(e.observeJob(kCluster, kClusterName, j).size(), 1); // a new episode
    }

    void streamingJobFinishing()
    {
        AlertRuleEngine e = engine();
        Job streaming = job(QStringLiteral("RUNNING"));
        streaming.streaming = true;
        Job batch = job(QStringLiteral("RUNNING"), QStringLiteral("b2"));
        batch.streaming = false;
        Job unknown = job(QStringLiteral("RUNNING"), QStringLiteral("c3"));
        QVERIFY(e.observeJobs(kCluster, kClusterName, {streaming, batch, unknown}).isEmpty());
        m_now += 1000;
        for (Job *j : {&streaming, &batch, &unknown}) {
            j->state = QStringLiteral("FINISHED");
            j->endMs = m_now;
        }
        const QList<AlertEvent> raised =
            e.observeJobs(kCluster, kClusterName, {streaming, batch, unknown});
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).rule, Rule::StreamingFinished);
        QCOMPARE(raised.at(0).jobId, QStringLiteral("a1"));
    }

    void unreachableClusterAfterMinutes()
    {
        AlertRuleSettings settings;
        settings.unreachableMinutes = 2;
        settings.resendIntervalMs = 0; // no reminders
        AlertRuleEngine e = engine(settings);
        QVERIFY(e.observeJobs(kCluster, kClusterName, {}).isEmpty());
        const qint64 since = m_now + 1000;
        m_now = since;
        QVERIFY(
            e.observeCluster(kCluster, kClusterName, false, QStringLiteral("connection refused"))
                .isEmpty());
        m_now += kMinute;
        QVERIFY(e.evaluate().isEmpty());
        QVERIFY(e.observeCluster(kCluster, kClusterName, false, QStringLiteral("x")).isEmpty());
        m_now = since + 2 * kMinute;
        const QList<AlertEvent> raised = e.evaluate();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).rule, Rule::ClusterUnreachable);
        QCOMPARE(raised.at(0).timeMs, since); // since when, not when noticed
        QCOMPARE(raised.at(0).jobId, QString());
        QVERIFY(!raised.at(0).error.isEmpty());
        m_now += 60 * kMinute;
        QVERIFY(e.evaluate().isEmpty());
        // Back, then away again: a new episode.
        QVERIFY(e.observeCluster(kCluster, kClusterName, true).isEmpty());
        QCOMPARE(e.activeCount(), 0);
        QVERIFY(e.observeCluster(kCluster, kClusterName, false, QStringLiteral("x")).isEmpty());
        m_now += 3 * kMinute;
        QCOMPARE(e.evaluate().size(), 1);
    }

    void brieflyUnreachableIsNoAlert()
    {
        AlertRuleEngine e = engine();
        QVERIFY(e.observeCluster(kCluster, kClusterName, false, QStringLiteral("x")).isEmpty());
        m_now += kMinute;
        QVERIFY(e.observeJobs(kCluster, kClusterName, {}).isEmpty()); // an overview: reachable
        m_now += 10 * kMinute;
        QVERIFY(e.evaluate().isEmpty());
    }

    void vanishedJobsAreForgotten()
    {
        AlertRuleEngine e = engine();
        Job failed = job(QStringLiteral("FAILED"));
        failed.endMs = m_now + 1;
        QCOMPARE(e.observeJobs(kCluster, kClusterName, {failed}).size(), 1);
        QCOMPARE(e.activeCount(), 1);
        QVERIFY(e.observeJobs(kCluster, kClusterName, {}).isEmpty());
        QCOMPARE(e.activeCount(), 0);
    }

    void clustersAreSeparate()
    {
        AlertRuleEngine e = engine();
        Job failed = job(QStringLiteral("FAILED"));
        failed.endMs = m_now + 1;
        QCOMPARE(e.observeJobs(kCluster, kClusterName, {failed}).size(), 1);
        QCOMPARE(
            e.observeJobs(QStringLiteral("cluster-2"), QStringLiteral("test"), {failed}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertRuleEngine)
#include "tst_alertruleengine.moc"
