#include "runcontroller.h"

#include "consolepanel.h"
#include "flink/clusterprobe.h"
#include "flink/gatewayclient.h"
#include "flink/jobmanagerclient.h"
#include "flink/statementrun.h"
#include "jobs/restorepointresolver.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "resulttabs.h"
#include "run/runhistoryrecorder.h"
#include "run/scriptrunner.h"
#include "run/workspacevariablesloader.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "sqleditor.h"
#include "sql/textpositions.h"
#include "store/secrets.h"
#include "store/storage.h"

namespace Weir {

struct RunController::Request
{
    qint64 scriptId = 0;
    QString scriptName;
    QPointer<SqlEditor> editor;
    bool withEditor = false; // run from an editor: nothing to do once its tab closed
    bool explicitSavepoint = false; // a restart from a given path: no savepoint strategy applies
    Cluster target;
    RunPlan::Input input;
};

struct RunController::Tab
{
    QByteArray connection; // gateway URL and credentials the session was opened with
    qint64 clusterId = 0;
    GatewayClient *client = nullptr; // owned by the controller
    ScriptRunner *runner = nullptr;
    RunHistoryRecorder *history = nullptr;
    QPointer<ResultsPanel> result; // the newest result of the run, while its tab is open
    QPointer<SqlEditor> editor; // where errors of the run are marked
    bool negotiated = false;
    std::optional<RunPlan> pending; // waiting for the version negotiation
};

RunController::RunController(Storage &storage, Settings &settings, Secrets &secrets,
                             ResultTabs &results, ConsolePanel &console, QObject *parent)
    : QObject(parent), m_storage(storage), m_settings(settings), m_secrets(secrets), m_results(results),
      m_console(console)
{
}

RunController::~RunController()
{
    qDeleteAll(m_tabs);
    qDeleteAll(m_closing);
}

void RunController::run(qint64 scriptId, SqlEditor *editor, bool wholeScript, const QString &savepointPath)
{
    const std::shared_ptr<Request> request = prepare(scriptId, editor->text(), savepointPath);
    if (!request)
        return;
    request->editor = editor;
    request->withEditor = true;
    RunPlan::Input &input = request->input;
    const TextPositions positions = TextPositions::fromString(input.script);
    if (editor->hasSelectedText()) {
        int lineFrom, indexFrom, lineTo, indexTo;
        editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        input.scope = RunPlan::Scope::Selection;
        input.selectionBegin = positions.utf16Offset(ByteOffset{editor->positionFromLineIndex(lineFrom, indexFrom)});
        input.selectionEnd = positions.utf16Offset(ByteOffset{editor->positionFromLineIndex(lineTo, indexTo)});
    } else if (!wholeScript) {
        input.scope = RunPlan::Scope::Caret;
        input.caret = positions.utf16Offset(editor->caretOffset());
    }
    m_preparing.insert(scriptId);
    loadVariables(request);
}

void RunController::runText(qint64 scriptId, const QString &text)
{
    const std::shared_ptr<Request> request = prepare(scriptId, text, QString());
    if (!request)
        return;
    m_preparing.insert(scriptId);
    loadVariables(request);
}

std::shared_ptr<RunController::Request> RunController::prepare(qint64 scriptId, const QString &text,
                                                               const QString &savepointPath)
{
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script) {
        m_console.append(ConsolePanel::Level::Error, tr("The script to run (%1) no longer exists.").arg(scriptId));
        emit runEnded(scriptId, false);
        return nullptr;
    }
    if (isRunning(scriptId)) {
        m_console.append(ConsolePanel::Level::Warning, tr("\"%1\" is still running; stop it first.").arg(script->name));
        emit runEnded(scriptId, false);
        return nullptr;
    }
    const ExecutionSettings settings = ExecutionSettings::fromJson(script->settings);

    // The chosen target, else the first cluster that has a gateway (a started Local counts).
    std::optional<Cluster> target;
    for (const Cluster &c : m_storage.clusters().all()) {
        if ((settings.clusterId == 0 || c.id == settings.clusterId) && !c.gatewayUrl.isEmpty()) {
            target = c;
            break;
        }
    }
    if (!target) {
        m_console.append(ConsolePanel::Level::Error,
                         tr("No running target: choose one under Execution, or start Local in Clusters."));
        emit runEnded(scriptId, false);
        return nullptr;
    }

