#pragma once

#include <QMainWindow>

class QDockWidget;

namespace Weir {

class AlertService;
class AlertsPanel;
class ClustersPanel;
class ConsolePanel;
class ExecutionSettingsPanel;
class HistoryPanel;
class JobsController;
class JobsPanel;
class LifecycleController;
class LocalTarget;
class ProjectTree;
class ResultTabs;
class RunController;
class ScriptTabs;
class Secrets;
class Settings;
class Storage;
struct ExecutionSettings;
struct RunHistoryEntry;

// The studio window: creates the docks, registers the actions and connects them. GUI thread.
// It owns no feature logic; each piece it wires does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Storage &storage, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores layout and open tabs, then reopens unsaved edits left by a crash.
    void restoreSession();

    ProjectTree *projectTree() const { return m_projectTree; }
    ScriptTabs *scriptTabs() const { return m_tabs; }
    RunController *runs() const { return m_runs; }
    ConsolePanel *console() const { return m_console; }
    ResultTabs *results() const { return m_results; }
    HistoryPanel *history() const { return m_history; }
    JobsPanel *jobs() const { return m_jobs; }
    JobsController *jobsController() const { return m_jobsController; }
    ExecutionSettingsPanel *executionSettings() const { return m_executionSettings; }
    ClustersPanel *clusters() const { return m_clusters; }
    LocalTarget *localTarget() const { return m_localTarget; }
    LifecycleController *lifecycle() const { return m_lifecycle; }

signals:
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content,
                         Qt::DockWidgetArea area);
    void createActions();
    void saveSession();
    void applyAppearance();
    void showCurrentScriptSettings(qint64 scriptId);
    void storeExecutionSettings(const ExecutionSettings &settings);
    void saveCurrent();
    void saveAll();
    void showPreferences();
    void showAbout();
    void openHistoryEntry(const RunHistoryEntry &entry);
    void openJob(qint64 clusterId, const QString &jobId);

    Storage &m_storage;
    Settings &m_settings;
    Secrets *m_secrets = nullptr;
    ProjectTree *m_projectTree = nullptr;
    ScriptTabs *m_tabs = nullptr;
    ConsolePanel *m_console = nullptr;
    ResultTabs *m_results = nullptr;
    HistoryPanel *m_history = nullptr;
    JobsPanel *m_jobs = nullptr;
    JobsController *m_jobsController = nullptr;
    AlertService *m_alertService = nullptr;
    AlertsPanel *m_alerts = nullptr;
    ExecutionSettingsPanel *m_executionSettings = nullptr;
    ClustersPanel *m_clusters = nullptr;
    LocalTarget *m_localTarget = nullptr;
    RunController *m_runs = nullptr;
    LifecycleController *m_lifecycle = nullptr;
    QList<QDockWidget *> m_docks;
    bool m_painted = false;
};

} // namespace Weir
