#pragma once

#include "run/runplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

namespace Weir {

class ConsolePanel;
class GatewayClient;
class ResultStore;
class ResultsPanel;
class ResultTabs;
class ScriptRunner;
class Secrets;
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
    // Secrets: the targets' passwords / tokens and the secret global variables.
    RunController(Storage &storage, Settings &settings, Secrets &secrets, ResultTabs &results,
                  ConsolePanel &console, QObject *parent = nullptr);
    ~RunController() override;

    // Runs the statement under the caret (or the selection) or the whole script of `editor`,
    // once the global variables and the target's secret are read from the keychain.
    // `savepointPath`, when given, overrides the script's (a restart from a savepoint).
    void run(qint64 scriptId, SqlEditor *editor, bool wholeScript, const QString &savepointPath = QString());
    // Runs the whole `text` as the script `scriptId` (its settings, target, environment script,
    // variables and savepoint strategy) without an editor: errors go to the console only.
    void runText(qint64 scriptId, const QString &text);
    void stop(qint64 scriptId);
    bool isRunning(qint64 scriptId) const;
    // The cluster the script's session runs on (0: none yet).
    qint64 targetOf(qint64 scriptId) const;
    // "weir-job:<cluster id>/<job id>", as the console's job links say; 0 / empty if not one.
    static QUrl jobLink(qint64 clusterId, const QString &jobId);
    static std::pair<qint64, QString> parseJobLink(const QUrl &url);
    // The script's tab closed: stop its run and close its session.
    void forget(qint64 scriptId);

signals:
    void resultShown();
    // A run added or completed run-history entries.
    void historyChanged();
    // A job statement of the script's run was submitted to the cluster `clusterId`.
    void jobSubmitted(qint64 scriptId, qint64 clusterId, const QString &jobId);
    // A run asked for by run() / runText() ended; also when it never launched (no target, the
    // keychain failed, still running): then `succeeded` is false.
    void runEnded(qint64 scriptId, bool succeeded);
    // The script's next job restores from `path` (a savepoint or a retained checkpoint).
    void restoring(qint64 scriptId, const QString &path);

private:
    struct Request;
    struct Tab;
    // The request of a run of `text` as the script, or null (said in the console) if it cannot run.
    std::shared_ptr<Request> prepare(qint64 scriptId, const QString &text, const QString &savepointPath);
    void loadVariables(const std::shared_ptr<Request> &request);
    void readSecret(const std::shared_ptr<Request> &request);
    // Resolves the script's savepoint strategy (when the run submits a job), then launches.
    void resolveRestore(const std::shared_ptr<Request> &request, const QString &secret);
    void launch(const Request &request, const RunPlan &plan, const QString &secret);
    void abandon(const Request &request, const QString &message);
    void start(qint64 scriptId, Tab &tab, const RunPlan &plan);
    void bindRunner(qint64 scriptId, Tab &tab);
    // Marks a failed statement's error in the editor at Flink's position.
    void markError(const Tab &tab, const StatementOutcome &outcome);
    static void showPlan(ResultsPanel &panel);

    Storage &m_storage;
    Settings &m_settings;
    Secrets &m_secrets;
    ResultTabs &m_results;
    ConsolePanel &m_console;
    QHash<qint64, Tab *> m_tabs;
    QSet<Tab *> m_closing; // forgotten, stopping and closing their session
    QSet<qint64> m_preparing; // scripts whose run waits for the keychain
};

} // namespace Weir