    auto request = std::make_shared<Request>();
    request->scriptId = scriptId;
    request->scriptName = script->name;
    request->target = *target;
    request->explicitSavepoint = !savepointPath.isEmpty();
    RunPlan::Input &input = request->input;
    input.script = text;
    input.settings = settings;
    input.restorePath = savepointPath;
    if (settings.environmentScriptId) {
        if (const std::optional<Script> env = m_storage.scripts().find(settings.environmentScriptId))
            input.environmentScript = env->text;
    }
    return request;
}

void RunController::loadVariables(const std::shared_ptr<Request> &request)
{
    if (!request->input.settings.globalVariables) {
        readSecret(request);
        return;
    }
    WorkspaceVariablesLoader::load(m_storage.variables(), m_secrets,
                                   [this, request](const Result<WorkspaceVariablesLoader::Variables> &variables) {
        if (!variables) {
            abandon(*request, tr("Global variables: %1").arg(variables.error()));
            return;
        }
        request->input.workspaceVariables = variables.value();
        readSecret(request);
    });
}

void RunController::readSecret(const std::shared_ptr<Request> &request)
{
    const Cluster &target = request->target;
    if (target.authKind != QLatin1String("basic") && target.authKind != QLatin1String("bearer")) {
        resolveRestore(request, QString());
        return;
    }
    const QString key = target.secretRef.isEmpty() ? Secrets::clusterKey(target.id) : target.secretRef;
    m_secrets.read(key, [this, request](const Result<QString> &secret) {
        if (!secret) {
            abandon(*request, tr("The password or token of \"%1\": %2").arg(request->target.name, secret.error()));
            return;
        }
        resolveRestore(request, secret.value());
    });
}

void RunController::resolveRestore(const std::shared_ptr<Request> &request, const QString &secret)
{
    const RunPlan::Input &input = request->input;
    const QString claim = ExecutionSettings::claimModeName(input.settings.claimMode);
    // Built once; what it restores from is set on it once resolved.
    RunPlan plan = RunPlan::build(input);
    // Only a job statement restores; a restart from a given path needs nothing resolved.
    if (!plan.hasJobStatement()) {
        plan.restoreFrom(QString(), input.settings.claimMode);
        launch(*request, plan, secret);
        return;
    }
    if (request->explicitSavepoint) {
        m_console.append(ConsolePanel::Level::Info, tr("Restoring from %1 (restart from the Jobs dock), claim mode %2")
                                                        .arg(input.restorePath, claim));
        emit restoring(request->scriptId, input.restorePath);
        launch(*request, plan, secret);
        return;
    }
    const Cluster &cluster = request->target;
    // The JobManager is asked only for the latest checkpoint; the client lives until it answered.
    JobManagerClient *client = nullptr;
    if (input.settings.savepointStrategy == ExecutionSettings::SavepointStrategy::LatestCheckpoint
        && !cluster.jobManagerUrl.isEmpty()) {
        client = new JobManagerClient(ClusterProbe::options(cluster, QUrl(cluster.jobManagerUrl), secret,
                                                            m_settings.get(SettingKeys::requestTimeoutSeconds) * 1000),
                                      this);
    }
    const RestorePointResolver resolver(m_storage.savepoints(), m_storage.runHistory());
    resolver.resolve({request->scriptId, request->scriptName, cluster.id, cluster.name}, input.settings, client, this,
                     [this, request, plan, secret, client, claim](const Result<RestorePointResolver::RestorePoint> &point) mutable {
        if (client)
            client->deleteLater();
        if (!point) {
            abandon(*request, point.error());
            return;
        }
        plan.restoreFrom(point->path, request->input.settings.claimMode);
        if (point->path.isEmpty() && !point->origin.isEmpty()) {
            m_console.append(ConsolePanel::Level::Warning, tr("Starting \"%1\" without state: %2.")
                                                               .arg(request->scriptName, point->origin));
        } else if (!point->path.isEmpty()) {
            m_console.append(ConsolePanel::Level::Info, tr("Restoring from %1 %2 (%3), claim mode %4")
                                                            .arg(point->kind == QLatin1String("checkpoint")
                                                                     ? tr("checkpoint") : tr("savepoint"),
                                                                 point->path, point->origin, claim));
            emit restoring(request->scriptId, point->path);
        }
        launch(*request, plan, secret);
    });
}

void RunController::abandon(const Request &request, const QString &message)
{
    m_preparing.remove(request.scriptId);
    m_console.append(ConsolePanel::Level::Error, message);
    emit runEnded(request.scriptId, false);
}

