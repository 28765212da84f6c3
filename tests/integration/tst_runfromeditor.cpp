// The golden path in the window: the hello world runs from the editor (Ctrl+Shift+Enter) on a
// real Flink and its rows arrive in the results grid.
#include "consolepanel.h"
#include "flinkfixture.h"
#include "mainwindow.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "run/executionsettings.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "store/storage.h"
#include "studio.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;

namespace {

// A workspace holding one FlinkSQL script whose target is the fixture's gateway; returns its id.
qint64 makeWorkspace(const QString &dir, const FlinkFixture &fixture, const QString &name,
                     const QString &text)
{
    auto storage = Storage::open(WorkspacePaths(dir));
    if (!storage)
        return 0;
    Cluster cluster;
    cluster.name = QStringLiteral("Fixture");
    cluster.gatewayUrl = fixture.gatewayUrl().toString();
    cluster.jobManagerUrl = fixture.jobManagerUrl().toString();
    const Result<Cluster> added = storage.value()->clusters().add(cluster);
    const Result<Script> created =
        storage.value()->scripts().create(0, name, ScriptType::FlinkSql, text);
    if (!added || !created)
        return 0;
    ExecutionSettings settings;
    settings.clusterId = added->id;
    return storage.value()->scripts().setSettings(created->id, settings.toJson()) ? created->id : 0;
}

} // namespace

class TestRunFromEditor : public QObject
{
    Q_OBJECT

private slots:
    void helloWorldRowsArriveInTheGrid();
    void validationErrorIsMarkedInTheEditor();
};

void TestRunFromEditor::helloWorldRowsArriveInTheGrid()
{
    const Result<FlinkFixture> fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture, qPrintable(fixture.error()));
    QTemporaryDir dir;
    const QString script = QStringLiteral(
        "CREATE TABLE Orders (\n"
        "  order_number BIGINT,\n"
        "  price        DECIMAL(32,2),\n"
        "  buyer        ROW<first_name STRING, last_name STRING>,\n"
        "  order_time   TIMESTAMP(3)\n"
        ") WITH ('connector' = 'datagen', 'rows-per-second' = '50', 'number-of-rows' = '50');\n"
        "-- 预览订单\n"
        "SELECT order_number, price, buyer, order_time FROM Orders;\n");
    const qint64 scriptId =
        makeWorkspace(dir.path(), fixture.value(), QStringLiteral("Hello Orders"), script);
    QVERIFY(scriptId);
    Studio studio(dir.path());
    QVERIFY(studio.start());
    MainWindow *window = studio.window();
    window->resize(1280, 800);
    QVERIFY(window->scriptTabs()->openScript(scriptId));
    SqlEditor *editor = window->scriptTabs()->editorFor(scriptId);
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);

    auto *results = window->findChild<ResultsPanel *>();
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->store() && results->store()->rowCount() == 50, 60000);
    ResultStore *store = results->store();
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
    QTemporaryDir dir;
    // Line 4, column 5 (UTF-16; a tab is one column) holds the unknown column, after Chinese text.
    const QString script = QStringLiteral("-- 错误示例\n"
                                          "CREATE TABLE t (a INT) WITH ('connector' = 'datagen');\n"
                                          "SELECT a,\n"
                                          "\t\t  nosuchcolumn FROM t;\n");
    const qint64 scriptId =
        makeWorkspace(dir.path(), fixture.value(), QStringLiteral("Broken"), script);
    QVERIFY(scriptId);
    Studio studio(dir.path());
    QVERIFY(studio.start());
    MainWindow *window = studio.window();
    QVERIFY(window->scriptTabs()->openScript(scriptId));
    SqlEditor *editor = window->scriptTabs()->editorFor(scriptId);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->flinkErrors().isEmpty(), 60000);
    const Diagnostic error = editor->flinkErrors().constFirst();
    QCOMPARE(error.start.line, 4);
    QCOMPARE(error.start.column, 5);
    QVERIFY2(error.message.contains(QStringLiteral("nosuchcolumn")), qPrintable(error.message));
    window->close();
}

QTEST_MAIN(TestRunFromEditor)
#include "tst_runfromeditor.moc"
