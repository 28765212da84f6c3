// The golden path in the window: the hello world runs from the editor (Ctrl+Shift+Enter) on a
// real Flink and its rows arrive in the results grid.
#include "consolepanel.h"
#include "historypanel.h"
#include "jobs/jobmonitor.h"
#include "jobscontroller.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "runcontroller.h"
#include "runhistorymodel.h"
#include "flinkfixture.h"
#include "mainwindow.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "resulttabs.h"
#include "run/executionsettings.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "store/runhistoryrepository.h"
#include "store/secrets.h"
#include "store/variablerepository.h"
#include "store/storage.h"
#include "studio.h"
#include "testpaths.h"
#include "tst_studioharness.h"
#include "workspace/workspacepaths.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;
using Weir::Test::StudioOnFixture;

namespace {

// The job's state as the JobManager's REST API tells it ("" if it does not answer).
QString jobState(QNetworkAccessManager &network, const QUrl &jobManager, const QString &jobId)
{
    QNetworkReply *reply = network.get(QNetworkRequest(jobManager.resolved(QUrl(QStringLiteral("/jobs/") + jobId))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const QString state = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("state")).toString();
    reply->deleteLater();
    return state;
}

} // namespace

class TestRunFromEditor : public QObject
{
    Q_OBJECT

private slots:
    void helloWorldRowsArriveInTheGrid();
    void validationErrorIsMarkedInTheEditor();
    void historyRecordsEveryStatementAndReopensIt();
    void explainShowsThePlanAsText();
    void closingARunningScriptAsksThenStops();
    void secretVariablesComeFromTheKeychainAndStayMasked();
    void aSubmittedJobOpensInTheJobsDock();
};

void TestRunFromEditor::helloWorldRowsArriveInTheGrid()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    const QString script = QStringLiteral(
        "CREATE TABLE Orders (\n"
        "  order_number BIGINT,\n"
        "  price        DECIMAL(32,2),\n"
        "  buyer        ROW<first_name STRING, last_name STRING>,\n"
        "  order_time   TIMESTAMP(3)\n"
        ") WITH ('connector' = 'datagen', 'rows-per-second' = '50', 'number-of-rows' = '50');\n"
        "-- 预览订单\n"
        "SELECT order_number, price, buyer, order_time FROM Orders;\n");
    StudioOnFixture on(fixture.value(), QStringLiteral("Hello Orders"), script);
    QVERIFY(on.open());
    MainWindow *window = on.window();
    window->resize(1280, 800);
    on.run(true);

    ResultTabs *results = window->results();
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->current()->store()
                                 && results->current()->store()->rowCount() == 50, 60000);
    ResultStore *store = results->current()->store();
    QVERIFY(results->current()->origin().startsWith(QLatin1String("SELECT order_number")));
    // The ROW field is readable as Flink renders it: (first, last).
    const QString buyer = store->text(0, 2).toString();
    QVERIFY2(buyer.startsWith(QLatin1Char('(')) && buyer.contains(QStringLiteral(", ")),
             qPrintable(buyer));
    QTest::qWait(200); // a repaint tick of the grid
    const QString shot =
        Test::outputDir() + QStringLiteral("/run-hello-world-%1.png").arg(fixture->version());
    QVERIFY(window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    QVERIFY(window->console()->plainText().contains(QStringLiteral("Fixture")));
    window->close();
}

void TestRunFromEditor::validationErrorIsMarkedInTheEditor()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    // Line 4, column 5 (UTF-16; a tab is one column) holds the unknown column, after Chinese text.
    const QString script = QStringLiteral("-- 错误示例\n"
                                          "CREATE TABLE t (a INT) WITH ('connector' = 'datagen');\n"
                                          "SELECT a,\n"
                                          "\t\t  nosuchcolumn FROM t;\n");
    StudioOnFixture on(fixture.value(), QStringLiteral("Broken"), script);
    QVERIFY(on.open());
    MainWindow *window = on.window();
    SqlEditor *editor = on.editor();
    on.run(true);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->flinkErrors().isEmpty(), 60000);
    const Diagnostic error = editor->flinkErrors().constFirst();
    QCOMPARE(error.start.line, 4);
    QCOMPARE(error.start.column, 5);
    QVERIFY2(error.message.contains(QStringLiteral("nosuchcolumn")), qPrintable(error.message));
    window->close();
}

