#pragma once

#include "sql/textposition.h"
#include "store/runhistoryentry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Weir {

struct PlannedStatement;
class RunHistoryRepository;
class ScriptRunner;
struct StatementOutcome;

// Writes what a ScriptRunner does with the script's own statements into the run history: a
// "running" entry when a statement starts, completed with status, rows, job id and error when
// it ends (statements that never started, e.g. skipped after a failure, get one entry at the
// end). Statements of the settings and the environment script are not recorded. GUI thread.
class RunHistoryRecorder : public QObject
{
    Q_OBJECT

public:
    RunHistoryRecorder(RunHistoryRepository &history, ScriptRunner *runner, QObject *parent = nullptr);

    // The script the next runs belong to (0: not a stored script) and the target's name.
    void setScript(qint64 scriptId, const QString &scriptName);

signals:
    // An entry was added or completed (the history panel refreshes).
    void recorded();
    // The history could not be written; the run goes on.
    void failed(const QString &message);

private:
    void onStarted(int index, const PlannedStatement &statement);
    void onFinished(const StatementOutcome &outcome);
    // The entry's fields that do not depend on how the statement ended.
    RunHistoryEntry entryFor(const QString &statement, LineColumn start) const;

    RunHistoryRepository &m_history;
    QPointer<ScriptRunner> m_runner;
    qint64 m_scriptId = 0;
    QString m_scriptName;
    QHash<int, qint64> m_entryOfStatement; // plan index -> history id, while running
};

} // namespace Weir
