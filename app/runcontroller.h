#pragma once

#include "run/runplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Weir {

class ConsolePanel;
class GatewayClient;
class ResultStore;
class ResultsPanel;
class ResultTabs;
class ScriptRunner;
class Settings;
class SqlEditor;
struct StatementOutcome;
class Storage;

// Runs the script of an editor tab on its target (one ScriptRunner per script) and shows what
// it produces: rows in the results panel, steps in the console. GUI thread.
class RunController : public QObject
{
    Q_OBJECT

public:
    RunController(Storage &storage, Settings &settings, ResultTabs &results, ConsolePanel &console,
                  QObject *parent = nullptr);
    ~RunController() override;

    // Runs the statement under the caret (or the selection) or the whole script of `editor`.
    void run(qint64 scriptId, SqlEditor *editor, bool wholeScript);
    void stop(qint64 scriptId);
    bool isRunning(qint64 scriptId) const;
    // The script's tab closed: stop its run and close its session.
    void forget(qint64 scriptId);

signals:
    void resultShown();
    // A run added or completed run-history entries.
    void historyChanged();

private:
    struct Tab;
    void start(Tab &tab, const RunPlan &plan);
    void bindRunner(qint64 scriptId, Tab &tab);
    // Marks a failed statement's error in the editor at Flink's position.
    void markError(const Tab &tab, const StatementOutcome &outcome);
    static void showPlan(ResultsPanel &panel);

    Storage &m_storage;
    Settings &m_settings;
    ResultTabs &m_results;
    ConsolePanel &m_console;
    QHash<qint64, Tab *> m_tabs;
    QSet<Tab *> m_closing; // forgotten, stopping and closing their session
};

} // namespace Weir
