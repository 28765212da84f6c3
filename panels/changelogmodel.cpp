#include "changelogmodel.h"

#include "resultcellstyle.h"
#include "results/resultstore.h"

#include <QBrush>
#include <QColor>

namespace Weir {

namespace {

// Translucent, so that they read on light and dark palettes alike.
QBrush kindBrush(RowKind kind)
{
    static const QBrush insert(QColor(0x2e, 0xa0, 0x43, 0x30));
    static const QBrush before(QColor(0xe0, 0x8a, 0x00, 0x30));
    static const QBrush after(QColor(0x1f, 0x6f, 0xeb, 0x30));
    static const QBrush remove(QColor(0xd7, 0x3a, 0x49, 0x38));
    switch (kind) {
    case RowKind::Insert:
        return insert;
    case RowKind::UpdateBefore:
        return before;
    case RowKind::UpdateAfter:
        return after;
    case RowKind::Delete:
        return remove;
    }
    return QBrush();
}

} // namespace

ChangelogModel::ChangelogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &ChangelogModel::sync);
}

void ChangelogModel::setStore(ResultStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &ResultStore::changesApplied, this, &ChangelogModel::scheduleSync);
        connect(store, &ResultStore::cleared, this, &ChangelogModel::scheduleSync);
    }
    resetFromStore();
}

void ChangelogModel::scheduleSync()
{
    if (!m_tick.isActive())
        m_tick.start();
}

void ChangelogModel::resetFromStore()
{
    beginResetModel();
    m_first = m_store ? m_store->firstChange() : 0;
    m_rows = m_store ? m_store->changeCount() : 0;
    m_columns = m_store ? m_store->columnCount() + 1 : 0;
    m_seenResets = m_store ? m_store->resetCount() : 0;
    endResetModel();
}

void ChangelogModel::sync()
{
    m_tick.stop();
    if (!m_store)
        return;
    if (m_store->resetCount() != m_seenResets || m_store->columnCount() + 1 != m_columns) {
        resetFromStore();
        emit synced();
        return;
    }
    bool changed = false;
    const qint64 evicted = m_store->firstChange() - m_first;
    if (evicted > 0) {
        const int top = int(qMin<qint64>(evicted, m_rows));
        if (top > 0) {
            beginRemoveRows(QModelIndex(), 0, top - 1);
            m_first += top;
            m_rows -= top;
            endRemoveRows();
        }
        m_first = m_store->firstChange();
        changed = true;
    }
    const qint64 added = m_store->changeEnd() - (m_first + m_rows);
    if (added > 0) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + int(added) - 1);
        m_rows += int(added);
        endInsertRows();
        changed = true;
    }
    if (changed)
        emit synced();
}

qint64 ChangelogModel::changeIndex(int row) const
{
    if (!m_store)
        return -1;
    const qint64 change = m_first + row;
    return change >= m_store->firstChange() && change < m_store->changeEnd() ? change : -1;
}

ResultSnapshot ChangelogModel::snapshot(const QList<int> &rows, const QList<int> &columns) const
{
    if (!m_store)
        return ResultSnapshot();
    QList<qint64> changes;
    for (int row : rows) {
        const qint64 change = changeIndex(row);
        if (change >= 0)
            changes.append(change);
    }
    QList<int> storeColumns;
    for (int column : columns) {
        if (column > 0)
            storeColumns.append(column - 1);
    }
    if (changes.isEmpty())
        return ResultSnapshot(); // an empty list would mean every change
    if (storeColumns.isEmpty() && !columns.isEmpty())
        storeColumns.append(0); // only the op column selected: keep the first column for context
    return m_store->changelogSnapshot(changes, storeColumns);
}

int ChangelogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ChangelogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ChangelogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const qint64 change = changeIndex(index.row());
    if (change < 0 || index.column() > m_store->columnCount())
        return QVariant();
    const RowKind kind = m_store->changeKind(change);
    if (role == Qt::BackgroundRole)
        return kindBrush(kind);
    if (index.column() == 0) {
        static const QString ops[] = {
            rowKindShortString(RowKind::Insert), rowKindShortString(RowKind::UpdateBefore),
            rowKindShortString(RowKind::UpdateAfter), rowKindShortString(RowKind::Delete)};
        const QString &op = ops[int(kind)];
        if (role == Qt::DisplayRole)
            return op;
        if (role == ResultCellStyle::ValueRole)
            return QVariant::fromValue(Value(op));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return QVariant();
    }
    const int column = index.column() - 1;
    return ResultCellStyle::data(m_store->changeText(change, column),
                                 m_store->changeIsNull(change, column),
                                 m_store->columns().at(column).type(), role);
}

QVariant ChangelogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (!m_store || section < 0 || section > m_store->columnCount())
        return QVariant();
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("op");
        if (role == Qt::ToolTipRole)
            return tr("+I insert, -U update before, +U update after, -D delete");
        return QVariant();
    }
    const ColumnInfo &column = m_store->columns().at(section - 1);
    if (role == Qt::DisplayRole)
        return column.name();
    if (role == Qt::ToolTipRole)
        return column.type().toString();
    return QVariant();
}

} // namespace Weir
