#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Weir {

class AlertService;
class ClusterAlertWatch;
class JobManagerClient;
class JobMonitor;
class JobsPanel;
class SavepointService;
class Secrets;
class Settings;
class Storage;
struct Script;

// Feeds the Jobs dock: one JobManager client, monitor, savepoint service and alert watch per
// registered cluster (with its secret from the keychain; every cluster is watched so that its
// jobs are alerted on), the cluster chooser, job links from runs, pausing while the window is
// minimised (unless alerts need the monitors), and a restart request turned into the script that
// submitted the job. GUI thread.
class JobsController : public QObject
{
    Q_OBJECT

public:
    // `alerts` (may be null) gets a watch on every cluster connection: failures, restarts,
    // checkpoint failures and unreachable clusters are alerted on while the cluster is watched.
    JobsController(Storage &storage, Settings &settings, Secrets &secrets, JobsPanel &panel,
                   AlertService *alerts, QObject *parent = nullptr);
    ~JobsController() override;

    // The clusters changed in the store: the chooser follows, connections of edited clusters
    // are made again.
    void reloadClusters();
    void showCluster(qint64 clusterId);
    // Shows `jobId` of `clusterId` in the dock.
    void openJob(qint64 clusterId, const QString &jobId);
    void setWindowMinimised(bool minimised);
    // The monitor watching `clusterId` (null before its first connection).
    JobMonitor *monitorOf(qint64 clusterId) const;
    // Stops `jobId` of `clusterId` with a savepoint through the cluster's SavepointService (the
    // registry entry carries `scriptId`, 0: the script found through the run history). `done`
    // gets the savepoint's path or why not, once, unless `context` died meanwhile.
    void stopWithSavepoint(qint64 clusterId, const QString &jobId, qint64 scriptId, QObject *context,
                           std::function<void(const Result<QString> &savepointPath)> done);

signals:
    // Run `scriptId` again from `savepointPath` (the script whose run submitted the job).
    void restartRequested(qint64 scriptId, const QString &savepointPath);
    void messageLogged(const QString &message);
    // A cluster's connection was made: `monitor` watches it until the clusters change (then it
    // is deleted and a new one is announced).
    void monitorAdded(qint64 clusterId, Weir::JobMonitor *monitor);
    // A savepoint (or a stop with one) completed and is in the registry.
    void savepointCompleted(const QString &jobId, const QString &path);

private:
    struct Connection;
    using ConnectionReady = std::function<void(Connection *)>;
    struct Connection
    {
        JobManagerClient *client = nullptr;
        JobMonitor *monitor = nullptr;
        SavepointService *savepoints = nullptr;
        ClusterAlertWatch *alerts = nullptr;
    };
    // Calls `ready` with the connection of `clusterId` once it is made (null: it cannot be).
    void withConnection(qint64 clusterId, ConnectionReady ready);
    // Where savepoints of the script's jobs go when the cluster configures no directory: the
    // savepoint directory among its Flink options (empty: the cluster's).
    static QString savepointDirectoryOf(const Script &script);
    // The script that submitted `jobId` (through the run history), 0 if none.
    qint64 scriptOf(const QString &jobId) const;
    // The alert group of a job: its script's (found through the run history), else 0.
    qint64 alertGroupOf(const QString &jobId) const;
    // Makes sure `clusterId` is watched; `show` also puts it in the dock (and opens `jobId`).
    void watch(qint64 clusterId, const QString &jobId, bool show);
    void connectTo(qint64 clusterId, const QString &secret, const QString &jobToOpen, bool show);
    bool alertsWanted() const;
    void onRestart(const QString &jobId, const QString &jobName, const QString &savepointPath);
    void dropConnections();

    Storage &m_storage;
    Settings &m_settings;
    Secrets &m_secrets;
    JobsPanel &m_panel;
    AlertService *m_alerts;
    QHash<qint64, Connection> m_connections;
    QHash<qint64, QList<ConnectionReady>> m_waiting; // for a connection being made
    bool m_minimised = false;
};

} // namespace Weir
