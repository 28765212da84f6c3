#include "run/runhistoryrecorder.h"

#include "run/scriptrunner.h"
#include "run/statementoutcome.h"
#include "store/runhistoryrepository.h"

#include <QDateTime>

namespace Weir {

RunHistoryRecorder::RunHistoryRecorder(RunHistoryRepository &history, ScriptRunner *runner, QObject *parent)
    : QObject(parent), m_history(history), m_runner(runner)
{
    connect(runner, &ScriptRunner::runStarted, this, [this] { m_entryOfStatement.clear(); });
    connect(runner, &ScriptRunner::statementStarted, this, &RunHistoryRecorder::onStarted);
    connect(runner, &ScriptRunner::statementFinished, this, &RunHistoryRecorder::onFinished);
}

void RunHistoryRecorder::setScript(qint64 scriptId, const QString &scriptName)
{
    m_scriptId = scriptId;
    m_scriptName = scriptName;
}

RunHistoryEntry RunHistoryRecorder::entryFor(const QString &statement, LineColumn start) const
{
    RunHistoryEntry entry;
    entry.scriptId = m_scriptId;
    entry.scriptName = m_scriptName;
    entry.statement = statement;
    entry.line = start.line;
    entry.column = start.column;
    entry.target = m_runner ? m_runner->target() : QString();
    return entry;
}

void RunHistoryRecorder::onStarted(int index, const PlannedStatement &statement)
{
    if (statement.source != PlannedStatement::Source::Script)
        return;
    RunHistoryEntry entry = entryFor(statement.display, statement.start);
    entry.startedMs = QDateTime::currentMSecsSinceEpoch();
    const Result<RunHistoryEntry> added = m_history.add(entry);
    if (!added) {
        emit failed(added.error());
        return;
    }
    m_entryOfStatement.insert(index, added->id);
    emit recorded();
}

void RunHistoryRecorder::onFinished(const StatementOutcome &outcome)
{
    if (outcome.source != PlannedStatement::Source::Script)
        return;
    RunHistoryEntry entry = entryFor(outcome.display, outcome.start);
    entry.id = m_entryOfStatement.take(outcome.index);
    entry.endedMs = outcome.endedMs ? outcome.endedMs : QDateTime::currentMSecsSinceEpoch();
    entry.startedMs = outcome.startedMs ? outcome.startedMs : entry.endedMs;
    entry.status = StatementOutcome::statusName(outcome.status);
    entry.rows = outcome.rows;
    entry.jobId = outcome.jobId;
    entry.error = outcome.error;
    QString error;
    if (entry.id) {
        if (const Status updated = m_history.update(entry); !updated)
            error = updated.error();
    } else if (const Result<RunHistoryEntry> added = m_history.add(entry); !added) {
        error = added.error();
    }
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    emit recorded();
}

} // namespace Weir
