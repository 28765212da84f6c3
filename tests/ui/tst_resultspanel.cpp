// The results panel driven offscreen: pages like the hello world's (BIGINT, DECIMAL, a ROW,
// TIMESTAMP(3), NULLs, JSON and long text) stream into a ResultStore bound to a panel; the grids
// follow on their tick, the status line counts, Ctrl+C copies TSV, a ROW opens pretty-printed in
// the value viewer, sort & filter work through the proxy, exports land on disk, and screenshots
// of the table, the changelog and an EXPLAIN plan are saved.
#include "changelogmodel.h"
#include "resultgridview.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "resulttablemodel.h"
#include "testpaths.h"
#include "valueviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;

namespace {

ColumnType typeOf(const char *json)
{
    return ColumnType::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

QList<ColumnInfo> helloColumns()
{
    return {
        ColumnInfo(QStringLiteral("order_number"), typeOf(R"({"type":"BIGINT"})")),
        ColumnInfo(QStringLiteral("price"),
                   typeOf(R"({"type":"DECIMAL","precision":32,"scale":2})")),
        ColumnInfo(QStringLiteral("buyer"), typeOf(R"({"type":"ROW","fields":[
                       {"name":"first_name","fieldType":{"type":"VARCHAR","length":2147483647}},
                       {"name":"last_name","fieldType":{"type":"VARCHAR","length":2147483647}}]})")),
        ColumnInfo(QStringLiteral("order_time"),
                   typeOf(R"({"type":"TIMESTAMP_WITHOUT_TIME_ZONE","precision":3})")),
        ColumnInfo(QStringLiteral("note"), typeOf(R"({"type":"VARCHAR","length":2147483647})")),
    };
}

const char *const kFirst[] = {"Ada", "Grace", "Linus", "Barbara", "Ken", "Edsger", "Frances"};
const char *const kLast[] = {"Lovelace", "Hopper", "Torvalds", "Liskov", "Thompson", "Dijkstra"};

void addOrder(RowBatch::Builder &b, RowKind kind, int n)
{
    b.beginRow(kind);
    b.addText(QString::number(1000 + n));
    b.addText(QStringLiteral("%1.%2").arg(n * 37 % 500).arg(n * 13 % 100, 2, 10, QLatin1Char('0')));
    if (n % 9 == 4)
        b.addNull();
    else
        b.addText(QStringLiteral("(%1, %2)")
                      .arg(QLatin1String(kFirst[n % 7]), QLatin1String(kLast[n % 6])));
    b.addText(QStringLiteral("2026-11-25 17:%1:%2.%3")
                  .arg(n / 60 % 60, 2, 10, QLatin1Char('0'))
                  .arg(n % 60, 2, 10, QLatin1Char('0'))
                  .arg(n * 7 % 1000, 3, 10, QLatin1Char('0')));
    if (n % 4 == 1)
        b.addNull();
    else if (n % 4 == 2)
        b.addText(QStringLiteral("{\"channel\":\"web\",\"items\":[%1,%2],\"gift\":false}")
                      .arg(n)
                      .arg(n + 1));
    else if (n == 3)
        b.addText(QString(QStringLiteral("a long note ")).repeated(20));
    else
        b.addText(QStringLiteral("ok"));
}

RowBatch helloPage(quint64 generation, int page, int first, int count)
{
    RowBatch::Builder b(5, generation, page);
    for (int n = first; n < first + count; ++n)
        addOrder(b, RowKind::Insert, n);
    return b.build();
}

QString shot(const QString &name)
{
    return QDir(Test::outputDir()).filePath(name);
}

} // namespace

class TestResultsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::clipboard()->clear(); }

    void streamsCopiesExportsAndScreenshots()
    {
        ResultsPanel panel;
        panel.resize(1000, 380);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        ResultStore store;
        store.setMaxRows(1000);
        store.begin(7, helloColumns());
        panel.bind(&store);
        panel.setOrigin(QStringLiteral("SELECT order_number, price, buyer, order_time, note "
                                       "FROM Orders"));
        panel.setJobId(QStringLiteral("3f2a9c0d5e1b4a7f8c6d2e0b1a9f8e7d"));
        QVERIFY(store.apply(helloPage(7, 0, 0, 12)));
        QVERIFY(store.apply(helloPage(7, 1, 12, 12)));
        // A page of an abandoned run is dropped.
        QVERIFY(!store.apply(helloPage(6, 0, 100, 5)));
        // Updates and a delete, for the changelog's colours.
        RowBatch::Builder b(5, 7, 2);
        addOrder(b, RowKind::UpdateBefore, 5);
        addOrder(b, RowKind::UpdateAfter, 305);
        addOrder(b, RowKind::Delete, 7);
        addOrder(b, RowKind::Insert, 24);
        QVERIFY(store.apply(b.build()));

        ResultGridView *table = panel.tableView();
        QTRY_COMPARE(table->model()->rowCount(), 24);
        QTRY_COMPARE(panel.changelogView()->model()->rowCount(), 28);
        // Row 5 was updated in place, row 7 removed.
        QCOMPARE(table->model()->index(5, 0).data().toString(), QStringLiteral("1305"));
        QCOMPARE(table->model()->index(7, 0).data().toString(), QStringLiteral("1008"));
        QCOMPARE(table->model()->index(4, 2).data().toString(), QStringLiteral("NULL"));
        // Sized once, capped (the long note would be wider); the last column takes the rest.
        table->horizontalHeader()->setStretchLastSection(false);
        QCOMPARE(table->columnWidth(4), ResultGridView::MaxInitialColumnWidth);
        table->horizontalHeader()->setStretchLastSection(true);
        QVERIFY(table->columnWidth(2) >=
                table->fontMetrics().horizontalAdvance(QStringLiteral("(Linus, Torvalds)")));
        const int rowHeight = table->rowHeight(0);
        QCOMPARE(table->rowHeight(20), rowHeight);
        QVERIFY(panel.statusText().contains(QStringLiteral("24 rows")));
        QVERIFY(panel.statusText().contains(QStringLiteral("28 changes")));
        QVERIFY(panel.statusText().contains(QStringLiteral("job 3f2a9c0d")));
        QVERIFY(!panel.statusText().contains(QStringLiteral("dropped")));

        // Ctrl+C: TSV of the selected rows and columns.
        table->setFocus();
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(1, 2)),
            QItemSelectionModel::Select);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("1000\t0.00\t(Ada, Lovelace)\n1001\t37.13\t(Grace, Hopper)\n"));
        table->copySelection(ResultFormat::Kind::Markdown);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("| order_number | price | buyer |\n| ---: | ---: | --- |\n"
                                "| 1000 | 0.00 | (Ada, Lovelace) |\n"
                                "| 1001 | 37.13 | (Grace, Hopper) |\n"));

        // A JSON note opens indented in the value viewer.
        const QModelIndex json = table->model()->index(2, 4);
        table->scrollTo(json);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(json).center()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(json).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(json).center());
        ValueViewer *viewer = table->findChild<ValueViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->shownText().contains(QStringLiteral("\n    \"channel\": \"web\"")));
        viewer->close();
        const QString row = ValueViewer::prettyText(
            QStringLiteral("(Ada, [1, 2], {k=v}, (a very long nested value, another one here))"),
            helloColumns().at(2).type());
        QCOMPARE(row, QStringLiteral("(\n  Ada,\n  [1, 2],\n  {k=v},\n  (\n    a very long nested "
                                     "value,\n    another one here\n  )\n)"));

        // Screenshots (looked at by a person).
        QVERIFY(panel.grab().save(shot(QStringLiteral("resultspanel-table.png"))));
        panel.showChangelog(true);
        panel.changelogView()->scrollToBottom(); // the -U, +U and -D rows
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().save(shot(QStringLiteral("resultspanel-changelog.png"))));
        panel.showChangelog(false);

        // Sort & filter through the proxy.
        panel.setSortFilterEnabled(true);
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("481.69"));
        panel.setFilterText(QStringLiteral("Torvalds"));
        QCOMPARE(table->model()->rowCount(), 4);
        panel.setSortFilterEnabled(false);
        QCOMPARE(table->model()->rowCount(), 24);

        // Export: streamed on a worker thread, reported back.
        QSignalSpy exported(&panel, &ResultsPanel::exportFinished);
        const QString csvPath = shot(QStringLiteral("resultspanel-export.csv"));
        QVERIFY(panel.exportResult(csvPath, ResultFormat::Kind::Csv));
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.at(0).at(1).toBool());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 26); // header, 24 rows, the empty rest after the last '\n'
        QCOMPARE(lines.at(0), QByteArray("order_number,price,buyer,order_time,note"));
        QCOMPARE(lines.at(1),
                 QByteArray("1000,0.00,\"(Ada, Lovelace)\",2026-11-25 17:00:00.000,ok"));
        const QString jsonPath = shot(QStringLiteral("resultspanel-changelog.json"));
        QVERIFY(panel.exportResult(jsonPath, ResultFormat::Kind::Json, true));
        QTRY_COMPARE(exported.count(), 2);
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray changes = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(changes.size(), 28);
        QCOMPARE(changes.at(24).toObject().value(QStringLiteral("op")).toString(),
                 QStringLiteral("-U"));
        QVERIFY(changes.at(1).toObject().value(QStringLiteral("note")).isNull());

        // The cap: older rows go, the status line says so.
        store.setMaxRows(10);
        panel.setFinished();
        QCOMPARE(table->model()->rowCount(), 10);
        QVERIFY(panel.statusText().contains(QStringLiteral("dropped")));
        QVERIFY(panel.grab().save(shot(QStringLiteral("resultspanel-dropped.png"))));
    }

    void explainPlan()
    {
        ResultsPanel panel;
        panel.resize(800, 300);
        panel.show();
        ResultStore store;
        store.begin(1, {ColumnInfo(QStringLiteral("result"), ColumnType(TypeRoot::Varchar))});
        panel.bind(&store);
        panel.showExplain(QStringLiteral(
            "== Abstract Syntax Tree ==\nLogicalProject(order_number=[$0], price=[$1])\n"
            "+- LogicalTableScan(table=[[default_catalog, default_database, Orders]])\n\n"
            "== Optimized Physical Plan ==\n"
            "TableSourceScan(table=[[default_catalog, default_database, Orders, "
            "project=[order_number, price]]], fields=[order_number, price])\n"));
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().save(shot(QStringLiteral("resultspanel-explain.png"))));
    }
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
