#include "clustersmodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Weir {

namespace {

QColor statusColor(ClustersModel::Status status)
{
    switch (status) {
    case ClustersModel::Status::Healthy:
        return QColor(0x2e, 0x8b, 0x3e);
    case ClustersModel::Status::Unhealthy:
        return QColor(0xc6, 0x28, 0x28);
    case ClustersModel::Status::Checking:
        return QColor(0xe0, 0xa0, 0x20);
    case ClustersModel::Status::Unknown:
    case ClustersModel::Status::Stopped:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

// A dot in the status colour: it stays readable on a selected (highlighted) row.
QIcon statusDot(ClustersModel::Status status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it == cache.end()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        painter.end();
        it = cache.insert(int(status), QIcon(pixmap));
    }
    return *it;
}

} // namespace

ClustersModel::ClustersModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClustersModel::setClusters(const QList<Cluster> &clusters)
{
    beginResetModel();
    QList<Entry> entries;
    for (const Cluster &cluster : clusters) {
        Entry entry;
        entry.cluster = cluster;
        const int old = rowOf(cluster.id);
        if (old >= 0 && m_entries.at(old).cluster.gatewayUrl == cluster.gatewayUrl &&
            m_entries.at(old).cluster.jobManagerUrl == cluster.jobManagerUrl) {
            entry.status = m_entries.at(old).status;
            entry.health = m_entries.at(old).health;
        }
        entries.append(entry);
    }
    m_entries = entries;
    endResetModel();
}

void ClustersModel::upsertCluster(const Cluster &cluster)
{
    const int row = rowOf(cluster.id);
    if (row < 0) {
        const int at = int(m_entries.size());
        beginInsertRows({}, at, at);
        m_entries.append(Entry{cluster, Status::Unknown, std::nullopt});
        endInsertRows();
        return;
    }
    Entry &entry = m_entries[row];
    if (entry.cluster.gatewayUrl != cluster.gatewayUrl ||
        entry.cluster.jobManagerUrl != cluster.jobManagerUrl) {
        entry.status = Status::Unknown;
        entry.health.reset();
    }
    entry.cluster = cluster;
    rowChanged(row);
}

void ClustersModel::removeCluster(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void ClustersModel::setChecking(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // A known state stays on screen while the next check runs, so polling never flickers.
    if (m_entries[row].status == Status::Unknown || m_entries[row].status == Status::Stopped) {
        m_entries[row].status = Status::Checking;
        rowChanged(row);
    }
}

void ClustersModel::setHealth(qint64 id, const ClusterProbe::Health &health)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.health = health;
    entry.status = health.healthy() ? Status::Healthy : Status::Unhealthy;
    if (!health.flinkVersion.isEmpty())
        entry.cluster.flinkVersion = health.flinkVersion;
    rowChanged(row);
}

void ClustersModel::setStopped(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].status = Status::Stopped;
    m_entries[row].health.reset();
    rowChanged(row);
}

int ClustersModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).cluster.id == id)
            return row;
    }
    return -1;
}

Cluster ClustersModel::clusterAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).cluster : Cluster();
}

QList<Cluster> ClustersModel::clusters() const
{
    QList<Cluster> result;
    for (const Entry &entry : m_entries)
        result.append(entry.cluster);
    return result;
}

ClustersModel::Status ClustersModel::statusAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).status : Status::Unknown;
}

std::optional<ClusterProbe::Health> ClustersModel::healthAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).health : std::nullopt;
}

int ClustersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClustersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClustersModel::statusText(const Entry &entry) const
{
    switch (entry.status) {
    case Status::Unknown:
        return tr("Not checked");
    case Status::Checking:
        return tr("Checking...");
    case Status::Healthy:
        return tr("Healthy");
    case Status::Stopped:
        return tr("Stopped");
    case Status::Unhealthy:
        break;
    }
    const ClusterProbe::Health &h = *entry.health;
    if (!h.gateway.checked && !h.jobManager.checked)
        return tr("No URLs");
    if (h.gateway.checked && !h.gateway.ok && h.jobManager.checked && !h.jobManager.ok)
        return tr("Unreachable");
    return !h.gateway.ok && h.gateway.checked ? tr("Gateway down") : tr("JobManager down");
}

QVariant ClustersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const std::optional<ClusterProbe::Health> &health = entry.health;
    const bool jobManagerKnown = health && health->jobManager.ok;
    if (role == ClusterIdRole)
        return entry.cluster.id;
    if (role == HealthyRole)
        return entry.status == Status::Healthy;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return entry.cluster.name;
        case HealthColumn:
            return statusText(entry);
        case VersionColumn:
            return entry.cluster.flinkVersion;
        case TaskManagersColumn:
            return jobManagerKnown ? QVariant(health->taskManagers) : QVariant();
        case SlotsColumn:
            return jobManagerKnown
                       ? QVariant(tr("%1 / %2").arg(health->slotsAvailable).arg(health->slotsTotal))
                       : QVariant();
        case GatewayColumn:
            if (entry.cluster.isLocal && entry.cluster.gatewayUrl.isEmpty())
                return tr("(chosen when started)");
            return entry.cluster.gatewayUrl;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == HealthColumn)
        return statusDot(entry.status);
    if (role == Qt::ToolTipRole) {
        if (health)
            return health->summary();
        if (entry.cluster.isLocal)
            return tr("Flink started by Weir on this computer.");
        return {};
    }
    if (role == Qt::ForegroundRole &&
        ((index.column() == HealthColumn && entry.status != Status::Healthy &&
          entry.status != Status::Unhealthy) ||
         (index.column() == GatewayColumn && entry.cluster.isLocal &&
          entry.cluster.gatewayUrl.isEmpty())))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TaskManagersColumn || index.column() == SlotsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HealthColumn:
        return tr("Health");
    case VersionColumn:
        return tr("Flink");
    case TaskManagersColumn:
        return tr("Task managers");
    case SlotsColumn:
        return tr("Slots free / total");
    case GatewayColumn:
        return tr("SQL Gateway");
    }
    return {};
}

void ClustersModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Weir
