#pragma once

#include "flink/clusterprobe.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace Weir {

// The registered clusters as a table with their last known health (from ClusterProbe):
// name, health, Flink version, task managers, slots free/total, SQL Gateway URL.
// GUI thread; it only holds values, the panel feeds it.
class ClustersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HealthColumn,
        VersionColumn,
        TaskManagersColumn,
        SlotsColumn,
        GatewayColumn,
        ColumnCount
    };
    enum Role { ClusterIdRole = Qt::UserRole + 1, HealthyRole };
    enum class Status { Unknown, Checking, Healthy, Unhealthy, Stopped };

    explicit ClustersModel(QObject *parent = nullptr);

    void setClusters(const QList<Cluster> &clusters);
    // Adds or replaces (by id) one cluster; its health is kept when its URLs did not change.
    void upsertCluster(const Cluster &cluster);
    void removeCluster(qint64 id);
    void setChecking(qint64 id);
    void setHealth(qint64 id, const ClusterProbe::Health &health);
    // For the Local target while its processes are not running.
    void setStopped(qint64 id);

    int rowOf(qint64 id) const; // -1 when absent
    Cluster clusterAt(int row) const;
    QList<Cluster> clusters() const;
    Status statusAt(int row) const;
    std::optional<ClusterProbe::Health> healthAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Cluster cluster;
        Status status = Status::Unknown;
        std::optional<ClusterProbe::Health> health;
    };

    QString statusText(const Entry &entry) const;
    void rowChanged(int row);

    QList<Entry> m_entries;
};

} // namespace Weir
