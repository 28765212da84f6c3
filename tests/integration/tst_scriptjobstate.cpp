// The project tree shows the state of each script's current job as the real JobManager's
// overview tells it: the test INSERT run from the editor shows RUNNING on its script, CANCELED
// once cancelled, and a new run switches the script to its new job. A script whose job was on a
// cluster that does not answer (a loopback port nobody listens on) shows "unreachable" with the
// reason; one whose job no cluster lists shows no state. Screenshots: script-job-states-<version>-
// <light|dark>.png.
#include "consolepanel.h"
#include "flink/jobmanagerclient.h"
#include "jobscontroller.h"
#include "projecttree.h"
#include "projecttreemodel.h"
#include "runcontroller.h"
#include "scriptjobtracker.h"
#include "store/runhistoryrepository.h"
#include "testpaths.h"
#include "theme.h"
#include "tst_jobharness.h"
#include "tst_studioharness.h"

#include <QDockWidget>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace Weir;
using namespace Weir::Test;

namespace {

// Cancels the jobs it was given when the test ends, passed or not (the fixture's slots are shared).
class JobJanitor
{
public:
    explicit JobJanitor(const QUrl &jobManager)
    {
        HttpClient::Options options;
        options.baseUrl = jobManager;
        options.timeoutMs = 15000;
        m_client = std::make_unique<JobManagerClient>(options);
    }
    ~JobJanitor()
    {
        for (const QString &jobId : std::as_const(m_jobs))
            cancelTestJob(*m_client, jobId);
    }
    void add(const QString &jobId) { m_jobs.append(jobId); }
    JobManagerClient &client() { return *m_client; }

private:
    std::unique_ptr<JobManagerClient> m_client;
    QStringList m_jobs;
};

// A loopback URL where nothing listens: a cluster that does not answer, for real.
QUrl deadUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// Saves the project dock of `window` (light, then dark).
void saveTree(MainWindow *window, const QString &name)
{
    QWidget *dock = window->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    for (bool dark : {false, true}) {
        Theme::apply(dark);
        QTest::qWait(50);
        const QString shot =
            outputDir() + QStringLiteral("/%1-%2.png")
                              .arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY(dock->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
    Theme::apply(false);
}

} // namespace

class TestScriptJobState : public QObject
{
    Q_OBJECT

private slots:
    void theTreeFollowsTheScriptsJob();
};

void TestScriptJobState::theTreeFollowsTheScriptsJob()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    JobJanitor janitor(fixture->jobManagerUrl());
    StudioOnFixture on(fixture.value(), QStringLiteral("Orders count"), testJobScript());
    QVERIFY(on.open());
    MainWindow *window = on.window();
    window->resize(1280, 800);
    Storage &storage = on.studio().storage();
    ProjectTreeModel *tree = window->projectTree()->model();
    auto *tracker = window->findChild<ScriptJobTracker *>();
    QVERIFY(tracker);
    auto stateOf = [tree](qint64 scriptId) {
        return tree->indexOfScript(scriptId).data(ProjectTreeModel::JobStateRole).toString();
    };
    auto tipOf = [tree](qint64 scriptId) {
        return tree->indexOfScript(scriptId).data(Qt::ToolTipRole).toString();
    };
    QElapsedTimer clock;
    clock.start();
    auto step = [&clock](const char *what) { qInfo("%6lld ms: %s", clock.elapsed(), what); };

    // Two earlier runs as the history keeps them: one on a cluster that does not answer, one of
    // a job the fixture never had.
    Cluster nowhere;
    nowhere.name = QStringLiteral("Nowhere");
    nowhere.jobManagerUrl = deadUrl().toString();
    QVERIFY(!nowhere.jobManagerUrl.isEmpty());
    QVERIFY(storage.clusters().add(nowhere));
    const qint64 elsewhere = window->projectTree()->addScript(QStringLiteral("Elsewhere"),
                                                              ScriptType::FlinkSql, QString());
    const qint64 forgotten = window->projectTree()->addScript(QStringLiteral("Forgotten"),
                                                              ScriptType::FlinkSql, QString());
    QVERIFY(elsewhere && forgotten);
    for (const auto &[scriptId, target, jobId] :
         {std::tuple{elsewhere, QStringLiteral("Nowhere"),
                     QStringLiteral("0123456789abcdef0123456789abcdef")},
          std::tuple{forgotten, QStringLiteral("Fixture"),
                     QStringLiteral("fedcba9876543210fedcba9876543210")}}) {
        RunHistoryEntry entry;
        entry.scriptId = scriptId;
        entry.statement = QStringLiteral("INSERT INTO snk SELECT 1");
        entry.target = target;
        entry.startedMs = entry.endedMs = QDateTime::currentMSecsSinceEpoch() - 60000;
        entry.status = QStringLiteral("finished");
        entry.jobId = jobId;
        QVERIFY(storage.runHistory().add(entry));
    }
    window->jobsController()->reloadClusters(); // as the Clusters dock does after an edit
    emit window->runs()->historyChanged();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(elsewhere), ProjectTreeModel::unreachableState(), 30000);
    QVERIFY2(tipOf(elsewhere).contains(QStringLiteral("\"Nowhere\" does not answer")),
             qPrintable(tipOf(elsewhere)));
    QTRY_VERIFY2_WITH_TIMEOUT(
        tipOf(forgotten).contains(QStringLiteral("not known to the watched clusters")),
        qPrintable(tipOf(forgotten)), 30000);
    QCOMPARE(stateOf(forgotten), QString());

    step("unreachable and unknown shown");
    // The test INSERT from the editor: RUNNING on its script, as the JobManager says.
    on.run(true);
    RunHistoryRepository &history = storage.runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(!tracker->currentJob(on.scriptId()).isEmpty(), 60000);
    const QString first = tracker->currentJob(on.scriptId());
    janitor.add(first);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(on.scriptId()), QStringLiteral("RUNNING"), 60000);
    QVERIFY2(tipOf(on.scriptId()).contains(first), qPrintable(tipOf(on.scriptId())));
    QTRY_COMPARE_WITH_TIMEOUT(history.recent(1).value(0).jobId, first, 30000);
    window->projectTree()->view()->setCurrentIndex({});
    saveTree(window, QStringLiteral("script-job-running-%1").arg(fixture->version()));

    step("RUNNING shown");
    // Cancelled on the cluster: the next overview says so.
    cancelTestJob(janitor.client(), first);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(on.scriptId()), QStringLiteral("CANCELED"), 30000);
    saveTree(window, QStringLiteral("script-job-canceled-%1").arg(fixture->version()));

    step("CANCELED shown");
    // A new run makes its job the current one at once (no state until an overview lists it).
    on.run(true);
    QTRY_VERIFY2_WITH_TIMEOUT(!tracker->currentJob(on.scriptId()).isEmpty() &&
                                  tracker->currentJob(on.scriptId()) != first,
                              qPrintable(window->console()->plainText()), 60000);
    const QString second = tracker->currentJob(on.scriptId());
    janitor.add(second);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(on.scriptId()), QStringLiteral("RUNNING"), 60000);
    QVERIFY2(tipOf(on.scriptId()).contains(second), qPrintable(tipOf(on.scriptId())));
    cancelTestJob(janitor.client(), second);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(on.scriptId()), QStringLiteral("CANCELED"), 30000);
    QCOMPARE(stateOf(elsewhere), ProjectTreeModel::unreachableState());
    window->close();
}

QTEST_MAIN(TestScriptJobState)
#include "tst_scriptjobstate.moc"
