#pragma once

#include "results/columninfo.h"
#include "results/resultsnapshot.h"
#include "results/rowbatch.h"
#include "results/rowhashindex.h"

#include <QList>
#include <QObject>
#include <deque>
#include <vector>

namespace Weir {

// The rows of one statement's result: every change in arrival order (the changelog) and the
// table those changes materialize to, with Flink SQL Client semantics. Fed whole RowBatch pages;
// keeps them (shared, immutable) instead of copying cells, so applying a page costs a few
// allocations, not one per value. Widget-free; lives on the GUI thread (models read it there).
//
// Materialization: INSERT and UPDATE_AFTER add a row; UPDATE_BEFORE and DELETE remove the most
// recent equal row (found through a hash of the row's cells → a chain of equal-hash rows, O(1)).
// Row order: rows stay in arrival order, except that an UPDATE_AFTER right after the
// UPDATE_BEFORE it pairs with takes the removed row's place — a GROUP BY updates its row in
// place instead of moving it to the bottom (Flink's client appends it; the set of rows is the
// same). Other removals leave a hole; holes are closed in one pass once they are an eighth of
// the table, and until then row(i) skips them with a binary search over the sorted holes.
class ResultStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxRows = 1000;

    explicit ResultStore(QObject *parent = nullptr);
    ~ResultStore() override;

    // Starts a new result: forgets every row and change; from now on only pages of `generation`
    // are applied (pages of an abandoned run are dropped).
    void begin(quint64 generation, const QList<ColumnInfo> &columns);
    // Applies one page in order. False (and nothing changes) if it belongs to another generation
    // or has the wrong column count.
    bool apply(const RowBatch &batch);

    // Caps (> 0). Beyond them the oldest rows / changes are evicted and counted as dropped.
    void setMaxRows(int maxRows);
    int maxRows() const { return m_maxRows; }
    void setMaxChanges(int maxChanges);
    int maxChanges() const { return m_maxChanges; }

    quint64 generation() const { return m_generation; }
    const QList<ColumnInfo> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }

    // The materialized table.
    int rowCount() const { return m_rowCount; }
    QStringView text(int row, int column) const;
    bool isNull(int row, int column) const;
    Value value(int row, int column) const;

    // The changelog, indexed absolutely: change i stays change i while it is kept.
    qint64 firstChange() const { return m_changeBase + qint64(m_changeHead); }
    qint64 changeEnd() const { return m_changeBase + qint64(m_changes.size()); }
    int changeCount() const { return int(changeEnd() - firstChange()); }
    RowKind changeKind(qint64 change) const;
    QStringView changeText(qint64 change, int column) const;
    bool changeIsNull(qint64 change, int column) const;
    Value changeValue(qint64 change, int column) const;
    // Milliseconds since the epoch when the page holding the change was applied.
    qint64 changeTime(qint64 change) const;

    // Counters since begin(), for status lines and for models that batch notifications.
    qint64 totalChanges() const { return m_totalChanges; }
    qint64 droppedRows() const { return m_droppedRows; }
    qint64 droppedChanges() const { return m_droppedChanges; }
    qint64 staleBatches() const { return m_staleBatches; }
    // Rows appended at the end of the table; rows evicted from its top (the oldest, by the cap);
    // rows removed anywhere else (retractions that were not updates in place); in-place updates.
    qint64 appendedRows() const { return m_appended; }
    qint64 evictedRows() const { return m_droppedRows; }
    qint64 removedRows() const { return m_removed; }
    qint64 updatedRows() const { return m_updated; }
    // Bumped by begin(): models reset when it moves.
    quint64 resetCount() const { return m_resets; }

    // Immutable copies (they share the pages) for exports and copies on any thread. Empty lists
    // mean every row / every column.
    ResultSnapshot tableSnapshot(const QList<int> &rows = {}, const QList<int> &columns = {}) const;
    ResultSnapshot changelogSnapshot(const QList<qint64> &changes = {},
                                     const QList<int> &columns = {}) const;

signals:
    // Once per applied page, never per row: `count` changes from `firstChange` on.
    void changesApplied(qint64 firstChange, int count);
    // begin() forgot everything.
    void cleared();

private:
    struct Page
    {
        RowBatch batch;
        quint32 refs = 0;
        qint64 arrivedMs = 0;
    };
    struct Record
    {
        quint32 page;
        quint32 row;
        quint32 older;    // previous record of equal hash, or None
        quint32 newer;    // next record of equal hash, or None
        quint32 position; // index in m_order
        quint32 hash;
    };
    struct ChangeRef
    {
        quint32 page;
        quint32 row;
    };
    static constexpr quint32 None = 0xffffffffu;

    const Page &page(quint32 id) const { return m_pages[id - m_pageBase]; }
    Page &page(quint32 id) { return m_pages[id - m_pageBase]; }
    void unref(quint32 pageId);
    void prefetchAhead(const RowBatch &batch, int row, int rows) const;
    void reserveFor(int rows);
    bool sameRow(const Record &record, const RowBatch &batch, int row) const;
    void addRow(quint32 pageId, const RowBatch &batch, int row, quint32 hash, bool updateAfter);
    void removeRow(const RowBatch &batch, int row, quint32 hash, bool updateBefore);
    void dropRecord(quint32 id);
    void flushPendingHole();
    void evictOldestRow();
    void evictOldestChanges(qint64 count);
    void compact();
    size_t positionOf(int row) const;
    const Record &recordAt(int row) const { return m_records[m_order[positionOf(row)]]; }

    quint64 m_generation = 0;
    QList<ColumnInfo> m_columns;
    int m_maxRows = DefaultMaxRows;
    int m_maxChanges = DefaultMaxRows;

    std::deque<Page> m_pages;
    quint32 m_pageBase = 0;

    std::vector<quint32> m_hashes; // of the page being applied
    std::vector<Record> m_records; // pool; freed ids are reused
    std::vector<quint32> m_freeRecords;
    Internal::RowHashIndex m_newestByHash;
    std::vector<quint32> m_order; // record ids of the table, None for a hole
    size_t m_head = 0;            // m_order before it is evicted
    // Positions in m_order left empty by removals, sorted; closed all at once when they are an
    // eighth of the table (amortized O(1) a removal). Until then row(i) skips them by a binary
    // search. m_newHoles collects a page's holes unsorted.
    std::vector<quint32> m_holes;
    std::vector<quint32> m_newHoles;
    qint64 m_pendingHole = -1; // left by an UPDATE_BEFORE, taken by the next UPDATE_AFTER
    int m_rowCount = 0;

    std::vector<ChangeRef> m_changes;
    size_t m_changeHead = 0;
    qint64 m_changeBase = 0;

    qint64 m_totalChanges = 0;
    qint64 m_droppedRows = 0;
    qint64 m_droppedChanges = 0;
    qint64 m_staleBatches = 0;
    qint64 m_appended = 0;
    qint64 m_removed = 0;
    qint64 m_updated = 0;
    quint64 m_resets = 0;
};

} // namespace Weir
