// ResultStore throughput and memory (issue 4: >= 3,000,000 changes/s on a realistic mix of
// inserts and retractions over 5 columns; memory per 1,000,000 rows). Pages are built like the
// gateway client builds them (RowBatch::Builder, 5,000 changes a page) outside the timed part;
// only ResultStore::apply is timed. Usage: bench_resultstore [CHANGES]. Prints figures only.
#include "results/resultstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace Weir;

namespace {

constexpr int kPageRows = 5000;

QList<ColumnInfo> columns()
{
    return {ColumnInfo(QStringLiteral("user_id"), ColumnType(TypeRoot::BigInt)),
            ColumnInfo(QStringLiteral("name"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("amount"), ColumnType(TypeRoot::Decimal)),
            ColumnInfo(QStringLiteral("last_seen"), ColumnType(TypeRoot::Timestamp)),
            ColumnInfo(QStringLiteral("orders"), ColumnType(TypeRoot::BigInt))};
}

// A GROUP BY user_id over a stream: new users (+I), updated aggregates (-U old, +U new) and
// expired users (-D), each row as Flink renders it.
class ChangeSource
{
public:
    explicit ChangeSource(double insertShare, double deleteShare)
        : m_insertShare(insertShare), m_deleteShare(deleteShare)
    {}

    RowBatch nextPage(quint64 generation, qint64 sequence)
    {
        RowBatch::Builder builder(5, generation, sequence);
        builder.reserve(kPageRows, qsizetype(kPageRows) * 64);
        int rows = 0;
        while (rows < kPageRows) {
            const double r = m_uniform(m_random);
            if (m_live.empty() || r < m_insertShare) {
                const int key = int(m_orders.size());
                m_orders.push_back(1);
                m_live.push_back(key);
                addRow(builder, RowKind::Insert, key);
                ++rows;
            } else {
                const size_t slot = size_t(m_random() % m_live.size());
                const int key = m_live[slot];
                if (r < m_insertShare + m_deleteShare) {
                    addRow(builder, RowKind::Delete, key);
                    m_live[slot] = m_live.back();
                    m_live.pop_back();
                    ++rows;
                } else {
                    addRow(builder, RowKind::UpdateBefore, key);
                    ++m_orders[size_t(key)];
                    addRow(builder, RowKind::UpdateAfter, key);
                    rows += 2;
                }
            }
        }
        return builder.build();
    }

private:
    void addRow(RowBatch::Builder &builder, RowKind kind, int key)
    {
        const int orders = m_orders[size_t(key)];
        builder.beginRow(kind);
        m_cell.setNum(1000000 + key);
        builder.addText(m_cell);
        m_cell = QStringLiteral("user-%1").arg(key);
        builder.addText(m_cell);
        m_cell =
            QStringLiteral("%1.%2").arg(orders * 17).arg(orders % 100, 2, 10, QLatin1Char('0'));
        builder.addText(m_cell);
        m_cell = QStringLiteral("2026-11-25 17:%1:%2.123")
                     .arg((key / 60) % 60, 2, 10, QLatin1Char('0'))
                     .arg(key % 60, 2, 10, QLatin1Char('0'));
        builder.addText(m_cell);
        m_cell.setNum(orders);
        builder.addText(m_cell);
    }

    double m_insertShare;
    double m_deleteShare;
    std::mt19937_64 m_random{42};
    std::uniform_real_distribution<double> m_uniform{0.0, 1.0};
    std::vector<int> m_orders; // per key
    std::vector<int> m_live;
    QString m_cell;
};

// CPU time of this thread: the machine is shared, and wall time would count other processes.
qint64 threadNanos()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 rssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

struct Rate
{
    double cpu;  // changes per second of CPU time in apply()
    double wall; // changes per second of wall time in apply()
};

// Applies `changes` changes from `source`; times apply() alone.
Rate run(ResultStore &store, ChangeSource &source, qint64 changes)
{
    qint64 applied = 0;
    qint64 cpu = 0;
    qint64 wall = 0;
    QElapsedTimer timer;
    for (qint64 sequence = 0; applied < changes; ++sequence) {
        const RowBatch page = source.nextPage(store.generation(), sequence);
        timer.start();
        const qint64 cpuStart = threadNanos();
        store.apply(page);
        cpu += threadNanos() - cpuStart;
        wall += timer.nsecsElapsed();
        applied += page.rowCount();
    }
    return {double(applied) * 1e9 / double(cpu), double(applied) * 1e9 / double(wall)};
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 changes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5000000;

    {
        // Memory: 1,000,000 rows inserted, kept in the table and in the changelog (which share
        // the pages), against the process before.
        const qint64 before = rssBytes();
        ResultStore store;
        store.setMaxRows(1000000);
        store.setMaxChanges(1000000);
        store.begin(1, columns());
        ChangeSource inserts(1.0, 0.0);
        const Rate rate = run(store, inserts, 1000000);
        const qint64 after = rssBytes();
        std::printf("inserts only: %.0f changes/s CPU time (%.0f/s wall); %d rows held\n", rate.cpu,
                    rate.wall, store.rowCount());
        std::printf("memory per 1,000,000 rows (table + changelog, RSS delta): %.1f MB "
                    "(%.0f bytes a row of 5 columns)\n",
                    double(after - before) / 1e6, double(after - before) / 1e6);
    }
    {
        // The realistic mix: 20% new keys, 5% deletes, the rest -U/+U pairs, up to 1,000,000
        // rows and changes kept (older ones evicted).
        ResultStore store;
        store.setMaxRows(1000000);
        store.setMaxChanges(1000000);
        store.begin(2, columns());
        ChangeSource mix(0.2, 0.05);
        const Rate rate = run(store, mix, changes);
        std::printf("realistic mix (+I 20%%, -D 5%%, -U/+U 75%%; 5 columns; %lld changes): "
                    "%.0f changes/s CPU time (%.0f/s wall; goal >= 3,000,000)\n",
                    static_cast<long long>(changes), rate.cpu, rate.wall);
        std::printf("  table %d rows, %lld rows dropped, %lld updated in place, %lld removed\n",
                    store.rowCount(), static_cast<long long>(store.droppedRows()),
                    static_cast<long long>(store.updatedRows()),
                    static_cast<long long>(store.removedRows()));
    }
    return 0;
}
