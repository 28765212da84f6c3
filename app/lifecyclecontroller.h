#pragma once

#include "store/lifecyclerecord.h"

#include <QHash>
#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace Weir {

class ConsolePanel;
class JobsController;
class ProjectTreeModel;
class RunController;
class ScriptTabs;
class Storage;

// Takes scripts through their lifecycle: Publish freezes the saved text as a version and locks
// the editor; Go Online runs the published version (with the script's savepoint strategy);
// Go Offline stops the online job with a savepoint; Maintain unlocks; Retire sets it aside.
// Each transition is stored with its history entry and logged in the console; one that fails
// leaves the state as it was and says why. Shows the states in the tree and the locks in the
// tabs. GUI thread.
class LifecycleController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the history dialog.
    LifecycleController(Storage &storage, ScriptTabs &tabs, RunController &runs,
                        JobsController &jobs, ProjectTreeModel &tree, ConsolePanel &console,
                        QWidget *window);

    // A "Lifecycle" menu whose actions act on the script `scriptOf` names when the menu opens
    // (0: none); they are enabled by that script's state.
    QMenu *createMenu(std::function<qint64()> scriptOf, QWidget *parent);

    LifecycleState stateOf(qint64 scriptId) const;
    // Whether an action of the script waits for Flink (its other actions are refused meanwhile).
    bool isBusy(qint64 scriptId) const { return m_busy.contains(scriptId); }
    // Starts `action` on the script; stateChanged() or actionFailed() tells how it ended.
    void trigger(qint64 scriptId, LifecycleAction action);
    void showHistory(qint64 scriptId);

    // What the tree shows after the name ("Published v3", "Online", ...; empty in development).
    static QString treeLabel(const ScriptLifecycle &lifecycle);
    // Why the script's editor is read-only (empty: it is not).
    static QString lockReason(const ScriptLifecycle &lifecycle);

signals:
    void stateChanged(qint64 scriptId, Weir::LifecycleState state);
    void actionFailed(qint64 scriptId, const QString &message);

private:
    struct Online
    {
        int version = 0;
        QString jobId;
        qint64 clusterId = 0;
        QString restoredFrom; // the savepoint or checkpoint the job restores from
    };

    void publish(qint64 scriptId, const Script &script);
    void goOnline(qint64 scriptId, const Script &script);
    void goOffline(qint64 scriptId, const Script &script);
    void onJobSubmitted(qint64 scriptId, qint64 clusterId, const QString &jobId);
    void onRunEnded(qint64 scriptId, bool succeeded);
    // Where the online job stands per its cluster's monitor: a terminal state name, or empty
    // (running, or not known).
    QString endedState(const ScriptLifecycle &lifecycle) const;
    // Stores the transition to `next` with its history entry, then shows and logs it.
    void record(const Script &script, ScriptLifecycle next, LifecycleEvent event);
    void fail(qint64 scriptId, const QString &scriptName, LifecycleAction action,
              const QString &why);
    void show(const ScriptLifecycle &lifecycle);

    Storage &m_storage;
    ScriptTabs &m_tabs;
    RunController &m_runs;
    JobsController &m_jobs;
    ProjectTreeModel &m_tree;
    ConsolePanel &m_console;
    QWidget *m_window;
    QHash<qint64, LifecycleAction> m_busy;
    QHash<qint64, Online> m_goingOnline;
};

} // namespace Weir
