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

ChangelogModel::ChangelogModel(QObject *parent) : StoreGridModel(parent) {}

void ChangelogModel::readStore()
{
    m_first = m_store ? m_store->firstChange() : 0;
    m_rows = m_store ? m_store->changeCount() : 0;
    m_columns = m_store ? m_store->columnCount() + 1 : 0;
    m_seenResets = m_store ? m_store->resetCount() : 0;
}

bool ChangelogModel::syncFromStore()
{
    if (m_store->resetCount() != m_seenResets || m_store->columnCount() + 1 != m_columns) {
        resetFromStore();
        return true;
    }
    bool changed = false;
    const qint64 evicted = m_store->firstChange() - m_first;
    if (evicted > 0) {
        if (const int top = int(qMin<qint64>(evicted, m_rows)); top > 0)
            removeTopRows(top, m_first);
        m_first = m_store->firstChange();
        changed = true;
    }
    if (const qint64 added = m_store->changeEnd() - (m_first + m_rows); added > 0) {
        appendRows(int(added));
        changed = true;
    }
    return changed;
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

QVariant ChangelogModel::columnHeader(int section, int role) const
{
    if (section > m_store->columnCount())
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
