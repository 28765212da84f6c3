#pragma once

#include "flink/gatewayerror.h"
#include "run/runplan.h"
#include "run/statementoutcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Weir {

class GatewayClient;
class GatewaySession;
class StatementRun;

// Runs RunPlans of one script tab on a SQL Gateway session it owns: statements in order,
// session statements remembered as the environment, queries reported as results to bind,
// INSERTs and statement sets reported with their job id. A failing statement stops the run
// (unless keep-going) with its place mapped to the source text. A lost session is reopened and
// the environment replayed before the statement is tried again. Stop never closes a starting
// SELECT (see stop()). Every step is reported for the console. Lives on the GUI thread.
class ScriptRunner : public QObject
{
    Q_OBJECT

public:
    enum class RunStatus { Succeeded, Failed, Stopped };
    Q_ENUM(RunStatus)

    // How long stop() waits after a SELECT's job id before closing it without rows.
    static constexpr int kStopGraceMs = 3000;
    // The longest stop() defers the close at all.
    static constexpr int kStopDeferLimitMs = 30000;

    // `client` must be negotiated and outlive the runner.
    explicit ScriptRunner(GatewayClient *client, QObject *parent = nullptr);
    ~ScriptRunner() override;

    // Starts the plan; false (and nothing happens) while a run is active. A plan with errors
    // ends at once: each error is reported by statementFinished() as a failure.
    bool run(const RunPlan &plan);
    // Cancels the running statement (and its Flink job) and skips the rest. A SELECT whose job
    // is still starting is not closed at once (closing it then can kill Flink 2.x's TaskManager):
    // the close waits for the first rows, or kStopGraceMs after the job id, at most
    // kStopDeferLimitMs.
    void stop();
    // --keep-going: run the remaining statements after a failing one.
    void setKeepGoing(bool keepGoing) { m_keepGoing = keepGoing; }
    // Closes the session (after stop() if running); sessionClosed() follows.
    void closeSession();

    bool isRunning() const { return m_running; }
    GatewaySession *session() const;
    // Statements replayed when the session is reopened (as sent, variables substituted).
    const QStringList &environment() const { return m_environment; }
    const RunPlan &plan() const { return m_plan; }
    // How the console names the target ("local", a cluster's name); the gateway URL by default.
    void setTargetName(const QString &name) { m_targetName = name; }
    QString target() const;

signals:
    void runStarted(int statementCount);
    void statementStarted(int index, const Weir::PlannedStatement &statement);
    // A QUERY/SHOW/DESCRIBE/EXPLAIN started: bind a result store to `run`'s columnsReceived()
    // and rowsReceived() now (connect directly; `run` is deleted later, after it ends).
    void resultStarted(int index, Weir::StatementRun *run);
    void jobSubmitted(int index, const QString &jobId);
    void statementFinished(const Weir::StatementOutcome &outcome);
    // The session was lost and reopened; `replayed` environment statements were run again.
    void sessionRecovered(int replayed);
    // One line for the console (no timestamp; secrets masked).
    void logged(const QString &line);
    void runFinished(Weir::ScriptRunner::RunStatus status);
    void sessionClosed();

private:
    void ensureSession(bool recovering);
    void onSessionOpened();
    void replayNext();
    void next();
    void startStatement();
    void onRows(qint64 rows);
    void onJobId(const QString &jobId);
    void onEnded(StatementOutcome::Status status, const GatewayError *error);
    void cancelCurrent();
    void deferredStopCheck();
    void finishRun(RunStatus status);
    void skipRest();
    StatementOutcome outcomeFor(int index) const;
    void log(const QString &line);

    QPointer<GatewayClient> m_client;
    QString m_targetName;
    GatewaySession *m_session = nullptr;
    RunPlan m_plan;
    bool m_running = false;
    bool m_keepGoing = false;
    bool m_anyFailed = false;
    int m_index = 0;
    QStringList m_environment;
    // The statement running now.
    QPointer<StatementRun> m_run;
    StatementOutcome m_outcome;
    bool m_retried = false; // after a session recovery, once per statement
    QElapsedTimer m_clock;
    // Recovery.
    bool m_recovering = false;
    int m_replayIndex = 0;
    QPointer<StatementRun> m_replay;
    // Stop.
    bool m_stopRequested = false;
    bool m_cancelSent = false;
    bool m_autoStopped = false;
    QElapsedTimer m_jobIdClock;
    QElapsedTimer m_stopClock;
    QTimer m_stopTimer;
    bool m_closeAfterStop = false;
};

} // namespace Weir
