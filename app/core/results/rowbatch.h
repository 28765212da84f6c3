#pragma once

#include "results/rowkind.h"
#include "results/value.h"

#include <QBitArray>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVector>
#include <memory>

namespace Weir {

namespace Internal {
struct RowBatchData;
} // namespace Internal

// An immutable batch of result rows (one fetched page), each with its change kind, made off the
// GUI thread and handed to it whole. All cell texts of the batch share one UTF-16 buffer with an
// offset per cell, so a page of 5,000 rows costs a handful of allocations, not one per value.
// `generation` names the statement run that produced it (receivers drop batches of a run they
// have abandoned), `sequence` its page number within that run. Cheap to copy (shared, const);
// any thread.
class RowBatch
{
public:
    // Fills a batch row by row: beginRow(), then exactly columnCount add*() calls. Not shared;
    // one thread.
    class Builder
    {
    public:
        Builder(int columnCount, quint64 generation, qint64 sequence);

        void reserve(int rows, qsizetype textSize);
        void beginRow(RowKind kind);
        void addText(QStringView text);
        void addNull();
        // Rows with fewer than columnCount cells are padded with NULLs.
        RowBatch build();

    private:
        void padRow();

        std::shared_ptr<Internal::RowBatchData> m_data;
        int m_cellsInRow = 0;
    };

    RowBatch();

    quint64 generation() const;
    qint64 sequence() const;
    int columnCount() const;
    int rowCount() const;
    bool isEmpty() const { return rowCount() == 0; }

    RowKind kind(int row) const;
    bool isNull(int row, int column) const;
    // Flink's text of the cell; empty for NULL. Valid as long as this batch (or a copy) lives.
    QStringView text(int row, int column) const;
    Value value(int row, int column) const;
    // All cell text of the batch, in bytes of UTF-16 (for memory accounting).
    qsizetype textSize() const;

    // For ResultStore's row index, which hashes and compares every change: the cells of a row
    // lie back to back in one buffer, so both take one pass over the row, not one per cell.
    // A hash of the row's cells in which NULL differs from '' and ("ab", "c") from ("a", "bc").
    quint32 rowHash(int row) const;
    // Whether `row` equals `otherRow` of `other` cell by cell (NULL equals only NULL).
    bool rowEquals(int row, const RowBatch &other, int otherRow) const;
    // Hints the CPU to load the row's cells before rowEquals() needs them: first its offsets and
    // NULL flags (`text` false), some rows later its text (which reads the offsets).
    void prefetchRow(int row, bool text) const;

private:
    explicit RowBatch(std::shared_ptr<const Internal::RowBatchData> data);

    std::shared_ptr<const Internal::RowBatchData> m_data;
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::RowBatch)
