#pragma once

#include "results/resultstore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace Weir {

// What the grids over a ResultStore share: the store binding, store notifications coalesced on
// a repaint tick (≤ 30 Hz), the announced row and column counts, numbered rows. Subclasses say
// how the store's state becomes rows (syncFromStore). GUI thread.
class StoreGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TickMs = 33;

    void setStore(ResultStore *store);
    ResultStore *store() const { return m_store; }
    // Brings the model up to the store now (the tick does this; tests call it directly).
    void sync();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After each tick that changed the model: what a status line should show again.
    void synced();

protected:
    explicit StoreGridModel(QObject *parent = nullptr);

    // Re-reads everything from the store (inside a model reset); m_store may be null.
    virtual void readStore() = 0;
    // Announces what changed since the last tick; true if anything did. m_store is set.
    virtual bool syncFromStore() = 0;
    // The horizontal header of `section` (≥ 0; the store may have changed since the last tick).
    virtual QVariant columnHeader(int section, int role) const = 0;

    void resetFromStore();
    // Rows evicted from the top since the last tick; `offset` (where the subclass keeps how many
    // rows left the top) moves on with them before the views hear of it.
    void removeTopRows(int count, qint64 &offset);
    // Rows appended at the bottom since the last tick.
    void appendRows(int count);

    QPointer<ResultStore> m_store;
    int m_rows = 0;
    int m_columns = 0;

private:
    void scheduleSync();

    QTimer m_tick;
};

} // namespace Weir