void TestRunFromEditor::historyRecordsEveryStatementAndReopensIt()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    const QString script = QStringLiteral(
        "CREATE TABLE h (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3');\n"
        "SELECT a FROM h;\n"
        "SELECT nosuchcolumn FROM h;\n"
        "SELECT 1;\n");
    StudioOnFixture on(fixture.value(), QStringLiteral("Historic"), script);
    QVERIFY(on.open());
    MainWindow *window = on.window();
    SqlEditor *editor = on.editor();
    on.run(true);

    // Newest first: the skipped SELECT 1, the failed one, the 3-row SELECT, the CREATE.
    RunHistoryModel *model = window->history()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 4 && model->entry(0).status != QLatin1String("running"), 60000);
    QCOMPARE(model->entry(0).status, QStringLiteral("skipped"));
    QCOMPARE(model->entry(1).status, QStringLiteral("failed"));
    QVERIFY2(model->entry(1).error.contains(QStringLiteral("nosuchcolumn")), qPrintable(model->entry(1).error));
    QCOMPARE(model->entry(1).line, 3);
    QCOMPARE(model->entry(2).status, QStringLiteral("finished"));
    QCOMPARE(model->entry(2).rows, 3);
    QCOMPARE(model->entry(2).statement, QStringLiteral("SELECT a FROM h"));
    QCOMPARE(model->entry(2).target, QStringLiteral("Fixture"));
    QVERIFY(model->entry(2).endedMs >= model->entry(2).startedMs);
    QCOMPARE(model->entry(3).status, QStringLiteral("finished"));

    // Re-opening a statement selects it in its script.
    editor->setCursorPosition(0, 0);
    emit window->history()->openRequested(model->entry(2));
    QCOMPARE(editor->selectedText(), QStringLiteral("SELECT a FROM h"));
    int line = 0, index = 0;
    editor->getCursorPosition(&line, &index);
    QCOMPARE(line, 1);

    window->resize(1280, 800);
    window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->raise();
    QTest::qWait(100);
    const QString shot = Test::outputDir() + QStringLiteral("/history-panel-%1.png").arg(fixture->version());
    QVERIFY(window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    window->close();
}

void TestRunFromEditor::explainShowsThePlanAsText()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    StudioOnFixture on(fixture.value(), QStringLiteral("Plan"), QStringLiteral("EXPLAIN SELECT 1 + 1;\n"));
    QVERIFY(on.open());
    MainWindow *window = on.window();
    on.run(false);
    ResultTabs *results = window->results();
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && !results->current()->findChild<QPlainTextEdit *>()->toPlainText().isEmpty(), 60000);
    const QString plan = results->current()->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(plan.contains(QStringLiteral("== Abstract Syntax Tree ==")), qPrintable(plan));
    window->close();
}

void TestRunFromEditor::closingARunningScriptAsksThenStops()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    // An endless stream: it runs until stopped.
    const QString script = QStringLiteral(
        "CREATE TABLE endless (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');\n"
        "SELECT a FROM endless;\n");
    StudioOnFixture on(fixture.value(), QStringLiteral("Endless"), script);
    QVERIFY(on.open());
    MainWindow *window = on.window();
    const qint64 scriptId = on.scriptId();
    on.run(true);
    ResultTabs *results = window->results();
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->current()->store()
                                 && results->current()->store()->rowCount() >= 2, 60000);
    QVERIFY(window->runs()->isRunning(scriptId));

    // First answer Cancel: the tab and the run stay.
    auto answer = [](const QString &button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("still running")));
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
    };
    ScriptTabs *tabs = window->scriptTabs();
    answer(QStringLiteral("Cancel"));
    QVERIFY(!tabs->closeTabInteractively(tabs->currentIndex()));
    QVERIFY(tabs->editorFor(scriptId));
    QVERIFY(window->runs()->isRunning(scriptId));

    answer(QStringLiteral("Stop and Close"));
    QVERIFY(tabs->closeTabInteractively(tabs->currentIndex()));
    QVERIFY(!tabs->editorFor(scriptId));
    QVERIFY(!window->runs()->isRunning(scriptId));
    // The run stopped and Flink cancelled the query's job.
    RunHistoryRepository &history = on.studio().storage().runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(history.recent(1).value(0).status == QLatin1String("stopped"), 30000);
    const QString jobId = history.recent(1).value(0).jobId;
    QVERIFY(!jobId.isEmpty());
    QNetworkAccessManager network;
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT((state = jobState(network, fixture->jobManagerUrl(), jobId)) == QLatin1String("CANCELED"), 30000);
    window->close();
}

