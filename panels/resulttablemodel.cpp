#include "resulttablemodel.h"

#include "resultcellstyle.h"
#include "results/resultstore.h"

namespace Weir {

ResultTableModel::ResultTableModel(QObject *parent) : StoreGridModel(parent) {}

void ResultTableModel::readStore()
{
    m_rows = m_store ? m_store->rowCount() : 0;
    m_columns = m_store ? m_store->columnCount() : 0;
    m_seenResets = m_store ? m_store->resetCount() : 0;
    m_seenEvicted = m_store ? m_store->evictedRows() : 0;
    m_seenRemoved = m_store ? m_store->removedRows() : 0;
    m_seenUpdated = m_store ? m_store->updatedRows() : 0;
}

bool ResultTableModel::syncFromStore()
{
    if (m_store->resetCount() != m_seenResets || m_store->removedRows() != m_seenRemoved ||
        m_store->columnCount() != m_columns) {
        resetFromStore();
        return true;
    }
    bool changed = false;
    const qint64 evicted = m_store->evictedRows() - m_seenEvicted;
    if (evicted > 0) {
        if (const int top = int(qMin<qint64>(evicted, m_rows)); top > 0)
            removeTopRows(top, m_seenEvicted);
        m_seenEvicted = m_store->evictedRows(); // the rest came and went between two ticks
        changed = true;
    }
    if (m_store->updatedRows() != m_seenUpdated) {
        m_seenUpdated = m_store->updatedRows();
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
        changed = true;
    }
    if (const int added = m_store->rowCount() - m_rows; added > 0) {
        appendRows(added);
        changed = true;
    }
    return changed;
}

int ResultTableModel::storeRow(int row) const
{
    if (!m_store)
        return -1;
    const qint64 storeRow = row - (m_store->evictedRows() - m_seenEvicted);
    return storeRow >= 0 && storeRow < m_store->rowCount() ? int(storeRow) : -1;
}

ResultSnapshot ResultTableModel::snapshot(const QList<int> &rows, const QList<int> &columns) const
{
    if (!m_store)
        return ResultSnapshot();
    QList<int> storeRows;
    storeRows.reserve(rows.size());
    for (int row : rows) {
        const int r = storeRow(row);
        if (r >= 0)
            storeRows.append(r);
    }
    if (storeRows.isEmpty())
        return ResultSnapshot(); // an empty list would mean every row
    return m_store->tableSnapshot(storeRows, columns);
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = storeRow(index.row());
    if (row < 0 || index.column() >= m_store->columnCount())
        return QVariant();
    const int column = index.column();
    return ResultCellStyle::data(m_store->text(row, column), m_store->isNull(row, column),
                                 m_store->columns().at(column).type(), role);
}

QVariant ResultTableModel::columnHeader(int section, int role) const
{
    if (section >= m_store->columnCount())
        return QVariant();
    const ColumnInfo &column = m_store->columns().at(section);
    if (role == Qt::DisplayRole)
        return column.name();
    if (role == Qt::ToolTipRole)
        return column.comment().isEmpty()
                   ? column.type().toString()
                   : column.type().toString() + QLatin1Char('\n') + column.comment();
    return QVariant();
}

} // namespace Weir
