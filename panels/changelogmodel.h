#pragma once

#include "storegridmodel.h"

namespace Weir {

// The changelog of a ResultStore as a grid: an op column (+I, -U, +U, -D), then the result's
// columns, rows tinted by kind. Model rows map to the store's absolute change numbers, so the
// changes evicted by the cap leave from the top and new ones arrive at the bottom, both coalesced
// on the repaint tick. GUI thread.
class ChangelogModel : public StoreGridModel
{
    Q_OBJECT

public:
    explicit ChangelogModel(QObject *parent = nullptr);

    // The store's change number under a model row, or -1 if it was evicted since the last tick.
    qint64 changeIndex(int row) const;
    // `columns` are model columns; the op column is always part of a changelog snapshot.
    ResultSnapshot snapshot(const QList<int> &rows, const QList<int> &columns) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void readStore() override;
    bool syncFromStore() override;
    QVariant columnHeader(int section, int role) const override;

    qint64 m_first = 0; // change number of row 0
    quint64 m_seenResets = 0;
};

} // namespace Weir
