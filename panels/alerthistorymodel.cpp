#include "alerthistorymodel.h"

#include "alerts/alertevent.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Weir {

AlertHistoryModel::AlertHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertHistoryModel::setEntries(const QList<AlertHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertHistoryModel::ruleText(const QString &rule)
{
    AlertEvent::Rule value;
    if (!AlertEvent::ruleFromName(rule, &value))
        return rule;
    switch (value) {
    case AlertEvent::Rule::JobFailed:
        return tr("Job failed");
    case AlertEvent::Rule::JobRestarting:
        return tr("Job restarting");
    case AlertEvent::Rule::CheckpointFailed:
        return tr("Checkpoints failing");
    case AlertEvent::Rule::StreamingFinished:
        return tr("Streaming job finished");
    case AlertEvent::Rule::ClusterUnreachable:
        return tr("Cluster unreachable");
    }
    return rule;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AlertHistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.timeMs),
                                      QLocale::ShortFormat);
        case Rule:
            return ruleText(entry.rule);
        case Job:
            return entry.jobName.isEmpty() ? entry.jobId : entry.jobName;
        case Cluster:
            return entry.clusterName;
        case Instance:
            return entry.instanceName;
        case Outcome:
            return entry.ok ? tr("Sent") : tr("Failed");
        case Error:
            return entry.error;
        }
    } else if (role == Qt::ToolTipRole) {
        return entry.ok ? entry.message : entry.error;
    } else if (role == Qt::ForegroundRole && index.column() == Outcome) {
        return QBrush(entry.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Rule:
        return tr("Rule");
    case Job:
        return tr("Job");
    case Cluster:
        return tr("Cluster");
    case Instance:
        return tr("Sent to");
    case Outcome:
        return tr("Result");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace Weir
