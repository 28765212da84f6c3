// ResultStore: Flink SQL Client materialization (-U/+U of a GROUP BY fold to the final
// aggregate, DELETE removes the most recent equal row), caps with oldest-first eviction and
// dropped counts, pages of an abandoned generation dropped, and snapshots that outlive changes.

#include "results/resultstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Weir;

namespace {

struct Change
{
    RowKind kind;
    QStringList cells; // "\\N" is NULL
};

const QString kNull = QStringLiteral("\\N");

RowBatch page(quint64 generation, const QList<Change> &changes, int columns = 2)
{
    RowBatch::Builder builder(columns, generation, 0);
    for (const Change &change : changes) {
        builder.beginRow(change.kind);
        for (const QString &cell : change.cells) {
            if (cell == kNull)
                builder.addNull();
            else
                builder.addText(cell);
        }
    }
    return builder.build();
}

QList<ColumnInfo> twoColumns()
{
    return {ColumnInfo(QStringLiteral("k"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("n"), ColumnType(TypeRoot::BigInt))};
}

QStringList table(const ResultStore &store)
{
    QStringList rows;
    for (int row = 0; row < store.rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < store.columnCount(); ++c)
            cells.append(store.isNull(row, c) ? kNull : store.text(row, c).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

Change ins(const char *k, const char *n)
{
    return {RowKind::Insert, {QString::fromUtf8(k), QString::fromUtf8(n)}};
}
Change ub(const char *k, const char *n)
{
    return {RowKind::UpdateBefore, {QString::fromUtf8(k), QString::fromUtf8(n)}};
}
Change ua(const char *k, const char *n)
{
    return {RowKind::UpdateAfter, {QString::fromUtf8(k), QString::fromUtf8(n)}};
}
Change del(const char *k, const char *n)
{
    return {RowKind::Delete, {QString::fromUtf8(k), QString::fromUtf8(n)}};
}

} // namespace

class TestResultStore : public QObject
{
    Q_OBJECT

private slots:
    void groupByFoldsToFinalAggregate()
    {
        ResultStore store;
        store.begin(1, twoColumns());
        QSignalSpy applied(&store, &ResultStore::changesApplied);
        QVERIFY(store.apply(page(1, {ins("a", "1"), ins("b", "1"), ub("a", "1"), ua("a", "2")})));
        // The pair split across pages, as a page boundary may do.
        QVERIFY(store.apply(page(1, {ub("b", "1")})));
        QVERIFY(store.apply(page(1, {ua("b", "2"), ub("a", "2"), ua("a", "3"), ins("c", "1")})));
        QCOMPARE(applied.count(), 3); // once per page, not per row
        QCOMPARE(applied.at(2).at(0).toLongLong(), 5);
        QCOMPARE(applied.at(2).at(1).toInt(), 4);
        // "a" was updated in place; "b" lost its place when its pair was split.
        QCOMPARE(table(store), (QStringList{QStringLiteral("a|3"), QStringLiteral("b|2"),
                                            QStringLiteral("c|1")}));
        QCOMPARE(store.changeCount(), 9);
        QCOMPARE(store.changeKind(2), RowKind::UpdateBefore);
        QCOMPARE(store.changeText(3, 1), QStringView(u"2"));
        QCOMPARE(store.totalChanges(), 9);
        QVERIFY(store.changeTime(8) > 0);
    }

    void deleteRemovesMostRecentEqualRow()
    {
        ResultStore store;
        store.begin(1, twoColumns());
        QVERIFY(store.apply(page(1, {ins("x", "1"), ins("y", "2"), ins("x", "1"), ins("z", "3")})));
        const qint64 removedBefore = store.removedRows();
        QVERIFY(store.apply(page(1, {del("x", "1")})));
        QCOMPARE(table(store), (QStringList{QStringLiteral("x|1"), QStringLiteral("y|2"),
                                            QStringLiteral("z|3")}));
        QCOMPARE(store.removedRows(), removedBefore + 1);
        // Retracting what is not there changes nothing.
        QVERIFY(store.apply(page(1, {del("nope", "0")})));
        QCOMPARE(store.rowCount(), 3);
        QVERIFY(store.apply(page(1, {del("x", "1"), del("z", "3")})));
        QCOMPARE(table(store), QStringList{QStringLiteral("y|2")});
    }

    void nullDiffersFromEmpty()
    {
        ResultStore store;
        store.begin(1, twoColumns());
        QVERIFY(store.apply(page(1, {{RowKind::Insert, {QString(), QStringLiteral("1")}},
                                     {RowKind::Insert, {kNull, QStringLiteral("1")}}})));
        QVERIFY(store.apply(page(1, {{RowKind::Delete, {kNull, QStringLiteral("1")}}})));
        QCOMPARE(table(store), QStringList{QStringLiteral("|1")});
        QVERIFY(!store.isNull(0, 0));
    }

    void cellBoundariesMatter()
    {
        // The row hash and comparison take a row's cells as one run of text: ("ab", "c") and
        // ("a", "bc") must still be different rows, and so must NULL and '' in any column.
        ResultStore store;
        store.begin(1, twoColumns());
        QVERIFY(store.apply(page(1, {ins("ab", "c"), ins("a", "bc"), ins("", "abc"),
                                     {RowKind::Insert, {kNull, QStringLiteral("abc")}},
                                     {RowKind::Insert, {QStringLiteral("abc"), kNull}},
                                     {RowKind::Insert, {QStringLiteral("abc"), QString()}}})));
        QVERIFY(store.apply(page(1, {del("a", "bc"), del("abc", "")})));
        QCOMPARE(table(store), (QStringList{QStringLiteral("ab|c"), QStringLiteral("|abc"),
                                            QStringLiteral("\\N|abc"), QStringLiteral("abc|\\N")}));
        QVERIFY(store.apply(page(1, {{RowKind::Delete, {kNull, QStringLiteral("abc")}},
                                     {RowKind::Delete, {QStringLiteral("abc"), kNull}}})));
        QCOMPARE(table(store), (QStringList{QStringLiteral("ab|c"), QStringLiteral("|abc")}));
        // Long cells (hashed eight bytes at a time) that differ only in their last character.
        const QString longText(1000, QLatin1Char('x'));
        RowBatch::Builder builder(2, 1, 1);
        for (const QString &tail : {QStringLiteral("1"), QStringLiteral("2")}) {
            builder.beginRow(RowKind::Insert);
            builder.addText(longText + tail);
            builder.addText(QStringLiteral("n"));
        }
        builder.beginRow(RowKind::Delete);
        builder.addText(longText + QStringLiteral("1"));
        builder.addText(QStringLiteral("n"));
        QVERIFY(store.apply(builder.build()));
        QCOMPARE(store.rowCount(), 3);
        QCOMPARE(store.text(2, 0), QStringView(longText + QStringLiteral("2")));
    }

    void rowHashAndEquality()
    {
        const RowBatch a = page(1, {ins("ab", "c"), ins("a", "bc"), ins("ab", "c"),
                                    {RowKind::Insert, {kNull, QStringLiteral("x")}},
                                    {RowKind::Insert, {QString(), QStringLiteral("x")}}});
        const RowBatch b = page(1, {ins("zz", "y"), ins("ab", "c")});
        QVERIFY(a.rowEquals(0, a, 2));
        QVERIFY(a.rowEquals(0, b, 1));
        QCOMPARE(a.rowHash(0), b.rowHash(1));
        QVERIFY(!a.rowEquals(0, a, 1));
        QVERIFY(a.rowHash(0) != a.rowHash(1));
        QVERIFY(!a.rowEquals(3, a, 4));
        QVERIFY(a.rowHash(3) != a.rowHash(4));
        // The kind is not part of the row: -U/-D find the row +I/+U added.
        const RowBatch c = page(1, {del("ab", "c")});
        QVERIFY(c.rowEquals(0, a, 0));
        QCOMPARE(c.rowHash(0), a.rowHash(0));
    }

    void capEvictsOldestAndCountsDropped()
    {
        ResultStore store;
        store.setMaxRows(3);
        store.setMaxChanges(4);
        store.begin(1, twoColumns());
        QVERIFY(store.apply(
            page(1, {ins("a", "1"), ins("b", "2"), ins("c", "3"), ins("d", "4"), ins("e", "5")})));
        QCOMPARE(table(store), (QStringList{QStringLiteral("c|3"), QStringLiteral("d|4"),
                                            QStringLiteral("e|5")}));
        QCOMPARE(store.droppedRows(), 2);
        QCOMPARE(store.changeCount(), 4);
        QCOMPARE(store.firstChange(), 1);
        QCOMPARE(store.droppedChanges(), 1);
        QCOMPARE(store.changeText(1, 0), QStringView(u"b"));
        // An evicted row can no longer be retracted; a kept one can.
        QVERIFY(store.apply(page(1, {del("a", "1"), del("d", "4")})));
        QCOMPARE(table(store), (QStringList{QStringLiteral("c|3"), QStringLiteral("e|5")}));
        store.setMaxRows(1);
        QCOMPARE(table(store), QStringList{QStringLiteral("e|5")});
        QCOMPARE(store.droppedRows(), 3);
    }

    void manyRowsThroughTheCap()
    {
        // Long runs exercise the compaction of evicted rows and the freeing of old pages.
        ResultStore store;
        store.setMaxRows(5000);
        store.setMaxChanges(7000);
        store.begin(2, twoColumns());
        int key = 0;
        for (int p = 0; p < 50; ++p) {
            QList<Change> changes;
            for (int i = 0; i < 1000; ++i, ++key) {
                const QByteArray k = QByteArray::number(key);
                changes.append(ins(k.constData(), "1"));
                if (key % 3 == 0 && key > 0) {
                    const QByteArray prev = QByteArray::number(key - 1);
                    changes.append(ub(prev.constData(), "1"));
                    changes.append(ua(prev.constData(), "2"));
                }
            }
            QVERIFY(store.apply(page(2, changes)));
        }
        QCOMPARE(store.rowCount(), 5000);
        QCOMPARE(store.changeCount(), 7000);
        QCOMPARE(store.text(4999, 0), QStringView(u"49999"));
        QCOMPARE(store.text(0, 0), QStringView(u"45000"));
        QCOMPARE(store.text(1, 1), QStringView(u"1"));
        QCOMPARE(store.text(2, 1), QStringView(u"2")); // 45002 was updated in place
        QCOMPARE(store.droppedRows(), 45000);
    }

    void matchesNaiveListSemantics()
    {
        // Random inserts and retractions against Flink's client (a list; retractions remove the
        // last equal row): same rows, as a multiset, after every page.
        ResultStore store;
        store.setMaxRows(1000000);
        store.begin(3, twoColumns());
        QList<QStringList> reference;
        quint32 seed = 12345;
        const auto random = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 8) % quint32(n));
        };
        for (int p = 0; p < 40; ++p) {
            RowBatch::Builder b(2, 3, p);
            for (int i = 0; i < 500; ++i) {
                const QStringList row{QString::number(random(300)), QString::number(random(3))};
                const int kind = random(10);
                const RowKind k = kind < 5   ? RowKind::Insert
                                  : kind < 7 ? RowKind::UpdateAfter
                                  : kind < 9 ? RowKind::UpdateBefore
                                             : RowKind::Delete;
                b.beginRow(k);
                b.addText(row.at(0));
                b.addText(row.at(1));
                if (k == RowKind::Insert || k == RowKind::UpdateAfter) {
                    reference.append(row);
                } else {
                    const qsizetype at = reference.lastIndexOf(row);
                    if (at >= 0)
                        reference.removeAt(at);
                }
            }
            QVERIFY(store.apply(b.build()));
            QStringList expected;
            for (const QStringList &row : reference)
                expected.append(row.join(QLatin1Char('|')));
            QStringList actual = table(store);
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
        }
    }

