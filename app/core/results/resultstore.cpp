#include "results/resultstore.h"

#include <QDateTime>
#include <algorithm>

namespace Weir {

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
    while (changeCount() > m_maxChanges)
        evictOldestChange();
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
    // One reference of its own while applying, so that evictions inside the page cannot free it.
    m_pages.push_back(Page{batch, 1, QDateTime::currentMSecsSinceEpoch()});
    const qint64 first = changeEnd();
    for (int row = 0; row < rows; ++row) {
        m_changes.push_back(ChangeRef{pageId, quint32(row)});
        ++page(pageId).refs;
        const RowKind kind = batch.kind(row);
        const quint32 hash = hashRow(batch, row);
        if (kind == RowKind::Insert || kind == RowKind::UpdateAfter)
            addRow(pageId, batch, row, hash, kind == RowKind::UpdateAfter);
        else
            removeRow(batch, row, hash, kind == RowKind::UpdateBefore);
    }
    m_totalChanges += rows;
    while (changeCount() > m_maxChanges)
        evictOldestChange();
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

quint32 ResultStore::hashRow(const RowBatch &batch, int row) const
{
    size_t hash = 0x5bd1e995u;
    for (int column = 0, n = columnCount(); column < n; ++column) {
        // NULL and '' differ; mix a marker for NULL instead of hashing its empty text.
        const size_t cell = batch.isNull(row, column) ? size_t(0x9e3779b97f4a7c15ull)
                                                      : qHash(batch.text(row, column), 0);
        hash ^= cell + 0x9e3779b9u + (hash << 6) + (hash >> 2);
    }
    return quint32(hash ^ (quint64(hash) >> 32));
}

bool ResultStore::sameRow(const Record &record, const RowBatch &batch, int row) const
{
    const RowBatch &other = page(record.page).batch;
    for (int column = 0, n = columnCount(); column < n; ++column) {
        const bool null = batch.isNull(row, column);
        if (null != other.isNull(int(record.row), column))
            return false;
        if (!null && batch.text(row, column) != other.text(int(record.row), column))
            return false;
    }
    return true;
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

void ResultStore::evictOldestChange()
{
    unref(m_changes[m_changeHead].page);
    ++m_changeHead;
    ++m_droppedChanges;
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
