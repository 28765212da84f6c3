#include "results/resultstore.h"

#include <QDateTime>
#include <algorithm>

namespace Weir {

namespace {

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

} // namespace

ResultStore::ResultStore(QObject *parent) : QObject(parent) {}

ResultStore::~ResultStore() = default;

void ResultStore::begin(quint64 generation, const QList<ColumnInfo> &columns)
{
    m_generation = generation;
    m_columns = columns;
    m_pages.clear();
    m_pageBase = 0;
    m_records.clear();
    m_freeRecords.clear();
    m_newestByHash.clear();
    m_order.clear();
    m_head = 0;
    m_holes.clear();
    m_newHoles.clear();
    m_pendingHole = -1;
    m_rowCount = 0;
    m_changes.clear();
    m_changeHead = 0;
    m_changeBase = 0;
    m_totalChanges = 0;
    m_droppedRows = 0;
    m_droppedChanges = 0;
    m_staleBatches = 0;
    m_appended = 0;
    m_removed = 0;
    m_updated = 0;
    ++m_resets;
    emit cleared();
}

void ResultStore::setMaxRows(int maxRows)
{
    m_maxRows = qMax(1, maxRows);
    if (m_rowCount <= m_maxRows)
        return;
    while (m_rowCount > m_maxRows)
        evictOldestRow();
    compact();
    emit changesApplied(changeEnd(), 0);
}

void ResultStore::setMaxChanges(int maxChanges)
{
    m_maxChanges = qMax(1, maxChanges);
    if (changeCount() <= m_maxChanges)
        return;
    evictOldestChanges(changeCount() - m_maxChanges);
    emit changesApplied(changeEnd(), 0);
}

bool ResultStore::apply(const RowBatch &batch)
{
    if (batch.generation() != m_generation || batch.columnCount() != columnCount()) {
        ++m_staleBatches;
        return false;
    }
    const int rows = batch.rowCount();
    if (rows == 0)
        return true;
    const quint32 pageId = m_pageBase + quint32(m_pages.size());
    // One reference of its own while applying, so that evictions inside the page cannot free it;
    // plus one for each of its changes, taken at once.
    m_pages.push_back(Page{batch, quint32(rows) + 1, QDateTime::currentMSecsSinceEpoch()});
    const qint64 first = changeEnd();
    reserveFor(rows);
    for (int row = 0; row < rows; ++row)
        m_changes.push_back(ChangeRef{pageId, quint32(row)});
    // Hashing the page first, in one sequential pass, lets the loop below ask the CPU for the
    // index slots, records and rows it will touch some rows ahead: at a million rows these are
    // all cache misses, and waiting for them one by one was most of the time of a change.
    m_hashes.resize(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_hashes[size_t(row)] = batch.rowHash(row);
    for (int row = 0; row < rows; ++row) {
        prefetchAhead(batch, row, rows);
        const RowKind kind = batch.kind(row);
        const quint32 hash = m_hashes[size_t(row)];
        if (kind == RowKind::Insert || kind == RowKind::UpdateAfter)
            addRow(pageId, batch, row, hash, kind == RowKind::UpdateAfter);
        else
            removeRow(batch, row, hash, kind == RowKind::UpdateBefore);
    }
    m_totalChanges += rows;
    if (changeCount() > m_maxChanges)
        evictOldestChanges(changeCount() - m_maxChanges);
    flushPendingHole();
    compact();
    unref(pageId);
    // A page whose rows were all evicted again, or that was the only reference to older pages.
    while (!m_pages.empty() && m_pages.front().refs == 0) {
        m_pages.pop_front();
        ++m_pageBase;
    }
    emit changesApplied(first, rows);
    return true;
}

void ResultStore::reserveFor(int rows)
{
    // Reserve what the caps can need in one step instead of doubling: at a million rows a
    // doubling copies tens of MB on the GUI thread (~90 ms, a visible stall of the grid).
    // Reserved but untouched memory costs address space, not RAM; pages are touched as rows come.
    static constexpr size_t kLargest = size_t(1) << 24;
    const auto reserve = [](auto &pool, size_t needed, size_t cap) {
        if (pool.capacity() < needed)
            pool.reserve(std::max(needed, std::min(cap, kLargest)));
    };
    const size_t page = size_t(rows);
    // Records: at most the cap (+1 while a row is added before the oldest is evicted).
    reserve(m_records, m_records.size() + page, size_t(m_maxRows) + 1);
    // Row positions and changes keep up to as many evicted or removed entries again before a
    // compaction (compact(), evictOldestChanges()).
    reserve(m_order, m_order.size() + page, 2 * size_t(m_maxRows) + 8192 + page);
    reserve(m_changes, m_changes.size() + page, 2 * size_t(m_maxChanges) + 8192 + page);
}

void ResultStore::prefetchAhead(const RowBatch &batch, int row, int rows) const
{
    // Distances in rows: index slot, then the record it names, then that row's offsets, then
    // its text — each stage reads what the previous one brought in.
    constexpr int kSlot = 24;
    constexpr int kRecord = 16;
    constexpr int kOffsets = 10;
    constexpr int kText = 5;
    if (row + kSlot < rows)
        m_newestByHash.prefetch(m_hashes[size_t(row + kSlot)]);
    const auto newest = [&](int ahead) -> const Record * {
        if (row + ahead >= rows)
            return nullptr;
        const quint32 id = m_newestByHash.value(m_hashes[size_t(row + ahead)]);
        return id == None ? nullptr : &m_records[id];
    };
    if (const Record *record = newest(kRecord))
        prefetch(record);
    const auto retraction = [&](int ahead) {
        if (row + ahead >= rows)
            return false;
        const RowKind kind = batch.kind(row + ahead);
        return kind == RowKind::UpdateBefore || kind == RowKind::Delete;
    };
    if (retraction(kOffsets)) {
        if (const Record *record = newest(kOffsets)) {
            page(record->page).batch.prefetchRow(int(record->row), false);
            prefetch(&m_order[record->position]);
        }
    }
    if (retraction(kText)) {
        if (const Record *record = newest(kText))
            page(record->page).batch.prefetchRow(int(record->row), true);
    }
}

bool ResultStore::sameRow(const Record &record, const RowBatch &batch, int row) const
{
    return batch.rowEquals(row, page(record.page).batch, int(record.row));
}

void ResultStore::addRow(quint32 pageId, const RowBatch &, int row, quint32 hash, bool updateAfter)
{
    quint32 id;
    if (!m_freeRecords.empty()) {
        id = m_freeRecords.back();
        m_freeRecords.pop_back();
    } else {
        id = quint32(m_records.size());
        m_records.push_back(Record{});
    }
    Record &record = m_records[id];
    record.page = pageId;
    record.row = quint32(row);
    record.hash = hash;
    record.newer = None;
    const quint32 newest = m_newestByHash.value(hash);
    record.older = newest;
    if (newest != None)
        m_records[newest].newer = id;
    m_newestByHash.set(hash, id);
    ++page(pageId).refs;
    ++m_rowCount;
    if (updateAfter && m_pendingHole >= 0) {
        record.position = quint32(m_pendingHole);
        m_order[size_t(m_pendingHole)] = id;
        m_pendingHole = -1;
        ++m_updated;
    } else {
        flushPendingHole();
        record.position = quint32(m_order.size());
        m_order.push_back(id);
        ++m_appended;
    }
    while (m_rowCount > m_maxRows)
        evictOldestRow();
}

void ResultStore::removeRow(const RowBatch &batch, int row, quint32 hash, bool updateBefore)
{
    flushPendingHole();
    // None: a retraction of a row we never had (evicted, or from before the result began).
    quint32 id = m_newestByHash.value(hash);
    while (id != None && !sameRow(m_records[id], batch, row))
        id = m_records[id].older;
    if (id == None)
        return;
    const size_t position = m_records[id].position;
    m_order[position] = None;
    dropRecord(id);
    if (updateBefore) {
        m_pendingHole = qint64(position);
    } else {
        ++m_removed;
        m_newHoles.push_back(quint32(position));
    }
}

void ResultStore::dropRecord(quint32 id)
{
    Record &record = m_records[id];
    if (record.newer != None)
        m_records[record.newer].older = record.older;
    else if (record.older != None)
        m_newestByHash.set(record.hash, record.older);
    else
        m_newestByHash.remove(record.hash);
    if (record.older != None)
        m_records[record.older].newer = record.newer;
    unref(record.page);
    m_freeRecords.push_back(id);
    --m_rowCount;
}

void ResultStore::unref(quint32 pageId)
{
    Page &p = page(pageId);
    if (--p.refs == 0)
        p.batch = RowBatch(); // its memory goes now; the slot goes when it reaches the front
}

void ResultStore::flushPendingHole()
{
    if (m_pendingHole < 0)
        return;
    const size_t position = size_t(m_pendingHole);
    m_pendingHole = -1;
    ++m_removed;
    m_newHoles.push_back(quint32(position));
}

void ResultStore::evictOldestRow()
{
    while (m_head < m_order.size() && m_order[m_head] == None) {
        if (qint64(m_head) == m_pendingHole)
            m_pendingHole = -1; // cannot be filled in place any more; the next +U appends
        ++m_head;               // a hole: compact() forgets holes above the head
    }
    if (m_head == m_order.size())
        return;
    const quint32 id = m_order[m_head];
    m_order[m_head++] = None;
    dropRecord(id);
    ++m_droppedRows;
}

void ResultStore::evictOldestChanges(qint64 count)
{
    // Consecutive changes mostly share a page: one reference count update per run of them.
    const size_t end = m_changeHead + size_t(count);
    while (m_changeHead < end) {
        const quint32 pageId = m_changes[m_changeHead].page;
        quint32 run = 0;
        while (m_changeHead < end && m_changes[m_changeHead].page == pageId) {
            ++m_changeHead;
            ++run;
        }
        Page &p = page(pageId);
        p.refs -= run;
        if (p.refs == 0)
            p.batch = RowBatch(); // its memory goes now; the slot goes when it reaches the front
    }
    m_droppedChanges += count;
    if (m_changeHead > 4096 && m_changeHead * 2 > m_changes.size()) {
        m_changes.erase(m_changes.begin(), m_changes.begin() + qsizetype(m_changeHead));
        m_changeBase += qint64(m_changeHead);
        m_changeHead = 0;
    }
}

void ResultStore::compact()
{
    if (!m_newHoles.empty()) {
        std::sort(m_newHoles.begin(), m_newHoles.end());
        const auto middle = m_holes.insert(m_holes.end(), m_newHoles.begin(), m_newHoles.end());
        std::inplace_merge(m_holes.begin(), middle, m_holes.end());
        m_newHoles.clear();
    }
    if (!m_holes.empty() && m_holes.front() < m_head)
        m_holes.erase(m_holes.begin(),
                      std::lower_bound(m_holes.begin(), m_holes.end(), quint32(m_head)));
    // Close holes and drop evicted rows at the top once either is a large part of m_order: one
    // O(n) pass after Θ(n) removals or evictions, so O(1) amortized each.
    const bool manyHoles = m_holes.size() > std::max<size_t>(1024, size_t(m_rowCount) / 8);
    const bool manyEvicted = m_head > 4096 && m_head * 2 > m_order.size();
    if (!manyHoles && !manyEvicted)
        return;
    size_t to = 0;
    for (size_t from = m_head; from < m_order.size(); ++from) {
        const quint32 id = m_order[from];
        if (id == None)
            continue;
        m_order[to] = id;
        m_records[id].position = quint32(to);
        ++to;
    }
    m_order.resize(to);
    m_head = 0;
    m_holes.clear();
}

size_t ResultStore::positionOf(int row) const
{
    if (m_holes.empty())
        return m_head + size_t(row);
    // Hole j (sorted) lies before row `row` iff (hole_j - head) - j <= row: the rows before hole
    // j number (hole_j - head) - j. The count of such holes shifts the row to its position.
    size_t low = 0;
    size_t high = m_holes.size();
    while (low < high) {
        const size_t mid = (low + high) / 2;
        if (size_t(m_holes[mid]) - m_head - mid <= size_t(row))
            low = mid + 1;
        else
            high = mid;
    }
    return m_head + size_t(row) + low;
}

QStringView ResultStore::text(int row, int column) const
{
    const Record &record = recordAt(row);
    return page(record.page).batch.text(int(record.row), column);
}

bool ResultStore::isNull(int row, int column) const
{
    const Record &record = recordAt(row);
    return page(record.page).batch.isNull(int(record.row), column);
}

Value ResultStore::value(int row, int column) const
{
    const Record &record = recordAt(row);
    return page(record.page).batch.value(int(record.row), column);
}

RowKind ResultStore::changeKind(qint64 change) const
{
    const ChangeRef &ref = m_changes[size_t(change - m_changeBase)];
    return page(ref.page).batch.kind(int(ref.row));
}

QStringView ResultStore::changeText(qint64 change, int column) const
{
    const ChangeRef &ref = m_changes[size_t(change - m_changeBase)];
    return page(ref.page).batch.text(int(ref.row), column);
}

bool ResultStore::changeIsNull(qint64 change, int column) const
{
    const ChangeRef &ref = m_changes[size_t(change - m_changeBase)];
    return page(ref.page).batch.isNull(int(ref.row), column);
}

Value ResultStore::changeValue(qint64 change, int column) const
{
    const ChangeRef &ref = m_changes[size_t(change - m_changeBase)];
    return page(ref.page).batch.value(int(ref.row), column);
}

qint64 ResultStore::changeTime(qint64 change) const
{
    return page(m_changes[size_t(change - m_changeBase)].page).arrivedMs;
}

namespace {

// Shared by both snapshots: the pages a list of (page id, row) references, renumbered locally.
class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(size_t pageCount) : m_local(pageCount, -1) {}

    void add(quint32 pageIndex, const RowBatch &batch, quint32 row)
    {
        int &local = m_local[pageIndex];
        if (local < 0) {
            local = int(m_pages.size());
            m_pages.append(batch);
        }
        m_rows.append(ResultSnapshot::RowRef{quint32(local), row});
    }

    ResultSnapshot build(const QList<ColumnInfo> &all, QList<int> columns, bool withKinds)
    {
        if (columns.isEmpty()) {
            for (int i = 0; i < all.size(); ++i)
                columns.append(i);
        }
        QList<ColumnInfo> infos;
        for (int column : columns)
            infos.append(all.at(column));
        return ResultSnapshot(infos, columns, m_pages, m_rows, withKinds);
    }

    void reserve(qsizetype rows) { m_rows.reserve(rows); }

private:
    std::vector<int> m_local;
    QVector<RowBatch> m_pages;
    QVector<ResultSnapshot::RowRef> m_rows;
};

} // namespace

ResultSnapshot ResultStore::tableSnapshot(const QList<int> &rows, const QList<int> &columns) const
{
    SnapshotBuilder builder(m_pages.size());
    const auto add = [&](int row) {
        const Record &record = recordAt(row);
        builder.add(record.page - m_pageBase, page(record.page).batch, record.row);
    };
    if (rows.isEmpty()) {
        builder.reserve(m_rowCount);
        for (int row = 0; row < m_rowCount; ++row)
            add(row);
    } else {
        for (int row : rows)
            add(row);
    }
    return builder.build(m_columns, columns, false);
}

ResultSnapshot ResultStore::changelogSnapshot(const QList<qint64> &changes,
                                              const QList<int> &columns) const
{
    SnapshotBuilder builder(m_pages.size());
    const auto add = [&](qint64 change) {
        const ChangeRef &ref = m_changes[size_t(change - m_changeBase)];
        builder.add(ref.page - m_pageBase, page(ref.page).batch, ref.row);
    };
    if (changes.isEmpty()) {
        builder.reserve(changeCount());
        for (qint64 change = firstChange(); change < changeEnd(); ++change)
            add(change);
    } else {
        for (qint64 change : changes)
            add(change);
    }
    return builder.build(m_columns, columns, true);
}

} // namespace Weir
