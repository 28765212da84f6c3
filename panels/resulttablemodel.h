#pragma once

#include "storegridmodel.h"

namespace Weir {

// The materialized table of a ResultStore as a grid: a thin view, no copy of the rows. Store
// notifications are coalesced on the repaint tick into one insert, one removal from the top
// (rows evicted by the cap), one dataChanged (rows updated in place) — or one reset when rows
// were removed elsewhere. Between ticks, rows it has not announced are not shown and rows
// already gone show empty. GUI thread.
class ResultTableModel : public StoreGridModel
{
    Q_OBJECT

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    // The store's row under a model row, or -1 if it has gone since the last tick.
    int storeRow(int row) const;
    ResultSnapshot snapshot(const QList<int> &rows, const QList<int> &columns) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void readStore() override;
    bool syncFromStore() override;
    QVariant columnHeader(int section, int role) const override;

    quint64 m_seenResets = 0;
    qint64 m_seenEvicted = 0;
    qint64 m_seenRemoved = 0;
    qint64 m_seenUpdated = 0;
};

} // namespace Weir
