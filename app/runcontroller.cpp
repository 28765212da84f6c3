#include "runcontroller.h"

#include "consolepanel.h"
#include "flink/clusterprobe.h"
#include "flink/gatewayclient.h"
#include "flink/statementrun.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "run/scriptrunner.h"
#include "sqleditor.h"
#include "sql/textpositions.h"
#include "store/storage.h"

namespace Weir {

namespace {
constexpr int kRequestTimeoutMs = 30000;
} // namespace

struct RunController::Tab
{
    QString gatewayUrl;
    GatewayClient *client = nullptr; // owned by the controller
    ScriptRunner *runner = nullptr;
    ResultStore *store = nullptr;
    QPointer<SqlEditor> editor; // where errors of the run are marked
    bool negotiated = false;
    std::optional<RunPlan> pending; // waiting for the version negotiation
};

RunController::RunController(Storage &storage, ResultsPanel &results, ConsolePanel &console,
                             QObject *parent)
    : QObject(parent), m_storage(storage), m_results(results), m_console(console)
{
}

RunController::~RunController()
{
    qDeleteAll(m_tabs);
}

void RunController::run(qint64 scriptId, SqlEditor *editor, bool wholeScript)
{
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script)
        return;
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
        return;
    }

    RunPlan::Input input;
    input.script = editor->text();
    input.settings = settings;
    if (settings.environmentScriptId) {
        if (const std::optional<Script> env = m_storage.scripts().find(settings.environmentScriptId))
            input.environmentScript = env->text;
    }
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
    const RunPlan plan = RunPlan::build(input);

    if (const Tab *old = m_tabs.value(scriptId); old && old->gatewayUrl != target->gatewayUrl)
        forget(scriptId); // the target moved: a new session on the new gateway
    Tab *&tab = m_tabs[scriptId];
    if (!tab) {
        tab = new Tab;
        tab->gatewayUrl = target->gatewayUrl;
        tab->client = new GatewayClient(
            ClusterProbe::options(*target, QUrl(target->gatewayUrl), QString(), kRequestTimeoutMs), this);
        tab->runner = new ScriptRunner(tab->client, this);
        tab->runner->setTargetName(target->name);
        bindRunner(scriptId, *tab);
    }
    if (tab->runner->isRunning()) {
        m_console.append(ConsolePanel::Level::Warning, tr("\"%1\" is still running; stop it first.").arg(script->name));
        return;
    }
    tab->editor = editor;
    editor->clearFlinkErrors();
    start(*tab, plan);
}

void RunController::start(Tab &tab, const RunPlan &plan)
{
    if (tab.negotiated) {
        tab.runner->run(plan);
        return;
    }
    tab.pending = plan;
    tab.client->negotiate();
}

void RunController::bindRunner(qint64 scriptId, Tab &tab)
{
    Tab *t = &tab;
    connect(tab.client, &GatewayClient::negotiated, this, [t] {
        t->negotiated = true;
        if (t->pending) {
            t->runner->run(*t->pending);
            t->pending.reset();
        }
    });
    connect(tab.client, &GatewayClient::failed, this, [this, t](const GatewayError &error) {
        t->pending.reset();
        m_console.append(ConsolePanel::Level::Error, error.describe());
    });
    connect(tab.runner, &ScriptRunner::logged, this,
            [this](const QString &line) { m_console.append(ConsolePanel::Level::Info, line); });
    connect(tab.runner, &ScriptRunner::statementFinished, this, [this, t](const StatementOutcome &outcome) {
        if (outcome.status != StatementOutcome::Status::Failed)
            return;
        m_console.append(ConsolePanel::Level::Error, outcome.errorStart
                             ? tr("Line %1, column %2: %3").arg(outcome.errorStart->line).arg(outcome.errorStart->column).arg(outcome.error)
                             : outcome.error);
        markError(*t, outcome);
    });
    connect(tab.runner, &ScriptRunner::resultStarted, this, [this, t, scriptId](int, StatementRun *run) {
        // One result on screen per script: the newest replaces the previous one.
        m_results.bind(nullptr);
        delete t->store;
        t->store = new ResultStore(this);
        t->store->setMaxRows(t->runner->plan().maxRows());
        ResultStore *store = t->store;
        connect(run, &StatementRun::columnsReceived, store,
                [store, run](const QList<ColumnInfo> &columns) { store->begin(run->generation(), columns); });
        connect(run, &StatementRun::rowsReceived, store, [store](const RowBatch &batch) { store->apply(batch); });
        connect(run, &StatementRun::jobIdReceived, this, [this](const QString &jobId) { m_results.setJobId(jobId); });
        m_results.bind(store);
        Q_UNUSED(scriptId);
        emit resultShown();
    });
    connect(tab.runner, &ScriptRunner::runFinished, this, [this] { m_results.setFinished(); });
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

bool RunController::isRunning(qint64 scriptId) const
{
    const Tab *tab = m_tabs.value(scriptId);
    return tab && tab->runner->isRunning();
}

void RunController::forget(qint64 scriptId)
{
    if (Tab *tab = m_tabs.take(scriptId)) {
        tab->runner->closeSession();
        tab->runner->deleteLater();
        tab->client->deleteLater();
        delete tab->store;
        delete tab;
    }
}

} // namespace Weir
