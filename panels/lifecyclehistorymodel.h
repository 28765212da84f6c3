#pragma once

#include "store/lifecyclerecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Weir {

// The lifecycle history of a script as a table (newest first): time, from, to, version, job,
// savepoint, note. Holds a copy of the events it was given. GUI thread.
class LifecycleHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, From, To, Version, Job, Savepoint, Note, ColumnCount };

    explicit LifecycleHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<LifecycleEvent> &events);
    const LifecycleEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LifecycleEvent> m_events;
};

} // namespace Weir