    void abandonedGenerationIsDropped()
    {
        ResultStore store;
        store.begin(7, twoColumns());
        QSignalSpy cleared(&store, &ResultStore::cleared);
        QVERIFY(store.apply(page(7, {ins("a", "1")})));
        store.begin(8, twoColumns());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!store.apply(page(7, {ins("late", "1")})));
        QVERIFY(!store.apply(page(8, {{RowKind::Insert, {QStringLiteral("x")}}}, 1)));
        QCOMPARE(store.staleBatches(), 2);
        QCOMPARE(store.rowCount(), 0);
        QVERIFY(store.apply(page(8, {ins("b", "2")})));
        QCOMPARE(table(store), QStringList{QStringLiteral("b|2")});
    }

    void snapshotIsImmutable()
    {
        ResultStore store;
        store.begin(1, twoColumns());
        QVERIFY(store.apply(page(1, {ins("a", "1"), ins("b", "2")})));
        const ResultSnapshot all = store.tableSnapshot();
        const ResultSnapshot second = store.tableSnapshot({1}, {1});
        const ResultSnapshot log = store.changelogSnapshot();
        QVERIFY(store.apply(page(1, {del("a", "1"), ins("c", "3")})));
        store.begin(2, twoColumns());
        QCOMPARE(all.rowCount(), 2);
        QCOMPARE(all.text(0, 0), QStringView(u"a"));
        QCOMPARE(all.text(1, 1), QStringView(u"2"));
        QCOMPARE(second.rowCount(), 1);
        QCOMPARE(second.columnCount(), 1);
        QCOMPARE(second.columns().at(0).name(), QStringLiteral("n"));
        QCOMPARE(second.text(0, 0), QStringView(u"2"));
        QVERIFY(log.withKinds());
        QCOMPARE(log.kind(1), RowKind::Insert);
    }
};

QTEST_GUILESS_MAIN(TestResultStore)
#include "tst_resultstore.moc"
