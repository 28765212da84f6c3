// RowHashIndex (ResultStore's hash → newest row index) against std::unordered_map: random
// sets, updates and removals across many growths, checked while a growth is still moving entries
// from the old table (lookups, updates and removals of entries not moved yet) and after it.

#include "results/rowhashindex.h"

#include <QTest>
#include <random>
#include <unordered_map>

using Weir::Internal::RowHashIndex;

class TestRowHashIndex : public QObject
{
    Q_OBJECT

private slots:
    void matchesAMap()
    {
        RowHashIndex index;
        std::unordered_map<quint32, quint32> reference;
        std::mt19937 random(7);
        // Few distinct hashes at first (long probe runs, many updates), many later (growths).
        for (int step = 0; step < 400000; ++step) {
            const quint32 range = step < 50000 ? 3000u : 400000u;
            const quint32 hash = random() % range * 2654435761u;
            const int op = int(random() % 10);
            if (op < 6) {
                const quint32 value = random() % 1000000u;
                index.set(hash, value);
                reference[hash] = value;
            } else if (op < 9) {
                index.remove(hash);
                reference.erase(hash);
            } else {
                const auto it = reference.find(hash);
                QCOMPARE(index.value(hash),
                         it == reference.end() ? RowHashIndex::None : it->second);
            }
            if (step % 20000 == 0) {
                QCOMPARE(index.size(), reference.size());
                for (const auto &[key, value] : reference)
                    QCOMPARE(index.value(key), value);
            }
        }
        QCOMPARE(index.size(), reference.size());
        for (const auto &[key, value] : reference)
            QCOMPARE(index.value(key), value);
    }

    void growsWhileMovingAndClears()
    {
        // Inserts only: every growth happens right after the previous move ended.
        RowHashIndex index;
        for (quint32 i = 0; i < 300000; ++i) {
            index.set(i * 40503u, i);
            // An entry set long ago is still found while a move is under way.
            QCOMPARE(index.value(0), 0u);
            if (i % 997 == 0)
                QCOMPARE(index.value(i / 2 * 40503u), i / 2);
        }
        QCOMPARE(index.size(), size_t(300000));
        for (quint32 i = 0; i < 300000; i += 3)
            index.remove(i * 40503u);
        QCOMPARE(index.size(), size_t(200000));
        QCOMPARE(index.value(3 * 40503u), RowHashIndex::None);
        QCOMPARE(index.value(4 * 40503u), 4u);
        index.clear();
        QCOMPARE(index.size(), size_t(0));
        QCOMPARE(index.value(4 * 40503u), RowHashIndex::None);
    }
};

QTEST_GUILESS_MAIN(TestRowHashIndex)
#include "tst_rowhashindex.moc"
