#pragma once

#include "results/columntype.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace Weir {

// Sorting and filtering of a result grid, switched on by the user: rows sort by Value::compare
// with the column's Flink type (DECIMAL and BIGINT exactly, NULL first) and filter by text in any
// column. Not dynamic, so that streaming rows do not re-sort the grid on every tick. GUI thread.
class ResultSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultSortProxy(QObject *parent = nullptr);

    // Types of the source columns from `firstTyped` on; earlier columns sort as text.
    void setColumnTypes(const QList<ColumnType> &types, int firstTyped = 0);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<ColumnType> m_types;
    int m_firstTyped = 0;
};

} // namespace Weir
