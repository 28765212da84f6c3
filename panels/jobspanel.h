#pragma once

#include "jobs/jobmonitor.h"
#include "jobs/savepointservice.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Weir {

class JobDetailTabs;
class JobsFilterProxy;
class JobsModel;
class SavepointRepository;

// The Jobs dock for one cluster at a time: its jobs (name, status in colour and words, start,
// duration, parallelism) with a status filter and search; the opened job's tabs
// (JobDetailTabs); and the actions, each after a confirmation: trigger savepoint, stop with
// savepoint, cancel, restart from the latest savepoint or the latest retained checkpoint
// (restarting resubmits the job's script, so the panel only asks: restartRequested()).
// Polling is JobMonitor's: the panel says which job is open, which rows are visible, and
// pauses it while hidden. GUI thread.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Refresh,
        Savepoint,
        StopWithSavepoint,
        Cancel,
        RestartFromSavepoint,
        RestartFromCheckpoint
    };

    // `registry` may be null (no savepoint history); it must outlive the panel.
    explicit JobsPanel(SavepointRepository *registry, QWidget *parent = nullptr);
    ~JobsPanel() override;

    // The cluster to show: its monitor (started here, stopped when replaced) and savepoint
    // service. Both are owned by the caller; null clears the panel.
    void setCluster(JobMonitor *monitor, SavepointService *savepoints, qint64 clusterId,
                    const QString &clusterName);
    // Shared monitors keep watching every cluster (for alerts) whatever the panel shows: the
    // panel then never stops or pauses them; hidden, it only stops the open job's detail polls.
    void setSharedMonitors(bool shared) { m_sharedMonitors = shared; }

    // Where savepoints go (a URI such as file:///data/savepoints); empty: the cluster's own
    // execution.checkpointing.savepoint-dir.
    void setSavepointDirectory(const QString &directory) { m_savepointDirectory = directory; }
    // The stored script a job was submitted from, so that its savepoints are registered for it
    // and go where its Flink options say (id 0: unknown).
    struct JobScript
    {
        qint64 id = 0;
        QString name;
        QString savepointDirectory; // empty: the panel's, else the cluster's
    };
    void setJobScriptResolver(std::function<JobScript(const QString &jobId)> resolver)
    {
        m_scriptOf = std::move(resolver);
    }
    // Tests replace the question box; the function gets the question and answers yes or no.
    void setConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The clusters the chooser offers (id, name); choosing one emits clusterChosen().
    void setClusterChoices(const QList<QPair<qint64, QString>> &clusters);
    qint64 clusterId() const { return m_clusterId; }

    QAction *action(Action action) const;
    JobsModel *model() const { return m_model; }
    JobsFilterProxy *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    JobDetailTabs *details() const { return m_details; }
    // The line under the toolbar: unreachable cluster, outcome of the last action.
    QString messageText() const;

    void openJob(const QString &jobId);
    QString openJobId() const;

    void triggerSavepoint();
    void stopWithSavepoint();
    void cancelJob();
    void restartFromSavepoint();
    void restartFromCheckpoint();

signals:
    // The user picked another cluster in the chooser.
    void clusterChosen(qint64 clusterId);
    // The user asked to run the job again from `savepointPath` (the app resubmits the script
    // that started it with execution.savepoint.path set).
    void restartRequested(const QString &jobId, const QString &jobName,
                          const QString &savepointPath);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void jobsUpdated(const QList<JobSummary> &jobs);
    void reachabilityChanged(JobMonitor::Reachability reachability, const QString &reason);
    void selectionChanged();
    void updateActions();
    void reportVisibleJobs();
    void startSavepoint(SavepointService::Operation operation, const QString &question);
    bool confirm(const QString &question) const;
    void showMessage(const QString &text, bool error);

    SavepointRepository *m_registry;
    QPointer<JobMonitor> m_monitor;
    QPointer<SavepointService> m_savepoints;
    qint64 m_clusterId = 0;
    QString m_clusterName;
    QString m_pendingOpen; // asked to open before the overview listed it
    bool m_sharedMonitors = false;
    bool m_refreshing = false; // the model is taking a new overview
    QString m_savepointDirectory;
    std::function<bool(const QString &)> m_confirm;
    std::function<JobScript(const QString &jobId)> m_scriptOf;
    QList<QMetaObject::Connection> m_connections;

    JobsModel *m_model;
    JobsFilterProxy *m_filter;
    QTableView *m_view = nullptr;
    JobDetailTabs *m_details = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_cluster = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QHash<Action, QAction *> m_actions;
    bool m_columnsSized = false; // sized once, after the first jobs arrived
};

} // namespace Weir
