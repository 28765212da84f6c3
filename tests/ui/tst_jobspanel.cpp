// The Jobs dock against a real running job on the Flink fixture (registered once per Flink
// version by tests/integration): the list with status, start, duration and parallelism,
// filter and search, the opened job's tabs with the native job graph, a savepoint and a cancel
// through the panel's confirmed actions, and the unreachable banner. Saves jobs-panel.png and
// job-graph.png (with the version in the name) into the test output folder.

#include "../integration/tst_jobharness.h"
#include "flinkfixture.h"
#include "jobdetailtabs.h"
#include "jobgraphview.h"
#include "jobs/jobmonitor.h"
#include "jobs/savepointservice.h"
#include "jobsfilterproxy.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Weir;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

class TestJobsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void runningJob();
    void unreachableCluster();

private:
    QString screenshot(const char *name) const;

    Test::JobCluster m_cluster;
    FlinkFixture &m_fixture = m_cluster.fixture;
    std::unique_ptr<GatewayHarness> &m_gateway = m_cluster.gateway;
    std::unique_ptr<JobManagerClient> &m_client = m_cluster.client;
    QString m_jobId;
};

void TestJobsPanel::initTestCase()
{
    const QString why = m_cluster.open();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestJobsPanel::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestJobsPanel::cleanupTestCase()
{
    if (!m_jobId.isEmpty())
        Test::cancelTestJob(*m_client, m_jobId);
}

QString TestJobsPanel::screenshot(const char *name) const
{
    return QDir(Test::outputDir())
        .filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), m_fixture.version()));
}

