#pragma once

#include <QHash>
#include <QObject>

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

signals:
    // Run `scriptId` again from `savepointPath` (the script whose run submitted the job).
    void restartRequested(qint64 scriptId, const QString &savepointPath);
    void messageLogged(const QString &message);

private:
    struct Connection
    {
        JobManagerClient *client = nullptr;
        JobMonitor *monitor = nullptr;
        SavepointService *savepoints = nullptr;
        ClusterAlertWatch *alerts = nullptr;
    };
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
    bool m_minimised = false;
};

} // namespace Weir
