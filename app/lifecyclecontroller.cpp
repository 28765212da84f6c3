#include "lifecyclecontroller.h"

#include "consolepanel.h"
#include "jobs/jobmonitor.h"
#include "jobscontroller.h"
#include "lifecyclehistorydialog.h"
#include "projecttreemodel.h"
#include "runcontroller.h"
#include "scripttabs.h"
#include "store/storage.h"

#include <QDateTime>
#include <QMenu>

namespace Weir {

LifecycleController::LifecycleController(Storage &storage, ScriptTabs &tabs, RunController &runs,
                                         JobsController &jobs, ProjectTreeModel &tree,
                                         ConsolePanel &console, QWidget *window)
    : QObject(window), m_storage(storage), m_tabs(tabs), m_runs(runs), m_jobs(jobs), m_tree(tree),
      m_console(console), m_window(window)
{
    m_tabs.setLockReason(
        [this](qint64 scriptId) { return lockReason(m_storage.lifecycle().of(scriptId)); });
    connect(&m_runs, &RunController::jobSubmitted, this, &LifecycleController::onJobSubmitted);
    connect(&m_runs, &RunController::runEnded, this, &LifecycleController::onRunEnded);
    connect(&m_runs, &RunController::restoring, this, [this](qint64 scriptId, const QString &path) {
        if (const auto it = m_goingOnline.find(scriptId); it != m_goingOnline.end())
            it->restoredFrom = path;
    });
    for (const ScriptLifecycle &lifecycle : m_storage.lifecycle().all())
        show(lifecycle);
}

QMenu *LifecycleController::createMenu(std::function<qint64()> scriptOf, QWidget *parent)
{
    auto *menu = new QMenu(tr("&Lifecycle"), parent);
    menu->setObjectName(QStringLiteral("lifecycleMenu"));
    QList<std::pair<LifecycleAction, QAction *>> actions;
    for (LifecycleAction action : Lifecycle::actions()) {
        QAction *a = menu->addAction(Lifecycle::actionLabel(action));
        // Named after where it leads, for tests and style sheets ("lifecycleTo_online").
        a->setObjectName(QStringLiteral("lifecycleTo_") +
                         Lifecycle::stateName(Lifecycle::target(action)));
        actions.append({action, a});
        connect(a, &QAction::triggered, this, [this, scriptOf, action] {
            if (const qint64 id = scriptOf())
                trigger(id, action);
        });
    }
    menu->addSeparator();
    QAction *history = menu->addAction(tr("Lifecycle &History..."));
    history->setObjectName(QStringLiteral("lifecycleHistory"));
    connect(history, &QAction::triggered, this, [this, scriptOf] {
        if (const qint64 id = scriptOf())
            showHistory(id);
    });
    // Enabled by the state of the script the menu is about to act on, read when it opens.
    connect(menu, &QMenu::aboutToShow, this, [this, scriptOf, actions, history] {
        const qint64 id = scriptOf();
        const LifecycleState state = stateOf(id);
        for (const auto &[action, a] : actions)
            a->setEnabled(id != 0 && !isBusy(id) && Lifecycle::allows(state, action));
        history->setEnabled(id != 0);
    });
    return menu;
}

LifecycleState LifecycleController::stateOf(qint64 scriptId) const
{
    return scriptId ? m_storage.lifecycle().of(scriptId).state : LifecycleState::Develop;
}

void LifecycleController::trigger(qint64 scriptId, LifecycleAction action)
{
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script)
        return;
    if (isBusy(scriptId)) {
        fail(scriptId, script->name, action,
             tr("%1 is still under way.").arg(Lifecycle::actionLabel(m_busy.value(scriptId))));
        return;
    }
    const ScriptLifecycle now = m_storage.lifecycle().of(scriptId);
    // Publish checks the text once it is saved; Go Online checks the published version.
    if (action != LifecycleAction::Publish && action != LifecycleAction::GoOnline) {
        if (const Status allowed = Lifecycle::check(now.state, action, script->type, script->text);
            !allowed) {
            fail(scriptId, script->name, action, allowed.error());
            return;
        }
    }
    switch (action) {
    case LifecycleAction::Publish:
        publish(scriptId, *script);
        return;
    case LifecycleAction::GoOnline:
        goOnline(scriptId, *script);
        return;
    case LifecycleAction::GoOffline:
        goOffline(scriptId, *script);
        return;
    case LifecycleAction::Maintain:
    case LifecycleAction::Retire: {
        LifecycleEvent event;
        // The version concerned, if any: one published earlier is no longer what a script in
        // development is about.
        if (now.state != LifecycleState::Develop)
            event.version = now.publishedVersion;
        ScriptLifecycle next = now;
        next.state = Lifecycle::target(action);
        record(*script, next, event);
        return;
    }
    }
}

