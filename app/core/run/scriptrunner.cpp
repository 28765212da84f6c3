#include "run/scriptrunner.h"

#include "flink/gatewayclient.h"
#include "flink/gatewaysession.h"
#include "flink/statementrun.h"

#include <QDateTime>

namespace Weir {

namespace {

QString oneLine(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 120 ? simplified.left(117) + QStringLiteral("...") : simplified;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ScriptRunner::ScriptRunner(GatewayClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_stopTimer.setInterval(100);
    connect(&m_stopTimer, &QTimer::timeout, this, &ScriptRunner::deferredStopCheck);
}

ScriptRunner::~ScriptRunner() = default;

GatewaySession *ScriptRunner::session() const
{
    return m_session;
}

QString ScriptRunner::target() const
{
    if (!m_targetName.isEmpty())
        return m_targetName;
    return m_client ? m_client->url().toString() : QString();
}

bool ScriptRunner::run(const RunPlan &plan)
{
    if (m_running)
        return false;
    m_plan = plan;
    m_running = true;
    m_anyFailed = false;
    m_index = 0;
    m_retried = false;
    m_stopRequested = false;
    m_closeAfterStop = false;
    emit runStarted(int(plan.statements().size()));
    if (!plan.ok()) {
        for (const RunPlan::Error &error : plan.errors()) {
            StatementOutcome outcome;
            outcome.source = error.source;
            outcome.status = StatementOutcome::Status::Failed;
            outcome.start = error.start;
            outcome.error = error.message;
            outcome.errorStart = error.start;
            outcome.startedMs = outcome.endedMs = now();
            log(tr("Line %1, column %2: %3").arg(error.start.line).arg(error.start.column).arg(error.message));
            emit statementFinished(outcome);
        }
        m_anyFailed = true;
        skipRest();
        finishRun(RunStatus::Failed);
        return true;
    }
    if (plan.statements().isEmpty()) {
        finishRun(RunStatus::Succeeded);
        return true;
    }
    log(tr("Running %n statement(s) on %1", "", plan.scriptStatementCount()).arg(target()));
    const bool wasLost = m_session && !m_session->isOpen() && !m_environment.isEmpty();
    if (wasLost)
        log(tr("The session is gone; opening a new one."));
    ensureSession(wasLost);
    return true;
}

void ScriptRunner::ensureSession(bool recovering)
{
    if (!recovering && m_session && m_session->isOpen()) {
        next();
        return;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (!m_client) {
        finishRun(RunStatus::Failed);
        return;
    }
    m_recovering = recovering;
    m_session = new GatewaySession(m_client, this);
    connect(m_session, &GatewaySession::opened, this, &ScriptRunner::onSessionOpened);
    connect(m_session, &GatewaySession::openFailed, this, [this](const GatewayError &error) {
        StatementOutcome outcome = outcomeFor(m_index);
        outcome.status = StatementOutcome::Status::Failed;
        outcome.error = tr("Cannot open a session on %1: %2").arg(target(), m_plan.mask(error.message));
        outcome.startedMs = outcome.endedMs = now();
        log(outcome.error);
        emit statementFinished(outcome);
        ++m_index;
        m_anyFailed = true;
        skipRest();
        finishRun(RunStatus::Failed);
    });
    m_session->open(QStringLiteral("weir"), m_plan.sessionProperties());
}

void ScriptRunner::onSessionOpened()
{
    log(tr("Session %1 opened on %2").arg(m_session->handle(), target()));
    if (!m_recovering) {
        next();
        return;
    }
    m_replayIndex = 0;
    replayNext();
}

void ScriptRunner::replayNext()
{
    if (m_stopRequested) {
        m_recovering = false;
        skipRest();
        finishRun(RunStatus::Stopped);
        return;
    }
    if (m_replayIndex >= m_environment.size()) {
        m_recovering = false;
        log(tr("Replayed %n environment statement(s) on the new session.", "",
               int(m_environment.size())));
        emit sessionRecovered(int(m_environment.size()));
        next();
        return;
    }
    auto *run = new StatementRun(m_session, m_environment.at(m_replayIndex), {}, this);
    m_replay = run;
    auto done = [this, run] {
        run->deleteLater();
        ++m_replayIndex;
        replayNext();
    };
    connect(run, &StatementRun::finished, this, done);
    connect(run, &StatementRun::cancelled, this, done);
    connect(run, &StatementRun::failed, this, [this, run, done](const GatewayError &error) {
        log(tr("Replaying \"%1\" failed: %2")
                .arg(oneLine(m_plan.mask(run->statement())), m_plan.mask(error.message)));
        done();
    });
    run->start();
}

void ScriptRunner::next()
{
    if (m_stopRequested) {
        skipRest();
        finishRun(RunStatus::Stopped);
        return;
    }
    if (m_index >= m_plan.statements().size()) {
        finishRun(m_anyFailed ? RunStatus::Failed : RunStatus::Succeeded);
        return;
    }
    startStatement();
}

void ScriptRunner::startStatement()
{
    const PlannedStatement &statement = m_plan.statements().at(m_index);
    m_outcome = outcomeFor(m_index);
    m_outcome.startedMs = now();
    m_clock.start();
    m_cancelSent = false;
    m_autoStopped = false;
    m_jobIdClock.invalidate();

    auto *run = new StatementRun(m_session, statement.text, statement.executionConfig, this);
    m_run = run;
    connect(run, &StatementRun::rowsReceived, this, [this, run](const RowBatch &) {
        if (run == m_run)
            onRows(run->rowCount());
    });
    connect(run, &StatementRun::jobIdReceived, this, [this, run](const QString &jobId) {
        if (run == m_run)
            onJobId(jobId);
    });
    connect(run, &StatementRun::finished, this, [this, run] {
        run->deleteLater();
        if (run == m_run)
            onEnded(StatementOutcome::Status::Finished, nullptr);
    });
    connect(run, &StatementRun::cancelled, this, [this, run] {
        run->deleteLater();
        if (run == m_run)
            onEnded(StatementOutcome::Status::Stopped, nullptr);
    });
    connect(run, &StatementRun::failed, this, [this, run](const GatewayError &error) {
        run->deleteLater();
        if (run == m_run)
            onEnded(StatementOutcome::Status::Failed, &error);
    });

    emit statementStarted(m_index, statement);
    if (statement.source != PlannedStatement::Source::Settings) {
        log(tr("[%1/%2] line %3: %4")
                .arg(m_index + 1)
                .arg(m_plan.statements().size())
                .arg(statement.start.line)
                .arg(oneLine(m_plan.mask(statement.display))));
    }
    if (statement.action == PlannedStatement::Action::Result)
        emit resultStarted(m_index, run);
    run->start();
}

void ScriptRunner::onRows(qint64 rows)
{
    m_outcome.rows = rows;
    if (m_cancelSent)
        return;
    if (m_plan.autoStopAtMaxRows() && m_plan.maxRows() > 0 && rows >= m_plan.maxRows()) {
        m_autoStopped = true;
        log(tr("Stopping the query at %n row(s) (max rows).", "", int(rows)));
        cancelCurrent();
    } else if (m_stopRequested) {
        deferredStopCheck();
    }
}

void ScriptRunner::onJobId(const QString &jobId)
{
    m_outcome.jobId = jobId;
    m_jobIdClock.start();
    log(tr("Job %1 submitted to %2").arg(jobId, target()));
    emit jobSubmitted(m_index, jobId);
}

void ScriptRunner::onEnded(StatementOutcome::Status status, const GatewayError *error)
{
    m_run = nullptr;
    m_stopTimer.stop();
    const PlannedStatement &statement = m_plan.statements().at(m_index);
    if (status == StatementOutcome::Status::Failed &&
        error->kind == GatewayError::Kind::SessionLost && !m_retried && !m_stopRequested) {
        m_retried = true;
        log(tr("The gateway lost the session (%1); opening a new one and replaying the "
               "environment.")
                .arg(m_plan.mask(error->message)));
        ensureSession(true);
        return;
    }
    m_retried = false;
    if (status == StatementOutcome::Status::Stopped && m_autoStopped) {
        status = StatementOutcome::Status::Finished;
        m_outcome.stoppedAtMaxRows = true;
    }
    m_outcome.status = status;
    m_outcome.endedMs = now();
    const qint64 elapsed = m_clock.elapsed();
    if (status == StatementOutcome::Status::Failed) {
        m_anyFailed = true;
        m_outcome.error = m_plan.mask(error->message);
        m_outcome.errorDetails = m_plan.mask(error->details);
        m_outcome.errorStart = error->start ? m_plan.locate(statement, *error->start)
                                            : statement.start;
        if (error->end)
            m_outcome.errorEnd = m_plan.locate(statement, *error->end);
        log(tr("Failed after %1 ms at line %2, column %3: %4")
                .arg(elapsed)
                .arg(m_outcome.errorStart->line)
                .arg(m_outcome.errorStart->column)
                .arg(m_outcome.error));
    } else {
        if (status == StatementOutcome::Status::Finished &&
            statement.action == PlannedStatement::Action::Session && m_outcome.jobId.isEmpty() &&
            statement.kind != StatementKind::BeginStatementSet) {
            m_environment.removeAll(statement.text);
            m_environment.append(statement.text);
        }
        if (statement.source != PlannedStatement::Source::Settings) {
            log(tr("%1 in %2 ms, %n row(s)", "", int(m_outcome.rows))
                    .arg(StatementOutcome::statusName(status))
                    .arg(elapsed));
        }
    }
    emit statementFinished(m_outcome);
    ++m_index;
    if ((status == StatementOutcome::Status::Failed && !m_keepGoing) ||
        status == StatementOutcome::Status::Stopped) {
        skipRest();
        finishRun(status == StatementOutcome::Status::Stopped ? RunStatus::Stopped
                                                               : RunStatus::Failed);
        return;
    }
    next();
}

void ScriptRunner::stop()
{
    if (!m_running || m_stopRequested)
        return;
    m_stopRequested = true;
    m_stopClock.start();
    log(tr("Stopping..."));
    if (m_replay) {
        m_replay->cancel(); // session statements: safe to cancel at once
        return;
    }
    if (!m_run)
        return; // between statements or opening the session: next() sees the request
    deferredStopCheck();
    if (!m_cancelSent)
        m_stopTimer.start();
}

void ScriptRunner::deferredStopCheck()
{
    if (!m_run || m_cancelSent) {
        m_stopTimer.stop();
        return;
    }
    // Closing a SELECT's operation while its job's tasks are still starting can kill a Flink
    // 2.x TaskManager (NPE in CollectSinkFunction). Rows arriving prove the collect sink runs;
    // without rows, give the job kStopGraceMs after its id to deploy.
    const PlannedStatement &statement = m_plan.statements().at(m_index);
    const bool safe = statement.kind != StatementKind::Query || m_run->rowCount() > 0 ||
                      (m_jobIdClock.isValid() && m_jobIdClock.elapsed() >= kStopGraceMs) ||
                      m_stopClock.elapsed() >= kStopDeferLimitMs;
    if (!safe)
        return;
    m_stopTimer.stop();
    cancelCurrent();
}

void ScriptRunner::cancelCurrent()
{
    m_cancelSent = true;
    if (m_run)
        m_run->cancel();
}

void ScriptRunner::closeSession()
{
    if (m_running) {
        m_closeAfterStop = true;
        stop();
        return;
    }
    if (!m_session || !m_session->isOpen()) {
        QTimer::singleShot(0, this, &ScriptRunner::sessionClosed);
        return;
    }
    connect(m_session, &GatewaySession::closed, this, &ScriptRunner::sessionClosed,
            Qt::SingleShotConnection);
    m_session->close();
}

void ScriptRunner::skipRest()
{
    for (; m_index < m_plan.statements().size(); ++m_index) {
        StatementOutcome outcome = outcomeFor(m_index);
        outcome.status = StatementOutcome::Status::Skipped;
        emit statementFinished(outcome);
    }
}

void ScriptRunner::finishRun(RunStatus status)
{
    m_running = false;
    m_stopTimer.stop();
    switch (status) {
    case RunStatus::Succeeded:
        log(tr("Run finished."));
        break;
    case RunStatus::Failed:
        log(tr("Run failed."));
        break;
    case RunStatus::Stopped:
        log(tr("Run stopped."));
        break;
    }
    emit runFinished(status);
    if (m_closeAfterStop) {
        m_closeAfterStop = false;
        closeSession();
    }
}

StatementOutcome ScriptRunner::outcomeFor(int index) const
{
    StatementOutcome outcome;
    if (index < 0 || index >= m_plan.statements().size())
        return outcome;
    const PlannedStatement &statement = m_plan.statements().at(index);
    outcome.index = index;
    outcome.source = statement.source;
    outcome.action = statement.action;
    outcome.kind = statement.kind;
    outcome.display = m_plan.mask(statement.display);
    outcome.start = statement.start;
    return outcome;
}

void ScriptRunner::log(const QString &line)
{
    emit logged(m_plan.mask(line));
}

} // namespace Weir