void TestRunFromEditor::secretVariablesComeFromTheKeychainAndStayMasked()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    StudioOnFixture on(fixture.value(), QStringLiteral("Secretive"), QStringLiteral("SELECT '${region}' AS region, '${token}' AS token;\n"));
    QVERIFY(on.open());
    MainWindow *window = on.window();
    SqlEditor *editor = on.editor();
    const qint64 scriptId = on.scriptId();
    // A plain variable in the store, a secret one in the keychain (only its key in the store).
    const QString secret = QStringLiteral("s3cr3t-%1").arg(QDateTime::currentMSecsSinceEpoch());
    Secrets keychain;
    bool stored = false;
    keychain.write(Secrets::variableKey(QStringLiteral("token")), secret, [&stored](const Status &status) {
        QVERIFY2(status, qPrintable(status.error()));
        stored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    VariableRepository &variables = on.studio().storage().variables();
    QVERIFY(variables.put({QStringLiteral("region"), QStringLiteral("eu-west"), false, QString(), QString()}));
    QVERIFY(variables.put({QStringLiteral("token"), QString(), true, Secrets::variableKey(QStringLiteral("token")), QString()}));

    on.run(false);
    ResultTabs *results = window->results();
    QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->current()->store()
                                 && results->current()->store()->rowCount() == 1, 60000);
    QCOMPARE(results->current()->store()->text(0, 0).toString(), QStringLiteral("eu-west"));
    QCOMPARE(results->current()->store()->text(0, 1).toString(), secret);
    // What Weir shows of the run never holds the secret.
    QTRY_VERIFY_WITH_TIMEOUT(!window->runs()->isRunning(scriptId), 30000);
    QVERIFY(!window->console()->plainText().contains(secret));
    QVERIFY(!results->current()->origin().contains(secret));
    const RunHistoryEntry entry = on.studio().storage().runHistory().recent(1).value(0);
    QVERIFY2(entry.statement.contains(QStringLiteral("${token}")) && !entry.statement.contains(secret), qPrintable(entry.statement));

    // A secret that is gone from the keychain: the run does not start and says which variable.
    bool removed = false;
    keychain.remove(Secrets::variableKey(QStringLiteral("token")), [&removed](const Status &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->console()->plainText().contains(QStringLiteral("“token”")), 10000);
    QVERIFY(!window->runs()->isRunning(scriptId));
    QCOMPARE(results->count(), 1);
    window->close();
}

void TestRunFromEditor::aSubmittedJobOpensInTheJobsDock()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    StudioOnFixture on(fixture.value(), QStringLiteral("Pipeline"), QStringLiteral(
        "CREATE TABLE src (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');\n"
        "CREATE TABLE sink (a INT) WITH ('connector' = 'blackhole');\n"
        "INSERT INTO sink SELECT a FROM src;\n"));
    QVERIFY(on.open());
    MainWindow *window = on.window();
    window->resize(1280, 800);
    on.run(true);
    RunHistoryRepository &history = on.studio().storage().runHistory();
    QTRY_VERIFY_WITH_TIMEOUT(!history.recent(1).value(0).jobId.isEmpty(), 60000);
    const QString jobId = history.recent(1).value(0).jobId;
    QVERIFY(window->console()->plainText().contains(jobId));

    // The console's "Open in Jobs" link of the job (clicked as the console does).
    const QUrl link = RunController::jobLink(window->runs()->targetOf(on.scriptId()), jobId);
    QCOMPARE(RunController::parseJobLink(link).second, jobId);
    emit window->console()->linkActivated(link);
    JobsPanel *jobs = window->jobs();
    QTRY_COMPARE_WITH_TIMEOUT(jobs->openJobId(), jobId, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowCount() > 0, 30000);
    QTest::qWait(300);
    const QString shot = Test::outputDir() + QStringLiteral("/jobs-dock-%1.png").arg(fixture->version());
    QVERIFY(window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // With the dock hidden the cluster is still watched (alerts need it): its overview goes on.
    JobMonitor *monitor = window->jobsController()->monitorOf(window->runs()->targetOf(on.scriptId()));
    QVERIFY(monitor);
    auto *jobsDock = window->findChild<QDockWidget *>(QStringLiteral("jobsDock"));
    jobsDock->close();
    QTRY_VERIFY(!jobs->isVisible());
    QVERIFY(monitor->isActive() && !monitor->isPaused());
    QVERIFY(monitor->openJob().isEmpty()); // no detail polls for a hidden dock
    const int polls = monitor->overviewPolls();
    monitor->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->overviewPolls() > polls, 10000);
    jobsDock->show();
    jobsDock->raise();
    QTRY_COMPARE(monitor->openJob(), jobId);

    // Cancel it through the dock (confirmed), as a user would; Flink says CANCELED.
    jobs->setConfirmation([](const QString &) { return true; });
    jobs->cancelJob();
    QNetworkAccessManager network;
    QTRY_COMPARE_WITH_TIMEOUT(jobState(network, fixture->jobManagerUrl(), jobId), QStringLiteral("CANCELED"), 30000);
    window->close();
}

QTEST_MAIN(TestRunFromEditor)
#include "tst_runfromeditor.moc"
