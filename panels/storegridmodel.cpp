#include "storegridmodel.h"

namespace Weir {

StoreGridModel::StoreGridModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &StoreGridModel::sync);
}

void StoreGridModel::setStore(ResultStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &ResultStore::changesApplied, this, &StoreGridModel::scheduleSync);
        connect(store, &ResultStore::cleared, this, &StoreGridModel::scheduleSync);
    }
    resetFromStore();
}

void StoreGridModel::scheduleSync()
{
    if (!m_tick.isActive())
        m_tick.start();
}

void StoreGridModel::sync()
{
    m_tick.stop();
    if (m_store && syncFromStore())
        emit synced();
}

void StoreGridModel::resetFromStore()
{
    beginResetModel();
    readStore();
    endResetModel();
}

void StoreGridModel::removeTopRows(int count, qint64 &offset)
{
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_rows -= count;
    offset += count;
    endRemoveRows();
}

void StoreGridModel::appendRows(int count)
{
    beginInsertRows(QModelIndex(), m_rows, m_rows + count - 1);
    m_rows += count;
    endInsertRows();
}

int StoreGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StoreGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant StoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (!m_store || section < 0)
        return QVariant();
    return columnHeader(section, role);
}

} // namespace Weir