void RunController::launch(const Request &request, const RunPlan &plan, const QString &secret)
{
    m_preparing.remove(request.scriptId);
    if (request.withEditor && !request.editor) {
        emit runEnded(request.scriptId, false); // its tab closed meanwhile
        return;
    }
    const Cluster &target = request.target;
    HttpClient::Options options = ClusterProbe::options(
        target, QUrl(target.gatewayUrl), secret, m_settings.get(SettingKeys::requestTimeoutSeconds) * 1000);
    options.retries = m_settings.get(SettingKeys::requestRetries);
    const QByteArray connection = target.gatewayUrl.toUtf8() + '\n' + HttpClient::authorizationHeader(options);

    if (const Tab *old = m_tabs.value(request.scriptId); old && old->connection != connection)
        forget(request.scriptId); // the target or its credentials changed: a new session
    Tab *&tab = m_tabs[request.scriptId];
    if (!tab) {
        tab = new Tab;
        tab->connection = connection;
        tab->clusterId = target.id;
        tab->client = new GatewayClient(options, this);
        tab->runner = new ScriptRunner(tab->client, this);
        tab->runner->setTargetName(target.name);
        tab->history = new RunHistoryRecorder(m_storage.runHistory(), tab->runner, tab->runner);
        bindRunner(request.scriptId, *tab);
    }
    tab->editor = request.editor;
    tab->history->setScript(request.scriptId, request.scriptName);
    if (request.editor)
        request.editor->clearFlinkErrors();
    start(request.scriptId, *tab, plan);
}

void RunController::start(qint64 scriptId, Tab &tab, const RunPlan &plan)
{
    if (tab.negotiated) {
        if (!tab.runner->run(plan))
            emit runEnded(scriptId, false);
        return;
    }
    tab.pending = plan;
    tab.client->negotiate();
}

void RunController::bindRunner(qint64 scriptId, Tab &tab)
{
    Tab *t = &tab;
    connect(tab.client, &GatewayClient::negotiated, this, [this, t, scriptId] {
        t->negotiated = true;
        if (t->pending) {
            const bool started = t->runner->run(*t->pending);
            t->pending.reset();
            if (!started)
                emit runEnded(scriptId, false);
        }
    });
    connect(tab.client, &GatewayClient::failed, this, [this, t, scriptId](const GatewayError &error) {
        const bool waiting = t->pending.has_value();
        t->pending.reset();
        m_console.append(ConsolePanel::Level::Error, error.describe());
        if (waiting)
            emit runEnded(scriptId, false);
    });
    connect(tab.runner, &ScriptRunner::logged, this,
            [this](const QString &line) { m_console.append(ConsolePanel::Level::Info, line); });
    connect(tab.history, &RunHistoryRecorder::recorded, this, &RunController::historyChanged);
    connect(tab.history, &RunHistoryRecorder::failed, this, [this](const QString &message) {
        m_console.append(ConsolePanel::Level::Warning, tr("Run history: %1").arg(message));
    });
    connect(tab.runner, &ScriptRunner::runStarted, this, [this, scriptId] { m_results.beginRun(scriptId); });
    connect(tab.runner, &ScriptRunner::jobSubmitted, this, [this, t, scriptId](int, const QString &jobId) {
        m_console.appendLink(ConsolePanel::Level::Info, tr("Job %1:").arg(jobId), tr("Open in Jobs"),
                             jobLink(t->clusterId, jobId));
        emit jobSubmitted(scriptId, t->clusterId, jobId);
    });
    connect(tab.runner, &ScriptRunner::statementFinished, this, [this, t](const StatementOutcome &outcome) {
        if (outcome.kind == StatementKind::Explain && t->result && t->result->store())
            showPlan(*t->result);
        if (outcome.status != StatementOutcome::Status::Failed)
            return;
        m_console.append(ConsolePanel::Level::Error, outcome.errorStart
                             ? tr("Line %1, column %2: %3").arg(outcome.errorStart->line).arg(outcome.errorStart->column).arg(outcome.error)
                             : outcome.error);
        markError(*t, outcome);
    });
    connect(tab.runner, &ScriptRunner::resultStarted, this, [this, t, scriptId](int index, StatementRun *run) {
        auto *store = new ResultStore;
        store->setMaxRows(t->runner->plan().maxRows());
        connect(run, &StatementRun::columnsReceived, store,
                [store, run](const QList<ColumnInfo> &columns) { store->begin(run->generation(), columns); });
        connect(run, &StatementRun::rowsReceived, store, [store](const RowBatch &batch) { store->apply(batch); });
        const QVector<PlannedStatement> &statements = t->runner->plan().statements();
        const QString origin = index < statements.size() ? statements.at(index).display : QString();
        ResultsPanel *panel = m_results.addResult(scriptId, store, origin);
        t->result = panel;
        // The chart of a script's results is configured once and remembered with the script.
        if (const std::optional<Script> script = m_storage.scripts().find(scriptId))
            panel->setChartSettings(script->settings.value(QLatin1String("chart")).toObject());
        connect(panel, &ResultsPanel::chartSettingsChanged, this, [this, scriptId](const QJsonObject &chart) {
            if (const Status stored = m_storage.scripts().mergeSettings(scriptId, {{QStringLiteral("chart"), chart}}); !stored)
                m_console.append(ConsolePanel::Level::Warning, stored.error());
        });
        connect(run, &StatementRun::jobIdReceived, panel, &ResultsPanel::setJobId);
        // Closing the tab of a result that is still streaming stops the run: nobody looks at it.
        connect(panel, &QObject::destroyed, run, [t, run] {
            if (run->isActive() && t->runner->isRunning())
                t->runner->stop();
        });
        emit resultShown();
    });
    connect(tab.runner, &ScriptRunner::runFinished, this, [this, t, scriptId](ScriptRunner::RunStatus status) {
        if (t->result)
            t->result->setFinished();
        emit runEnded(scriptId, status == ScriptRunner::RunStatus::Succeeded);
    });
}

