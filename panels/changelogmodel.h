#pragma once

#include "results/resultstore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Weir {

// The changelog of a ResultStore as a grid: an op column (+I, -U, +U, -D), then the result's
// columns, rows tinted by kind. Model rows map to the store's absolute change numbers, so the
// changes evicted by the cap leave from the top and new ones arrive at the bottom, both coalesced
// on a repaint tick (≤ 30 Hz). GUI thread.
class ChangelogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TickMs = 33;

    explicit ChangelogModel(QObject *parent = nullptr);

    void setStore(ResultStore *store);
    ResultStore *store() const { return m_store; }
    void sync();
    // The store's change number under a model row, or -1 if it was evicted since the last tick.
    qint64 changeIndex(int row) const;
    // `columns` are model columns; the op column is always part of a changelog snapshot.
    ResultSnapshot snapshot(const QList<int> &rows, const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void synced();

private:
    void scheduleSync();
    void resetFromStore();

    QPointer<ResultStore> m_store;
    QTimer m_tick;
    qint64 m_first = 0; // change number of row 0
    int m_rows = 0;
    int m_columns = 0; // including the op column
    quint64 m_seenResets = 0;
};

} // namespace Weir
