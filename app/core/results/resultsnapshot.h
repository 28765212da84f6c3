#pragma once

#include "results/columninfo.h"
#include "results/rowbatch.h"

#include <QList>
#include <QVector>

namespace Weir {

// A frozen selection of result rows and columns: it holds the pages it reads (shared, immutable
// RowBatches) and which row of which page each of its rows is, so that exports and copies run on
// a worker thread while the store goes on changing. Made by ResultStore; cheap to copy; any
// thread.
class ResultSnapshot
{
public:
    struct RowRef
    {
        quint32 page; // index in pages()
        quint32 row;
    };

    ResultSnapshot() = default;
    ResultSnapshot(QList<ColumnInfo> columns, QList<int> sourceColumns, QVector<RowBatch> pages,
                   QVector<RowRef> rows, bool withKinds);

    // The columns of the snapshot (a subset of the result's, in the order chosen).
    const QList<ColumnInfo> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_rows.size()); }
    // Rows of a changelog carry their kind (+I, -U, +U, -D) and copies show it.
    bool withKinds() const { return m_withKinds; }

    RowKind kind(int row) const;
    bool isNull(int row, int column) const;
    QStringView text(int row, int column) const;

private:
    QList<ColumnInfo> m_columns;
    QList<int> m_sourceColumns;
    QVector<RowBatch> m_pages;
    QVector<RowRef> m_rows;
    bool m_withKinds = false;
};

} // namespace Weir