void LifecycleController::publish(qint64 scriptId, const Script &script)
{
    const LifecycleState state = stateOf(scriptId);
    if (!Lifecycle::allows(state, LifecycleAction::Publish)) {
        fail(scriptId, script.name, LifecycleAction::Publish,
             Lifecycle::check(state, LifecycleAction::Publish, script.type, script.text).error());
        return;
    }
    // What is frozen is what the user sees: the editor's text, saved first.
    if (const Status saved = m_tabs.saveScript(scriptId); !saved) {
        fail(scriptId, script.name, LifecycleAction::Publish, saved.error());
        return;
    }
    const std::optional<Script> current = m_storage.scripts().find(scriptId);
    const QString text = current ? current->text : QString();
    if (const Status allowed = Lifecycle::check(state, LifecycleAction::Publish, script.type, text);
        !allowed) {
        fail(scriptId, script.name, LifecycleAction::Publish, allowed.error());
        return;
    }
    // Every save of a changed text adds a version, so the newest one holds the saved text.
    const QList<ScriptVersion> versions = m_storage.scripts().versions(scriptId);
    if (versions.isEmpty() || versions.constLast().text != text) {
        fail(
            scriptId, script.name, LifecycleAction::Publish,
            tr("The saved text is not in the version history; save the script and publish again."));
        return;
    }
    ScriptLifecycle next = m_storage.lifecycle().of(scriptId);
    next.state = LifecycleState::Published;
    next.publishedVersion = versions.constLast().version;
    LifecycleEvent event;
    event.version = next.publishedVersion;
    record(script, next, event);
}

void LifecycleController::goOnline(qint64 scriptId, const Script &script)
{
    const ScriptLifecycle now = m_storage.lifecycle().of(scriptId);
    QString text;
    for (const ScriptVersion &version : m_storage.scripts().versions(scriptId)) {
        if (version.version == now.publishedVersion)
            text = version.text;
    }
    if (const Status allowed =
            Lifecycle::check(now.state, LifecycleAction::GoOnline, script.type, text);
        !allowed) {
        fail(scriptId, script.name, LifecycleAction::GoOnline, allowed.error());
        return;
    }
    m_busy.insert(scriptId, LifecycleAction::GoOnline);
    m_goingOnline.insert(scriptId, {now.publishedVersion, QString(), 0});
    m_console.append(ConsolePanel::Level::Info,
                     tr("\"%1\": going online with published version %2...")
                         .arg(script.name)
                         .arg(now.publishedVersion));
    // The published text, never the editor's: online is what was frozen.
    m_runs.runText(scriptId, text);
}

void LifecycleController::onJobSubmitted(qint64 scriptId, qint64 clusterId, const QString &jobId)
{
    auto it = m_goingOnline.find(scriptId);
    if (it == m_goingOnline.end() || !it->jobId.isEmpty())
        return; // not going online, or a later job of the same run: the first one is watched
    it->jobId = jobId;
    it->clusterId = clusterId;
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script)
        return;
    ScriptLifecycle next = m_storage.lifecycle().of(scriptId);
    next.state = LifecycleState::Online;
    next.jobId = jobId;
    next.clusterId = clusterId;
    LifecycleEvent event;
    event.version = it->version;
    event.savepointPath = it->restoredFrom;
    record(*script, next, event);
}

void LifecycleController::onRunEnded(qint64 scriptId, bool succeeded)
{
    const auto it = m_goingOnline.constFind(scriptId);
    if (it == m_goingOnline.cend())
        return;
    const Online online = *it;
    m_goingOnline.erase(it);
    m_busy.remove(scriptId);
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    const QString name = script ? script->name : QString::number(scriptId);
    if (online.jobId.isEmpty()) {
        fail(scriptId, name, LifecycleAction::GoOnline,
             tr("The run ended without submitting a job; the console says why."));
    } else if (!succeeded) {
        // The job is online; something after it in the script failed.
        m_console.append(
            ConsolePanel::Level::Warning,
            tr("\"%1\" is online with job %2, but its run reported an error afterwards; see above.")
                .arg(name, online.jobId));
    }
    if (script)
        emit stateChanged(scriptId, stateOf(scriptId));
}

QString LifecycleController::endedState(const ScriptLifecycle &lifecycle) const
{
    const JobMonitor *monitor = m_jobs.monitorOf(lifecycle.clusterId);
    if (!monitor)
        return QString();
    for (const JobSummary &job : monitor->jobs()) {
        if (job.id == lifecycle.jobId && job.isTerminal())
            return job.state;
    }
    return QString();
}

