#pragma once

#include "results/resultstore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Weir {

// The materialized table of a ResultStore as a grid: a thin view, no copy of the rows. Store
// notifications are coalesced on a repaint tick (≤ 30 Hz) into one insert, one removal from the
// top (rows evicted by the cap), one dataChanged (rows updated in place) — or one reset when
// rows were removed elsewhere. Between ticks, rows it has not announced are not shown and rows
// already gone show empty. GUI thread.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TickMs = 33;

    explicit ResultTableModel(QObject *parent = nullptr);

    void setStore(ResultStore *store);
    ResultStore *store() const { return m_store; }
    // Brings the model up to the store now (the tick does this; tests call it directly).
    void sync();
    // The store's row under a model row, or -1 if it has gone since the last tick.
    int storeRow(int row) const;
    ResultSnapshot snapshot(const QList<int> &rows, const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After each tick that changed the model: what a status line should show again.
    void synced();

private:
    void scheduleSync();
    void resetFromStore();

    QPointer<ResultStore> m_store;
    QTimer m_tick;
    int m_rows = 0;
    int m_columns = 0;
    quint64 m_seenResets = 0;
    qint64 m_seenEvicted = 0;
    qint64 m_seenRemoved = 0;
    qint64 m_seenUpdated = 0;
};

} // namespace Weir
