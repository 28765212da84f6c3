#include "resulttablemodel.h"

#include "resultcellstyle.h"
#include "results/resultstore.h"

namespace Weir {

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &ResultTableModel::sync);
}

void ResultTableModel::setStore(ResultStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &ResultStore::changesApplied, this, &ResultTableModel::scheduleSync);
        connect(store, &ResultStore::cleared, this, &ResultTableModel::scheduleSync);
    }
    resetFromStore();
}

void ResultTableModel::scheduleSync()
{
    if (!m_tick.isActive())
        m_tick.start();
}

void ResultTableModel::resetFromStore()
{
    beginResetModel();
    m_rows = m_store ? m_store->rowCount() : 0;
    m_columns = m_store ? m_store->columnCount() : 0;
    m_seenResets = m_store ? m_store->resetCount() : 0;
    m_seenEvicted = m_store ? m_store->evictedRows() : 0;
    m_seenRemoved = m_store ? m_store->removedRows() : 0;
    m_seenUpdated = m_store ? m_store->updatedRows() : 0;
    endResetModel();
}

void ResultTableModel::sync()
{
    m_tick.stop();
    if (!m_store)
        return;
    if (m_store->resetCount() != m_seenResets || m_store->removedRows() != m_seenRemoved ||
        m_store->columnCount() != m_columns) {
        resetFromStore();
        emit synced();
        return;
    }
    bool changed = false;
    const qint64 evicted = m_store->evictedRows() - m_seenEvicted;
    if (evicted > 0) {
        const int top = int(qMin<qint64>(evicted, m_rows));
        if (top > 0) {
            beginRemoveRows(QModelIndex(), 0, top - 1);
            m_rows -= top;
            m_seenEvicted += top;
            endRemoveRows();
        }
        m_seenEvicted = m_store->evictedRows(); // the rest came and went between two ticks
        changed = true;
    }
    if (m_store->updatedRows() != m_seenUpdated) {
        m_seenUpdated = m_store->updatedRows();
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
        changed = true;
    }
    const int added = m_store->rowCount() - m_rows;
    if (added > 0) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + added - 1);
        m_rows += added;
        endInsertRows();
        changed = true;
    }
    if (changed)
        emit synced();
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

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
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

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (!m_store || section < 0 || section >= m_store->columnCount())
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