void LifecycleController::goOffline(qint64 scriptId, const Script &script)
{
    const ScriptLifecycle now = m_storage.lifecycle().of(scriptId);
    ScriptLifecycle next = now;
    next.state = LifecycleState::Offline;
    LifecycleEvent event;
    event.version = now.publishedVersion;
    if (now.jobId.isEmpty() || now.clusterId == 0) {
        event.note =
            tr("No online job is known (or its cluster was removed): no savepoint was taken.");
        record(script, next, event);
        return;
    }
    if (const QString ended = endedState(now); !ended.isEmpty()) {
        event.note = tr("The job had already ended (%1): no savepoint was taken.").arg(ended);
        record(script, next, event);
        return;
    }
    m_busy.insert(scriptId, LifecycleAction::GoOffline);
    m_console.append(ConsolePanel::Level::Info,
                     tr("\"%1\": stopping job %2 with a savepoint...").arg(script.name, now.jobId));
    m_jobs.stopWithSavepoint(
        now.clusterId, now.jobId, scriptId, this,
        [this, scriptId, now, next, event](const Result<QString> &path) mutable {
            m_busy.remove(scriptId);
            const std::optional<Script> script = m_storage.scripts().find(scriptId);
            if (!script)
                return;
            if (path) {
                event.savepointPath = path.value();
                record(*script, next, event);
                return;
            }
            // It may have ended meanwhile: then there is nothing to stop.
            if (const QString ended = endedState(now); !ended.isEmpty()) {
                event.note =
                    tr("The job had already ended (%1): no savepoint was taken.").arg(ended);
                record(*script, next, event);
                return;
            }
            fail(scriptId, script->name, LifecycleAction::GoOffline, path.error());
        });
}

void LifecycleController::record(const Script &script, ScriptLifecycle next, LifecycleEvent event)
{
    const ScriptLifecycle before = m_storage.lifecycle().of(script.id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    next.scriptId = script.id;
    next.updatedMs = now;
    event.scriptId = script.id;
    event.from = before.state;
    event.to = next.state;
    event.timeMs = now;
    if (event.jobId.isEmpty() &&
        (next.state == LifecycleState::Online || before.state == LifecycleState::Online))
        event.jobId = next.jobId;
    if (const Status stored = m_storage.lifecycle().transition(next, event); !stored) {
        emit actionFailed(script.id, stored.error());
        m_console.append(ConsolePanel::Level::Error, stored.error());
        return;
    }
    show(next);
    QString line =
        tr("\"%1\": %2 → %3")
            .arg(script.name, Lifecycle::stateLabel(event.from), Lifecycle::stateLabel(event.to));
    if (event.version > 0 && next.state != LifecycleState::Develop)
        line += QLatin1Char(' ') + tr("(version %1)").arg(event.version);
    if (next.state == LifecycleState::Online)
        line += QLatin1Char(' ') + tr("with job %1").arg(next.jobId);
    if (!event.savepointPath.isEmpty())
        line += QLatin1Char(' ') + (next.state == LifecycleState::Online
                                        ? tr("restored from %1")
                                        : tr("with a savepoint at %1"))
                                       .arg(event.savepointPath);
    line += QLatin1Char('.');
    if (!event.note.isEmpty())
        line += QLatin1Char(' ') + event.note;
    m_console.append(
        event.note.isEmpty() ? ConsolePanel::Level::Info : ConsolePanel::Level::Warning, line);
    emit stateChanged(script.id, next.state);
}

void LifecycleController::fail(qint64 scriptId, const QString &scriptName, LifecycleAction action,
                               const QString &why)
{
    const QString message =
        tr("%1 \"%2\" failed: %3").arg(Lifecycle::actionLabel(action), scriptName, why);
    m_console.append(ConsolePanel::Level::Error, message);
    emit actionFailed(scriptId, message);
}

void LifecycleController::show(const ScriptLifecycle &lifecycle)
{
    m_tree.setScriptLifecycle(lifecycle.scriptId, treeLabel(lifecycle));
    m_tabs.updateLock(lifecycle.scriptId);
}

void LifecycleController::showHistory(qint64 scriptId)
{
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script)
        return;
    auto *dialog =
        new LifecycleHistoryDialog(m_storage.lifecycle(), scriptId, script->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // It follows the script while open: a transition adds a line.
    connect(this, &LifecycleController::stateChanged, dialog, [dialog, scriptId](qint64 changed) {
        if (changed == scriptId)
            dialog->reload();
    });
    dialog->show();
}

QString LifecycleController::treeLabel(const ScriptLifecycle &lifecycle)
{
    switch (lifecycle.state) {
    case LifecycleState::Develop:
        return QString();
    case LifecycleState::Published:
        return tr("Published v%1").arg(lifecycle.publishedVersion);
    case LifecycleState::Online:
    case LifecycleState::Offline:
    case LifecycleState::Retired:
        return Lifecycle::stateLabel(lifecycle.state);
    }
    return QString();
}

QString LifecycleController::lockReason(const ScriptLifecycle &lifecycle)
{
    switch (lifecycle.state) {
    case LifecycleState::Develop:
        return QString();
    case LifecycleState::Published:
        return tr("Published as version %1 — read-only. Maintain to edit.")
            .arg(lifecycle.publishedVersion);
    case LifecycleState::Online:
        return tr("Online with published version %1 — read-only. Go offline, then Maintain to "
                  "edit.")
            .arg(lifecycle.publishedVersion);
    case LifecycleState::Offline:
        return tr("Offline (published version %1) — read-only. Maintain to edit.")
            .arg(lifecycle.publishedVersion);
    case LifecycleState::Retired:
        return tr("Retired — read-only. Maintain to edit.");
    }
    return QString();
}

} // namespace Weir
