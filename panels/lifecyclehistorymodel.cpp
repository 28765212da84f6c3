#include "lifecyclehistorymodel.h"

#include <QDateTime>
#include <QLocale>

namespace Weir {

LifecycleHistoryModel::LifecycleHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void LifecycleHistoryModel::setEvents(const QList<LifecycleEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int LifecycleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LifecycleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const LifecycleEvent &event = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.timeMs),
                                      QLocale::ShortFormat);
        case From:
            return Lifecycle::stateLabel(event.from);
        case To:
            return Lifecycle::stateLabel(event.to);
        case Version:
            return event.version > 0 ? QVariant(event.version) : QVariant();
        case Job:
            return event.jobId;
        case Savepoint:
            // Its directory is the same for every savepoint of a job: the name tells them apart.
            return event.savepointPath.section(QLatin1Char('/'), -1);
        case Note:
            return event.note;
        }
    } else if (role == Qt::ToolTipRole) {
        // Paths and notes are long; the whole text is one hover away.
        if (index.column() == Savepoint && !event.savepointPath.isEmpty())
            return event.savepointPath;
        if (index.column() == Note && !event.note.isEmpty())
            return event.note;
    } else if (role == Qt::TextAlignmentRole && index.column() == Version) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LifecycleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Version:
        return tr("Version");
    case Job:
        return tr("Job");
    case Savepoint:
        return tr("Savepoint");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace Weir