void TestJobsPanel::runningJob()
{
    QString why;
    m_jobId = Test::submitTestJob(*m_gateway, QString(), &why);
    QVERIFY2(!m_jobId.isEmpty(), qPrintable(why));
    QCOMPARE(Test::waitForJobState(*m_client, m_jobId, QStringLiteral("RUNNING")),
             QStringLiteral("RUNNING"));

    QTemporaryDir workspace;
    auto storage = Storage::open(WorkspacePaths(workspace.path()));
    QVERIFY2(storage.ok(), qPrintable(storage.error()));
    JobMonitor monitor(m_client.get());
    monitor.setInterval(500);
    SavepointService service(m_client.get(), &storage.value()->savepoints());

    JobsPanel panel(&storage.value()->savepoints());
    QAbstractItemModelTester modelTester(panel.model());
    QAbstractItemModelTester proxyTester(panel.filter());
    QStringList questions;
    panel.setConfirmation([&](const QString &question) {
        questions.append(question);
        return true;
    });
    QTemporaryDir savepoints(QDir(Test::outputDir()).filePath(QStringLiteral("jobs-panel-XXXXXX")));
    panel.setSavepointDirectory(QUrl::fromLocalFile(savepoints.path()).toString());
    panel.setCluster(&monitor, &service, 0, QStringLiteral("fixture %1").arg(m_fixture.version()));
    panel.resize(1100, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!monitor.isPaused());

    QVERIFY(QTest::qWaitFor([&] { return panel.model()->rowOf(m_jobId) >= 0; }, 15000));
    const int row = panel.model()->rowOf(m_jobId);
    const QAbstractItemModel *model = panel.model();
    QCOMPARE(model->index(row, JobsModel::StatusColumn).data().toString(),
             QStringLiteral("Running"));
    QVERIFY(!model->index(row, JobsModel::StartColumn).data().toString().isEmpty());
    // Visible rows get their parallelism. Other tests' jobs share the fixture and may push this
    // one out of view: search for it, as a user would.
    auto *search = panel.findChild<QLineEdit *>();
    QVERIFY(search);
    search->setText(m_jobId);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return model->index(panel.model()->rowOf(m_jobId), JobsModel::ParallelismColumn)
                       .data()
                       .toString() == QLatin1String("1");
        },
        10000));

    // Filter and search.
    panel.findChild<QLineEdit *>()->setText(QStringLiteral("no such job"));
    QCOMPARE(panel.filter()->rowCount(), 0);
    panel.findChild<QLineEdit *>()->setText(m_jobId.left(8));
    QCOMPARE(panel.filter()->rowCount(), 1);
    panel.filter()->setStatusFilter(JobsFilterProxy::StatusFilter::Finished);
    QCOMPARE(panel.filter()->rowCount(), 0);
    panel.filter()->setStatusFilter(JobsFilterProxy::StatusFilter::Running);
    QCOMPARE(panel.filter()->rowCount(), 1);
    panel.findChild<QLineEdit *>()->clear();

    // Opening the job: overview and the graph, polled only for this job.
    panel.openJob(m_jobId);
    QCOMPARE(panel.openJobId(), m_jobId);
    QCOMPARE(monitor.openJob(), m_jobId);
    JobGraphView *graph = panel.details()->graph();
    QVERIFY(QTest::qWaitFor([&] { return graph->vertexCount() == 2; }, 15000));
    QCOMPARE(graph->edgeCount(), 1);
    QVERIFY(panel.action(JobsPanel::Action::Savepoint)->isEnabled());
    QVERIFY(panel.action(JobsPanel::Action::StopWithSavepoint)->isEnabled());

    // A savepoint through the panel, after a confirmation; the registry lists it.
    QSignalSpy completed(&service, &SavepointService::completed);
    QSignalSpy failed(&service, &SavepointService::failed);
    panel.action(JobsPanel::Action::Savepoint)->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(Test::kTestJobName));
    QVERIFY(QTest::qWaitFor([&] { return !completed.isEmpty() || !failed.isEmpty(); }, 60000));
    QVERIFY2(failed.isEmpty(), qPrintable(panel.messageText()));
    QVERIFY2(panel.messageText().contains(QLatin1String("written to")),
             qPrintable(panel.messageText()));
    panel.details()->setCurrentIndex(JobDetailTabs::SavepointsTab);
    const auto trees = panel.details()->findChildren<QTreeWidget *>();
    QVERIFY(std::any_of(trees.begin(), trees.end(), [](const QTreeWidget *tree) {
        return tree->topLevelItemCount() == 1 &&
               tree->topLevelItem(0)->text(2) == QLatin1String("completed");
    }));

    // The checkpoints tab asks the monitor for checkpoints too.
    panel.details()->setCurrentIndex(JobDetailTabs::CheckpointsTab);
    QVERIFY(QTest::qWaitFor([&] { return panel.details()->checkpoints().has_value(); }, 10000));
    QVERIFY(panel.details()->checkpoints()->completed > 0);
    QTest::qWait(300);
    QVERIFY(panel.grab().save(screenshot("job-checkpoints")));
    // The logs tab fetches the list and the main log's tail when shown.
    panel.details()->setCurrentIndex(JobDetailTabs::LogsTab);
    QTest::qWait(1500);
    QVERIFY(panel.grab().save(screenshot("job-logs")));

    // Screenshots: the list with the overview, then the graph (after the metrics arrived).
    panel.details()->setCurrentIndex(JobDetailTabs::OverviewTab);
    QTest::qWait(800);
    QVERIFY(panel.grab().save(screenshot("jobs-panel")));
    panel.details()->setCurrentIndex(JobDetailTabs::GraphTab);
    const QString aggregate = [&] {
        const auto detail =
            Test::await<JobDetail>([&](QObject *c, auto done) { m_client->job(m_jobId, c, done); });
        return detail && !detail->edges.isEmpty() ? detail->edges.first().targetId : QString();
    }();
    QVERIFY(!aggregate.isEmpty());
    (void)QTest::qWaitFor(
        [&] { return !graph->vertexText(aggregate).contains(QLatin1String("Records in 0 ")); },
        25000);
    QVERIFY2(graph->vertexText(aggregate).contains(QLatin1String("GroupAggregate")),
             qPrintable(graph->vertexText(aggregate)));
    QVERIFY2(graph->vertexText(aggregate).contains(QLatin1String("back pressure")),
             qPrintable(graph->vertexText(aggregate)));
    QTest::qWait(300);
    QVERIFY(panel.grab().save(screenshot("job-graph")));
    // Zoom buttons and back to the whole graph.
    graph->zoomIn();
    graph->fit();

    // Hidden (dock closed, window minimised): the monitor is paused.
    panel.hide();
    QVERIFY(monitor.isPaused());
    panel.show();
    QVERIFY(!monitor.isPaused());

    // Cancel, confirmed; the list shows it ending.
    panel.action(JobsPanel::Action::Cancel)->trigger();
    QCOMPARE(questions.size(), 2);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int r = panel.model()->rowOf(m_jobId);
            return r >= 0 && panel.model()->jobAt(r).state == QLatin1String("CANCELED");
        },
        30000));
    QVERIFY(!panel.action(JobsPanel::Action::Cancel)->isEnabled());
    m_jobId.clear();
}

void TestJobsPanel::unreachableCluster()
{
    HttpClient::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    options.retries = 0;
    JobManagerClient closed(options);
    JobMonitor monitor(&closed);
    monitor.setInterval(300);
    JobsPanel panel(nullptr);
    panel.setCluster(&monitor, nullptr, 0, QStringLiteral("gone"));
    panel.show();
    QVERIFY(QTest::qWaitFor([&] { return !panel.messageText().isEmpty(); }, 10000));
    QVERIFY2(panel.messageText().startsWith(QLatin1String("gone is unreachable: ")),
             qPrintable(panel.messageText()));
    QCOMPARE(panel.model()->rowCount(), 0);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
