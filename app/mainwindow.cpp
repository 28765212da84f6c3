#include "mainwindow.h"

#include "aboutdialog.h"
#include "alerts/alertgroup.h"
#include "alerts/alertservice.h"
#include "alertspanel.h"
#include "clusterspanel.h"
#include "consolepanel.h"
#include "executionsettingspanel.h"
#include "historypanel.h"
#include "jobscontroller.h"
#include "jobspanel.h"
#include "lifecyclecontroller.h"
#include "localtarget.h"
#include "preferencesdialog.h"
#include "projecttree.h"
#include "projecttreemodel.h"
#include "resulttabs.h"
#include "runcontroller.h"
#include "run/executionsettings.h"
#include "scriptjobtracker.h"
#include "scripttabs.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "sqleditor.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "theme.h"
#include "variablesdialog.h"
#include "workspace/workspacepaths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include <functional>

namespace Weir {

MainWindow::MainWindow(Storage &storage, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_storage(storage), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Weir"));
    setWindowIcon(QIcon(QStringLiteral(":/weir/icons/weir.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);

    m_secrets = new Secrets(this);
    m_tabs = new ScriptTabs(storage, this);
    setCentralWidget(m_tabs);
    m_projectTree = new ProjectTree(storage, this);
    m_executionSettings = new ExecutionSettingsPanel(this);
    m_results = new ResultTabs(this);
    m_console = new ConsolePanel(this);
    m_history = new HistoryPanel(storage.runHistory(), this);

    QDockWidget *project = addDock(tr("Project"), QStringLiteral("projectDock"), m_projectTree, Qt::LeftDockWidgetArea);
    addDock(tr("Execution"), QStringLiteral("executionDock"), m_executionSettings, Qt::RightDockWidgetArea);
    QDockWidget *results = addDock(tr("Results"), QStringLiteral("resultsDock"), m_results, Qt::BottomDockWidgetArea);
    QDockWidget *console = addDock(tr("Console"), QStringLiteral("consoleDock"), m_console, Qt::BottomDockWidgetArea);
    tabifyDockWidget(results, console);
    tabifyDockWidget(results, addDock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::BottomDockWidgetArea));
    m_jobs = new JobsPanel(&storage.savepoints(), this);
    tabifyDockWidget(results, addDock(tr("Jobs"), QStringLiteral("jobsDock"), m_jobs, Qt::BottomDockWidgetArea));
    results->raise();
    m_clusters = new ClustersPanel(storage, settings, *m_secrets, this);
    tabifyDockWidget(project, addDock(tr("Clusters"), QStringLiteral("clustersDock"), m_clusters, Qt::LeftDockWidgetArea));
    project->raise();
    m_alertService = new AlertService(storage.alertConfig(), storage.alertHistory(), this);
    m_alertService->setSecretReader([this](const QString &key, std::function<void(Result<QString>)> done) {
        m_secrets->read(key, std::move(done));
    });
    m_alerts = new AlertsPanel(storage.alertConfig(), storage.alertHistory(), m_alertService, this);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("jobsDock")),
                     addDock(tr("Alerts"), QStringLiteral("alertsDock"), m_alerts, Qt::BottomDockWidgetArea));
    findChild<QDockWidget *>(QStringLiteral("resultsDock"))->raise();
    connect(m_alerts, &AlertsPanel::secretEdited, this, [this](const QString &key, const QString &secret) {
        m_secrets->write(key, secret, [this](const Status &status) {
            if (!status)
                m_console->append(ConsolePanel::Level::Error, status.error());
        });
    });
    connect(m_alerts, &AlertsPanel::failed, this,
            [this](const QString &message) { m_console->append(ConsolePanel::Level::Error, message); });
    connect(m_alertService, &AlertService::historyAdded, m_alerts, &AlertsPanel::refreshHistory);
    m_jobsController = new JobsController(storage, settings, *m_secrets, *m_jobs, m_alertService, this);
    m_localTarget = new LocalTarget(storage, settings,
                                    WorkspacePaths(QFileInfo(storage.filePath()).absolutePath()).localFlinkDir(), this);

    m_runs = new RunController(storage, settings, *m_secrets, *m_results, *m_console, this);
    connect(m_tabs, &ScriptTabs::runRequested, m_runs,
            [this](qint64 scriptId, SqlEditor *editor, bool wholeScript) { m_runs->run(scriptId, editor, wholeScript); });
    connect(m_tabs, &ScriptTabs::scriptClosed, m_runs, &RunController::forget);
    m_tabs->setRunningCheck([this](qint64 scriptId) { return m_runs->isRunning(scriptId); });
    connect(m_runs, &RunController::historyChanged, m_history, &HistoryPanel::refresh);
    connect(m_history, &HistoryPanel::openRequested, this, &MainWindow::openHistoryEntry);
    connect(m_history, &HistoryPanel::failed, this,
            [this](const QString &message) { m_console->append(ConsolePanel::Level::Error, message); });
    connect(m_runs, &RunController::resultShown, this,
            [this] { findChild<QDockWidget *>(QStringLiteral("resultsDock"))->raise(); });
    connect(m_console, &ConsolePanel::linkActivated, this, [this](const QUrl &url) {
        const auto [clusterId, jobId] = RunController::parseJobLink(url);
        if (!jobId.isEmpty())
            openJob(clusterId, jobId);
    });
    connect(m_results, &ResultTabs::jobActivated, this,
            [this](qint64 scriptId, const QString &jobId) { openJob(m_runs->targetOf(scriptId), jobId); });
    connect(m_jobsController, &JobsController::restartRequested, this, [this](qint64 scriptId, const QString &savepointPath) {
        if (m_tabs->openScript(scriptId))
            m_runs->run(scriptId, m_tabs->editorFor(scriptId), true, savepointPath);
    });
    // A new savepoint is a restore point the current script's settings can offer at once.
    connect(m_jobsController, &JobsController::savepointCompleted, this, [this] {
        if (const qint64 id = m_tabs->currentScriptId())
            m_executionSettings->setRestorePoints(m_storage.savepoints().list(50, id));
    });
    connect(m_jobsController, &JobsController::messageLogged, this,
            [this](const QString &message) { m_console->append(ConsolePanel::Level::Warning, message); });
    // The tree shows each script's current job as the clusters' overviews tell it; the tracker
    // goes with the tree's model (deleted before the monitors it listens to).
    new ScriptJobTracker(storage, *m_jobsController, *m_runs, *m_projectTree->model(), m_projectTree->model());
    // Develop → publish → online → offline → maintain / retire: states in the tree, locks in the
    // tabs, actions in the Run menu and the tree's context menu.
    m_lifecycle = new LifecycleController(storage, *m_tabs, *m_runs, *m_jobsController, *m_projectTree->model(),
                                          *m_console, this);
    connect(m_lifecycle, &LifecycleController::actionFailed, this,
            [this](qint64, const QString &message) { statusBar()->showMessage(message, 10000); });
    m_projectTree->addScriptActions(
        {m_lifecycle->createMenu([this] { return m_projectTree->currentScriptId(); }, this)->menuAction()});
    createActions();
    statusBar()->showMessage(tr("Workspace: %1").arg(storage.filePath()));

    connect(m_projectTree, &ProjectTree::scriptActivated, m_tabs, &ScriptTabs::openScript);
    connect(m_projectTree, &ProjectTree::scriptRenamed, m_tabs, &ScriptTabs::renameScript);
    connect(m_projectTree, &ProjectTree::scriptsRemoved, m_tabs, &ScriptTabs::closeScripts);
    connect(m_tabs, &ScriptTabs::currentScriptChanged, this, &MainWindow::showCurrentScriptSettings);
    connect(m_tabs, &ScriptTabs::currentScriptChanged, m_projectTree, &ProjectTree::selectScript);
    connect(m_tabs, &ScriptTabs::currentScriptChanged, m_history, &HistoryPanel::setCurrentScript);
    connect(m_tabs, &ScriptTabs::scriptSaved, this, [this](qint64, bool newVersion) {
        statusBar()->showMessage(newVersion ? tr("Saved a new version.") : tr("Saved; the text had not changed."), 3000);
    });
    connect(m_executionSettings, &ExecutionSettingsPanel::settingsEdited, this,
            &MainWindow::storeExecutionSettings);
    connect(&m_settings, &Settings::changed, this, &MainWindow::applyAppearance);
    connect(m_clusters, &ClustersPanel::startLocalRequested, m_localTarget, &LocalTarget::start);
    connect(m_clusters, &ClustersPanel::stopLocalRequested, m_localTarget, &LocalTarget::stop);
    connect(m_clusters, &ClustersPanel::clustersChanged, this, [this] {
        showCurrentScriptSettings(m_tabs->currentScriptId());
        m_jobsController->reloadClusters();
    });
    connect(m_localTarget, &LocalTarget::stateChanged, m_clusters, &ClustersPanel::setLocalState);
    connect(m_localTarget, &LocalTarget::failed, m_clusters, &ClustersPanel::showLocalError);
    connect(m_localTarget, &LocalTarget::messageLogged, m_console, &ConsolePanel::append);

    applyAppearance();
    installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreSession()
{
    const QByteArray geometry = m_settings.get(SettingKeys::mainWindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(m_settings.get(SettingKeys::mainWindowState))) {
        // First start: give the editor most of the room.
        resizeDocks({m_docks.at(0), m_docks.at(1)}, {240, 300}, Qt::Horizontal);
        resizeDocks({m_docks.at(2)}, {200}, Qt::Vertical);
    }

    for (qint64 id : m_settings.get(SettingKeys::openScriptIds))
        m_tabs->openScript(id);
    const QStringList recovered = m_tabs->recoverUnsavedEdits();
    if (!recovered.isEmpty()) {
        const QString message = tr("Recovered unsaved edits of %n script(s): %1", nullptr, int(recovered.size()))
                                    .arg(recovered.join(QStringLiteral(", ")));
        m_console->append(ConsolePanel::Level::Warning, message);
        statusBar()->showMessage(message);
    }
    if (const qint64 current = m_settings.get(SettingKeys::currentScriptId); current > 0)
        m_tabs->openScript(current);
    showCurrentScriptSettings(m_tabs->currentScriptId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits stay in the journal and come back next time: closing never asks or loses text.
    m_tabs->flushJournal();
    saveSession();
    m_localTarget->shutDown();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_jobsController->setWindowMinimised(isMinimized()); // no polling nobody sees
    QMainWindow::changeEvent(event);
}

void MainWindow::openJob(qint64 clusterId, const QString &jobId)
{
    m_jobsController->openJob(clusterId, jobId);
    findChild<QDockWidget *>(QStringLiteral("jobsDock"))->raise();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        emit firstPainted();
    }
    return QMainWindow::eventFilter(watched, event);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    newMenu->addAction(m_projectTree->action(ProjectTree::Action::NewFlinkSqlScript));
    newMenu->addAction(m_projectTree->action(ProjectTree::Action::NewFlinkSqlEnvScript));
    newMenu->addAction(m_projectTree->action(ProjectTree::Action::NewSqlScript));
    newMenu->addAction(m_projectTree->action(ProjectTree::Action::NewFolder));
    QAction *newScript = m_projectTree->action(ProjectTree::Action::NewFlinkSqlScript);
    newScript->setShortcut(QKeySequence::New);
    newScript->setShortcutContext(Qt::WindowShortcut);

    QAction *save = file->addAction(QIcon(QStringLiteral(":/weir/icons/save.svg")), tr("&Save"),
                                    QKeySequence::Save, this, &MainWindow::saveCurrent);
    save->setObjectName(QStringLiteral("actionSave"));
    file->addAction(tr("Save A&ll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                    &MainWindow::saveAll);
    file->addAction(tr("&Close Tab"), QKeySequence::Close, this,
                    [this] { m_tabs->closeTabInteractively(m_tabs->currentIndex()); });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences..."), QKeySequence::Preferences, this,
                                           &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto editorAction = [this, edit](const QString &text, const QKeySequence &keys,
                                     std::function<void(SqlEditor *)> apply) {
        edit->addAction(text, keys, this, [this, apply] {
            if (auto *editor = qobject_cast<SqlEditor *>(m_tabs->currentWidget()))
                apply(editor);
        });
    };
    editorAction(tr("&Undo"), QKeySequence::Undo, [](SqlEditor *e) { e->undo(); });
    editorAction(tr("&Redo"), QKeySequence::Redo, [](SqlEditor *e) { e->redo(); });
    edit->addSeparator();
    editorAction(tr("Cu&t"), QKeySequence::Cut, [](SqlEditor *e) { e->cut(); });
    editorAction(tr("&Copy"), QKeySequence::Copy, [](SqlEditor *e) { e->copy(); });
    editorAction(tr("&Paste"), QKeySequence::Paste, [](SqlEditor *e) { e->paste(); });
    edit->addSeparator();
    editorAction(tr("Select &All"), QKeySequence::SelectAll, [](SqlEditor *e) { e->selectAll(); });
    edit->addSeparator();
    editorAction(tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                 [](SqlEditor *e) { e->toggleComment(); });
    editorAction(tr("F&ormat"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                 [](SqlEditor *e) { e->requestFormat(); });
    editorAction(tr("&Find..."), QKeySequence::Find, [](SqlEditor *e) { e->showFind(false); });
    editorAction(tr("R&eplace..."), QKeySequence::Replace, [](SqlEditor *e) { e->showFind(true); });
    editorAction(tr("&Go to Line..."), QKeySequence(Qt::CTRL | Qt::Key_G),
                 [](SqlEditor *e) { e->showGoToLine(); });
    // The editor handles these keys itself; the menu entries show them and work from the menu.
    for (QAction *a : edit->actions())
        a->setShortcutContext(Qt::WidgetShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : m_docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_projectTree->action(ProjectTree::Action::NewFolder));
    toolbar->addAction(m_projectTree->action(ProjectTree::Action::NewFlinkSqlScript));
    toolbar->addAction(save);
    view->addAction(toolbar->toggleViewAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    // The editor owns Ctrl+Enter / Ctrl+Shift+Enter; these entries show the keys and work
    // from the menu.
    auto runAction = [this, run](const QString &text, const QKeySequence &keys, bool wholeScript) {
        QAction *a = run->addAction(text, keys, this, [this, wholeScript] {
            if (auto *editor = qobject_cast<SqlEditor *>(m_tabs->currentWidget()))
                m_runs->run(m_tabs->currentScriptId(), editor, wholeScript);
        });
        a->setShortcutContext(Qt::WidgetShortcut);
    };
    runAction(tr("Run &Statement"), QKeySequence(Qt::CTRL | Qt::Key_Return), false);
    runAction(tr("Run Scri&pt"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), true);
    run->addAction(tr("S&top"), QKeySequence(Qt::CTRL | Qt::Key_F2), this,
                   [this] { m_runs->stop(m_tabs->currentScriptId()); });
    run->addSeparator();
    run->addMenu(m_lifecycle->createMenu([this] { return m_tabs->currentScriptId(); }, run));
    run->addSeparator();
    run->addAction(tr("Global &Variables..."), this, [this] {
        VariablesDialog dialog(m_storage.variables(), *m_secrets, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Weir"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::saveSession()
{
    m_settings.set(SettingKeys::mainWindowGeometry, saveGeometry());
    m_settings.set(SettingKeys::mainWindowState, saveState());
    m_settings.set(SettingKeys::openScriptIds, m_tabs->openScriptIds());
    m_settings.set(SettingKeys::currentScriptId, m_tabs->currentScriptId());
}

void MainWindow::applyAppearance()
{
    QFont font(m_settings.get(SettingKeys::editorFontFamily));
    font.setStyleHint(QFont::Monospace);
    font.setPointSize(m_settings.get(SettingKeys::editorFontSize));
    const bool dark = m_settings.get(SettingKeys::theme) == QLatin1String("dark");
    m_tabs->setEditorFont(font);
    m_tabs->setDarkTheme(dark);
    m_storage.journal().setDelayMs(m_settings.get(SettingKeys::journalDelayMs));
    Theme::apply(dark);
}

void MainWindow::showCurrentScriptSettings(qint64 scriptId)
{
    const std::optional<Script> script = scriptId ? m_storage.scripts().find(scriptId) : std::nullopt;
    if (!script) {
        m_executionSettings->showUnavailable(tr("Open a Flink SQL script to edit how it runs."));
        return;
    }
    if (script->type == ScriptType::FlinkSqlEnv) {
        m_executionSettings->showUnavailable(
            tr("\"%1\" is an environment script: other scripts run it first (choose it under Environment in their settings).")
                .arg(script->name));
        return;
    }
    if (script->type == ScriptType::Sql) {
        m_executionSettings->showUnavailable(tr("\"%1\" runs against a database, not Flink.").arg(script->name));
        return;
    }
    QList<ExecutionSettingsPanel::Choice> clusters;
    for (const Cluster &c : m_storage.clusters().all())
        clusters.append({c.id, c.name});
    QList<ExecutionSettingsPanel::Choice> environments;
    for (const Script &s : m_storage.scripts().allWithoutText()) {
        if (s.type == ScriptType::FlinkSqlEnv)
            environments.append({s.id, s.name});
    }
    QList<ExecutionSettingsPanel::Choice> alertGroups;
    for (const AlertGroup &group : m_storage.alertConfig().groups())
        alertGroups.append({group.id, group.name});
    m_executionSettings->showSettings(ExecutionSettings::fromJson(script->settings), clusters, environments,
                                      alertGroups);
    m_executionSettings->setRestorePoints(m_storage.savepoints().list(50, script->id));
}

void MainWindow::storeExecutionSettings(const ExecutionSettings &settings)
{
    const qint64 id = m_tabs->currentScriptId();
    if (!id)
        return;
    if (const Status status = m_storage.scripts().mergeSettings(id, settings.toJson()); !status)
        m_console->append(ConsolePanel::Level::Error, status.error());
}

void MainWindow::openHistoryEntry(const RunHistoryEntry &entry)
{
    if (entry.scriptId && m_tabs->revealStatement(entry.scriptId, entry.statement, entry.line))
        return;
    // Its script is gone: the statement comes back as a new script.
    const QString text = entry.statement + QStringLiteral(";\n");
    if (const qint64 id = m_projectTree->addScript(tr("From History"), ScriptType::FlinkSql, text))
        m_tabs->openScript(id);
}

void MainWindow::saveCurrent()
{
    if (const Status status = m_tabs->saveCurrent(); !status)
        QMessageBox::warning(this, tr("Save"), status.error());
}

void MainWindow::saveAll()
{
    if (const Status status = m_tabs->saveAll(); !status)
        QMessageBox::warning(this, tr("Save"), status.error());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Weir
