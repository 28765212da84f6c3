// The results dock's tabs: one per result, named after its statement; a new run of a script
// replaces that script's unpinned tabs only; pinned tabs stay; the oldest unpinned tabs go past
// the cap; closing the last tab brings back the empty panel. Also the run history's model
// (under QAbstractItemModelTester) and panel over a real store.
#include "historypanel.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "resulttabs.h"
#include "runhistorymodel.h"
#include "store/runhistoryrepository.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

class TestResultTabs : public QObject
{
    Q_OBJECT

private slots:
    void resultsAreTabsNamedAfterTheirStatement();
    void aNewRunReplacesOnlyItsScriptsUnpinnedTabs();
    void theOldestUnpinnedTabsGoPastTheCap();
    void historyModelAndPanel();
};

void TestResultTabs::resultsAreTabsNamedAfterTheirStatement()
{
    ResultTabs tabs;
    QCOMPARE(tabs.count(), 0);
    ResultsPanel *empty = tabs.current();
    QVERIFY(empty && !empty->store());

    QPointer<ResultStore> store = new ResultStore;
    ResultsPanel *panel = tabs.addResult(1, store, QStringLiteral("-- orders\nSELECT order_number, price, buyer FROM Orders"));
    QCOMPARE(tabs.count(), 1);
    QCOMPARE(tabs.current(), panel);
    QCOMPARE(panel->store(), store.data());
    QCOMPARE(panel->origin(), QStringLiteral("-- orders\nSELECT order_number, price, buyer FROM Orders"));
    auto *tabWidget = tabs.findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    QVERIFY(tabWidget->tabText(0).startsWith(QStringLiteral("1: SELECT order_number")));
    QVERIFY(tabWidget->tabText(0).endsWith(QChar(0x2026))); // shortened
    QCOMPARE(tabWidget->tabToolTip(0), panel->origin());

    tabs.closeResult(0);
    QCOMPARE(tabs.count(), 0);
    QCOMPARE(tabs.current(), empty);
    QTRY_VERIFY(store.isNull()); // the store went with its tab
}

void TestResultTabs::aNewRunReplacesOnlyItsScriptsUnpinnedTabs()
{
    ResultTabs tabs;
    ResultsPanel *a1 = tabs.addResult(1, new ResultStore, QStringLiteral("SELECT 1"));
    ResultsPanel *a2 = tabs.addResult(1, new ResultStore, QStringLiteral("SELECT 2"));
    ResultsPanel *b1 = tabs.addResult(2, new ResultStore, QStringLiteral("SELECT 3"));
    QCOMPARE(tabs.resultsOf(1), (QList<ResultsPanel *>{a1, a2}));
    tabs.setPinned(0, true);
    QVERIFY(tabs.isPinned(0));

    tabs.beginRun(1);
    QCOMPARE(tabs.count(), 2);
    QCOMPARE(tabs.result(0), a1); // pinned
    QCOMPARE(tabs.result(1), b1); // another script's
    ResultsPanel *a3 = tabs.addResult(1, new ResultStore, QStringLiteral("SELECT 4"));
    QCOMPARE(tabs.resultsOf(1), (QList<ResultsPanel *>{a1, a3}));
    QCOMPARE(tabs.current(), a3);
}

void TestResultTabs::theOldestUnpinnedTabsGoPastTheCap()
{
    ResultTabs tabs;
    tabs.addResult(1, new ResultStore, QStringLiteral("SELECT 0"));
    tabs.setPinned(0, true);
    for (int i = 1; i <= ResultTabs::kMaxTabs + 5; ++i)
        tabs.addResult(1, new ResultStore, QStringLiteral("SELECT %1").arg(i));
    QCOMPARE(tabs.count(), ResultTabs::kMaxTabs + 1);
    QCOMPARE(tabs.result(0)->origin(), QStringLiteral("SELECT 0"));
    QCOMPARE(tabs.result(1)->origin(), QStringLiteral("SELECT 6"));
    QCOMPARE(tabs.current()->origin(), QStringLiteral("SELECT %1").arg(ResultTabs::kMaxTabs + 5));
}

void TestResultTabs::historyModelAndPanel()
{
    QTemporaryDir dir;
    auto storage = Storage::open(WorkspacePaths(dir.path()));
    QVERIFY2(storage, qPrintable(storage.error()));
    RunHistoryRepository &history = storage.value()->runHistory();
    const Result<Script> script = storage.value()->scripts().create(0, QStringLiteral("Orders"), ScriptType::FlinkSql, QString());
    QVERIFY(script);
    auto entry = [&](const QString &statement, const QString &status, qint64 startedMs, qint64 scriptId) {
        RunHistoryEntry e;
        e.scriptId = scriptId;
        e.scriptName = scriptId ? QStringLiteral("Orders") : QStringLiteral("Scratch");
        e.statement = statement;
        e.target = QStringLiteral("local");
        e.startedMs = startedMs;
        e.endedMs = status == QLatin1String("running") ? 0 : startedMs + 1500;
        e.status = status;
        e.rows = 42;
        e.jobId = status == QLatin1String("failed") ? QString() : QStringLiteral("e8a769eb6d11ec93f9f2ea55b90f2a24");
        e.error = status == QLatin1String("failed") ? QStringLiteral("Column 'x' not found in any table") : QString();
        QVERIFY(history.add(e));
    };
    const qint64 t0 = QDateTime(QDate(2026, 11, 25), QTime(9, 30)).toMSecsSinceEpoch();
    entry(QStringLiteral("SELECT * FROM orders"), QStringLiteral("finished"), t0, script->id);
    entry(QStringLiteral("SELECT x FROM orders"), QStringLiteral("failed"), t0 + 60000, script->id);
    entry(QStringLiteral("INSERT INTO sink\nSELECT * FROM orders"), QStringLiteral("running"), t0 + 120000, script->id);
    entry(QStringLiteral("SHOW TABLES"), QStringLiteral("finished"), t0 + 180000, 0);

    HistoryPanel panel(history);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 0); // no script yet
    panel.setCurrentScript(script->id);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->entry(0).status, QStringLiteral("running")); // newest first
    QCOMPARE(panel.model()->index(0, RunHistoryModel::Duration).data().toString(), QStringLiteral("running"));
    QCOMPARE(panel.model()->index(2, RunHistoryModel::Statement).data().toString(), QStringLiteral("SELECT * FROM orders"));
    QCOMPARE(panel.model()->index(1, RunHistoryModel::Error).data().toString(), QStringLiteral("Column 'x' not found in any table"));
    panel.setAllScripts(true);
    QCOMPARE(panel.model()->rowCount(), 4);
    panel.setFilterText(QStringLiteral("orders"));
    QCOMPARE(panel.view()->model()->rowCount(), 3);

    panel.setFilterText(QString());
    panel.resize(1000, 220);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString shot = Test::outputDir() + QStringLiteral("/history-panel.png");
    QVERIFY(panel.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    QSignalSpy opened(&panel, &HistoryPanel::openRequested);
    const QModelIndex first = panel.view()->model()->index(1, RunHistoryModel::Statement);
    emit panel.view()->doubleClicked(first);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<RunHistoryEntry>().statement, QStringLiteral("INSERT INTO sink\nSELECT * FROM orders"));
}

QTEST_MAIN(TestResultTabs)
#include "tst_resulttabs.moc"