void RunController::showPlan(ResultsPanel &panel)
{
    // EXPLAIN answers one row whose single column holds the whole plan.
    const ResultStore *store = panel.store();
    QStringList plan;
    for (int row = 0; row < store->rowCount(); ++row)
        plan.append(store->text(row, 0).toString());
    if (!plan.isEmpty())
        panel.showExplain(plan.join(QLatin1Char('\n')));
}

void RunController::markError(const Tab &tab, const StatementOutcome &outcome)
{
    const QVector<PlannedStatement> &planned = tab.runner->plan().statements();
    const bool inScript = outcome.index >= 0 && outcome.index < planned.size()
                          && planned.at(outcome.index).source == PlannedStatement::Source::Script;
    if (!tab.editor || !outcome.errorStart || !inScript)
        return;
    // The editor's statement holding the error: the last one that starts at or before it.
    const QVector<Statement> statements = tab.editor->statements();
    const Statement *holder = nullptr;
    for (const Statement &statement : statements) {
        if (!(*outcome.errorStart < statement.start))
            holder = &statement;
    }
    if (holder) {
        tab.editor->showFlinkError(*holder, TextPositions::toStatementRelative(holder->start, *outcome.errorStart),
                                   outcome.error);
    }
}

void RunController::stop(qint64 scriptId)
{
    if (Tab *tab = m_tabs.value(scriptId))
        tab->runner->stop();
}

qint64 RunController::targetOf(qint64 scriptId) const
{
    const Tab *tab = m_tabs.value(scriptId);
    return tab ? tab->clusterId : 0;
}

QUrl RunController::jobLink(qint64 clusterId, const QString &jobId)
{
    return QUrl(QStringLiteral("weir-job:%1/%2").arg(clusterId).arg(jobId));
}

std::pair<qint64, QString> RunController::parseJobLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("weir-job"))
        return {0, QString()};
    const QString clusterId = url.path().section(QLatin1Char('/'), 0, 0);
    return {clusterId.toLongLong(), url.path().section(QLatin1Char('/'), 1)};
}

bool RunController::isRunning(qint64 scriptId) const
{
    // Waiting for the keychain or the version negotiation counts as running.
    const Tab *tab = m_tabs.value(scriptId);
    return m_preparing.contains(scriptId) || (tab && (tab->runner->isRunning() || tab->pending));
}

void RunController::forget(qint64 scriptId)
{
    Tab *tab = m_tabs.take(scriptId);
    if (!tab)
        return;
    // The runner stops its run (cancelling the Flink job) and closes the session before it goes.
    m_closing.insert(tab);
    connect(tab->runner, &ScriptRunner::sessionClosed, this, [this, tab] {
        m_closing.remove(tab);
        tab->runner->deleteLater();
        tab->client->deleteLater();
        delete tab;
    }, Qt::SingleShotConnection);
    tab->runner->closeSession();
}

} // namespace Weir
