#pragma once

#include "flink/jobcheckpoints.h"
#include "flink/jobdetail.h"
#include "jobs/jobmonitor.h"

#include <QPointer>
#include <QTabWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Weir {

class JobGraphView;
class JobManagerClient;
class SavepointRepository;

// The tabs of one opened job in the Jobs panel: overview, job graph, checkpoints, savepoints
// (from the registry), exceptions, configuration and JobManager logs. Live tabs are fed by the
// panel from JobMonitor; configuration and logs are fetched when their tab is shown.
// aspects() says what the monitor must poll for the tab on screen. GUI thread.
class JobDetailTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab {
        OverviewTab,
        GraphTab,
        CheckpointsTab,
        SavepointsTab,
        ExceptionsTab,
        ConfigurationTab,
        LogsTab
    };

    explicit JobDetailTabs(SavepointRepository *registry, QWidget *parent = nullptr);
    ~JobDetailTabs() override;

    // The client of the cluster the job runs on (configuration and logs); may change.
    void setClient(JobManagerClient *client);
    // Empty id: nothing open.
    void setJob(const QString &jobId, const QString &jobName);
    QString jobId() const { return m_jobId; }
    JobMonitor::Aspects aspects() const;

    void showDetail(const JobDetail &detail);
    void showCheckpoints(const CheckpointStats &stats);
    void showExceptions(const JobExceptions &exceptions);
    void showFailure(const QString &reason);
    void reloadSavepoints();

    JobGraphView *graph() const { return m_graph; }
    const std::optional<CheckpointStats> &checkpoints() const { return m_checkpoints; }

signals:
    // The tab on screen changed what the monitor should poll.
    void aspectsChanged(Weir::JobMonitor::Aspects aspects);

private:
    QWidget *buildGraphTab();
    QWidget *buildLogsTab();
    void tabShown(int index);
    void loadConfiguration();
    void loadLogFiles();
    void loadLogTail();

    QPointer<JobManagerClient> m_client;
    SavepointRepository *m_registry;
    QString m_jobId;
    QString m_jobName;
    std::optional<CheckpointStats> m_checkpoints;
    QList<JobExceptionEntry> m_exceptions;

    QLabel *m_overview = nullptr;
    JobGraphView *m_graph = nullptr;
    QLabel *m_checkpointSummary = nullptr;
    QTreeWidget *m_checkpointHistory = nullptr;
    QTreeWidget *m_savepoints = nullptr;
    QTreeWidget *m_exceptionList = nullptr;
    QPlainTextEdit *m_exceptionTrace = nullptr;
    QTreeWidget *m_configuration = nullptr;
    QComboBox *m_logFiles = nullptr;
    QPlainTextEdit *m_logText = nullptr;
};

} // namespace Weir
