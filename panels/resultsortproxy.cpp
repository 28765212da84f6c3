#include "resultsortproxy.h"

#include "resultcellstyle.h"
#include "results/value.h"

namespace Weir {

ResultSortProxy::ResultSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ResultSortProxy::setColumnTypes(const QList<ColumnType> &types, int firstTyped)
{
    m_types = types;
    m_firstTyped = firstTyped;
}

bool ResultSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Value a = left.data(ResultCellStyle::ValueRole).value<Value>();
    const Value b = right.data(ResultCellStyle::ValueRole).value<Value>();
    const int typed = left.column() - m_firstTyped;
    const ColumnType type =
        typed >= 0 && typed < m_types.size() ? m_types.at(typed) : ColumnType(TypeRoot::Varchar);
    return Value::compare(a, b, type) < 0;
}

} // namespace Weir
