#pragma once

#include "run/executionsettings.h"
#include "run/plannedstatement.h"
#include "sql/textpositions.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

namespace Weir {

// What one run sends to Flink, decided before anything runs: the statements of the script (all,
// the selection, or the one at the caret) after the environment script's, with ${name}
// substituted from the workspace variables and the script's `name := value` definitions, the
// INSERTs wrapped into one statement set when the settings ask for it, the session
// configuration from the settings, and on job statements the restore path (resolved from the
// savepoint strategy by the caller) with its claim mode. An undefined variable is an error at its place. Secret values
// are kept out of everything meant for display (see mask()). Value type; any thread.
class RunPlan
{
    Q_DECLARE_TR_FUNCTIONS(RunPlan)

public:
    enum class Scope { Script, Selection, Caret };

    struct Variable
    {
        QString value;
        bool secret = false;
    };

    struct Input
    {
        QString script;
        Scope scope = Scope::Script;
        Utf16Offset selectionBegin; // Scope::Selection
        Utf16Offset selectionEnd;
        Utf16Offset caret; // Scope::Caret
        ExecutionSettings settings;
        // The workspace's variables manager (used when settings.globalVariables is on).
        QMap<QString, Variable> workspaceVariables;
        // The FlinkSQLEnv script run first; empty for none.
        QString environmentScript;
        // What job statements restore from (resolved from the savepoint strategy); empty: no
        // state. Restored with settings.claimMode.
        QString restorePath;
    };

    struct Error
    {
        QString message;
        PlannedStatement::Source source = PlannedStatement::Source::Script;
        Utf16Offset begin; // in the source text
        Utf16Offset end;
        LineColumn start;
    };

    static RunPlan build(const Input &input);
    // Makes the job statements restore from `path` (resolved after the plan was built); an
    // empty path restores nothing. build() applies Input::restorePath this way.
    void restoreFrom(const QString &path, ExecutionSettings::ClaimMode claimMode);

    bool ok() const { return m_errors.isEmpty(); }
    const QVector<Error> &errors() const { return m_errors; }
    const QVector<PlannedStatement> &statements() const { return m_statements; }
    // Script statements only (no settings, no environment).
    int scriptStatementCount() const;

    // Properties for opening a session: runtime mode, parallelism, extra options.
    const QMap<QString, QString> &sessionProperties() const { return m_sessionProperties; }
    int maxRows() const { return m_maxRows; }
    bool autoStopAtMaxRows() const { return m_autoStop; }

    const QString &scriptText() const { return m_script; }
    const QString &environmentText() const { return m_environment; }
    // The path job statements restore from (empty: none).
    const QString &restorePath() const { return m_restorePath; }
    // Whether any statement of the plan submits a job (an INSERT or a statement set).
    bool hasJobStatement() const;
    // `text` with every secret variable's value replaced by "******".
    QString mask(const QString &text) const;

    // Where a position Flink reported (1-based, relative to what was sent) lies in the
    // statement's source text (the editor's text for script statements).
    LineColumn locate(const PlannedStatement &statement, LineColumn flinkRelative) const;

private:
    struct Split;
    void addSettings(const ExecutionSettings &settings);
    void addStatements(const Split &split, PlannedStatement::Source source,
                       const QMap<QString, QString> &variables);
    void wrapInserts();
    const TextPositions &positions(PlannedStatement::Source source) const;

    QString m_script;
    QString m_environment;
    TextPositions m_scriptPositions;
    TextPositions m_environmentPositions;
    QVector<PlannedStatement> m_statements;
    QVector<Error> m_errors;
    QMap<QString, QString> m_sessionProperties;
    QStringList m_secrets;
    QString m_restorePath;
    int m_maxRows = 1000;
    bool m_autoStop = false;
};

} // namespace Weir
