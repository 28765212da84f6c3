// The grids' models over a ResultStore: QAbstractItemModelTester on both while pages stream in
// (appends, in-place updates, retractions, evictions by the cap, a new generation), the tick
// coalescing a page into one insert, NULL styling, changelog colours, and sorting by type.

#include "changelogmodel.h"
#include "resultcellstyle.h"
#include "results/resultstore.h"
#include "resultsortproxy.h"
#include "resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;

namespace {

QList<ColumnInfo> columns()
{
    return {ColumnInfo(QStringLiteral("k"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("n"), ColumnType(TypeRoot::BigInt))};
}

// Page `p` of a GROUP BY-like stream: new keys, -U/+U updates, a delete now and then, NULLs.
RowBatch streamPage(quint64 generation, int p)
{
    RowBatch::Builder b(2, generation, p);
    for (int i = 0; i < 40; ++i) {
        const int key = p * 40 + i;
        b.beginRow(RowKind::Insert);
        b.addText(QStringLiteral("k%1").arg(key));
        if (key % 7 == 0)
            b.addNull();
        else
            b.addText(QString::number(key));
        if (i % 5 == 4) {
            const int old = key - 1;
            b.beginRow(RowKind::UpdateBefore);
            b.addText(QStringLiteral("k%1").arg(old));
            b.addText(QString::number(old));
            b.beginRow(RowKind::UpdateAfter);
            b.addText(QStringLiteral("k%1").arg(old));
            b.addText(QString::number(old * 10));
        }
        if (i == 20 && p % 3 == 2) {
            b.beginRow(RowKind::Delete);
            b.addText(QStringLiteral("k%1").arg(key - 2));
            b.addText(QString::number(key - 2));
        }
    }
    return b.build();
}

} // namespace

class TestResultModels : public QObject
{
    Q_OBJECT

private slots:
    void modelTesterWhileStreaming()
    {
        ResultStore store;
        store.setMaxRows(300);
        store.setMaxChanges(500);
        store.begin(1, columns());
        ResultTableModel table;
        ChangelogModel changelog;
        table.setStore(&store);
        changelog.setStore(&store);
        QAbstractItemModelTester tableTester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(&changelog,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResultSortProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setColumnTypes({ColumnType(TypeRoot::Varchar), ColumnType(TypeRoot::BigInt)});
        proxy.sort(1);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int p = 0; p < 30; ++p) {
            QVERIFY(store.apply(streamPage(1, p)));
            if (p % 2 == 0) {
                table.sync(); // sometimes two pages in one tick
                changelog.sync();
                QCOMPARE(table.rowCount(), store.rowCount());
                QCOMPARE(changelog.rowCount(), store.changeCount());
                QCOMPARE(table.index(0, 0).data().toString(), store.text(0, 0).toString());
            }
        }
        // The ticks of the event loop alone catch up.
        QTRY_COMPARE(table.rowCount(), store.rowCount());
        QTRY_COMPARE(changelog.changeIndex(changelog.rowCount() - 1), store.changeEnd() - 1);
        QCOMPARE(changelog.rowCount(), store.changeCount());
        QVERIFY(store.droppedRows() > 0);
        QCOMPARE(changelog.index(changelog.rowCount() - 1, 1).data().toString(),
                 store.changeText(store.changeEnd() - 1, 0).toString());

        // A new run resets both.
        store.begin(2, columns());
        QVERIFY(store.apply(streamPage(2, 0)));
        QVERIFY(!store.apply(streamPage(1, 31)));
        table.sync();
        changelog.sync();
        QCOMPARE(table.rowCount(), store.rowCount());
        QCOMPARE(changelog.rowCount(), store.changeCount());
    }

    void oneInsertPerTick()
    {
        ResultStore store;
        store.begin(1, columns());
        ResultTableModel table;
        table.setStore(&store);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
        for (int p = 0; p < 3; ++p) {
            RowBatch::Builder b(2, 1, p);
            for (int i = 0; i < 100; ++i) {
                b.beginRow(RowKind::Insert);
                b.addText(QString::number(p * 100 + i));
                b.addText(u"1");
            }
            QVERIFY(store.apply(b.build()));
        }
        QCOMPARE(table.rowCount(), 0); // nothing before the tick
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(table.rowCount(), 300);
        QCOMPARE(reset.count(), 0);
    }

    void nullAndKindStyling()
    {
        ResultStore store;
        store.begin(1, columns());
        QVERIFY(store.apply(streamPage(1, 0)));
        ResultTableModel table;
        ChangelogModel changelog;
        table.setStore(&store);
        changelog.setStore(&store);
        const QModelIndex null = table.index(0, 1); // k0 has a NULL n
        QCOMPARE(null.data().toString(), QStringLiteral("NULL"));
        QVERIFY(null.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(null.data(ResultCellStyle::ValueRole).value<Value>().isNull());
        QVERIFY(!table.index(1, 1).data(Qt::FontRole).isValid());
        QCOMPARE(table.index(1, 1).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(changelog.headerData(0, Qt::Horizontal).toString(), QStringLiteral("op"));
        QCOMPARE(changelog.index(0, 0).data().toString(), QStringLiteral("+I"));
        QCOMPARE(changelog.index(5, 0).data().toString(), QStringLiteral("-U"));
        QCOMPARE(changelog.index(6, 0).data().toString(), QStringLiteral("+U"));
        QVERIFY(changelog.index(5, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(changelog.index(5, 1).data(Qt::BackgroundRole) !=
                changelog.index(6, 1).data(Qt::BackgroundRole));
    }

    void sortsByType()
    {
        ResultStore store;
        store.begin(1, columns());
        RowBatch::Builder b(2, 1, 0);
        for (const char *n : {"10", "9", "-3", "100000000000000000000"}) {
            b.beginRow(RowKind::Insert);
            b.addText(u"x");
            b.addText(QString::fromLatin1(n));
        }
        b.beginRow(RowKind::Insert);
        b.addText(u"y");
        b.addNull();
        QVERIFY(store.apply(b.build()));
        ResultTableModel table;
        table.setStore(&store);
        ResultSortProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setColumnTypes({ColumnType(TypeRoot::Varchar), ColumnType(TypeRoot::Decimal)});
        proxy.sort(1, Qt::AscendingOrder);
        QStringList sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted.append(proxy.index(row, 1).data().toString());
        QCOMPARE(sorted,
                 (QStringList{QStringLiteral("NULL"), QStringLiteral("-3"), QStringLiteral("9"),
                              QStringLiteral("10"), QStringLiteral("100000000000000000000")}));
        proxy.setFilterFixedString(QStringLiteral("y"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_MAIN(TestResultModels)
#include "tst_resultmodels.moc"
