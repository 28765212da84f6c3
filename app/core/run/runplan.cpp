#include "run/runplan.h"

#include "sql/statementsplitter.h"
#include "sql/variables.h"

#include <algorithm>

namespace Weir {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

PlannedStatement::Action actionOf(StatementKind kind, QStringView text)
{
    switch (kind) {
    case StatementKind::Set:
        // A bare SET lists the configuration: that is a result.
        return text.contains(QLatin1Char('=')) ? PlannedStatement::Action::Session
                                               : PlannedStatement::Action::Result;
    case StatementKind::Reset:
    case StatementKind::Create:
    case StatementKind::CreateFunction:
    case StatementKind::Drop:
    case StatementKind::Alter:
    case StatementKind::Use:
    case StatementKind::AddJar:
    case StatementKind::RemoveJar:
    case StatementKind::BeginStatementSet:
    case StatementKind::LoadModule:
    case StatementKind::UnloadModule:
        return PlannedStatement::Action::Session;
    case StatementKind::Insert:
    case StatementKind::StatementSet:
    case StatementKind::End:
    case StatementKind::CdcSource:
        return PlannedStatement::Action::Job;
    case StatementKind::Query:
    case StatementKind::Explain:
    case StatementKind::Show:
    case StatementKind::Describe:
    case StatementKind::Other:
        break;
    }
    return PlannedStatement::Action::Result;
}

} // namespace

// A part of a source text split into statements: the whole text, or the selection.
struct RunPlan::Split
{
    QString part;
    QByteArray utf8;
    TextPositions positions; // of `part`
    QVector<Statement> statements;
    qsizetype shift = 0; // UTF-16 offset of `part` in its source text

    Split(const QString &source, qsizetype from, qsizetype to)
        : part(source.mid(from, to - from)), utf8(part.toUtf8()), positions(utf8), shift(from)
    {
        statements = StatementSplitter::split(part);
    }
};

RunPlan RunPlan::build(const Input &input)
{
    RunPlan plan;
    plan.m_script = input.script;
    plan.m_environment = input.environmentScript;
    plan.m_scriptPositions = TextPositions::fromString(input.script);
    plan.m_environmentPositions = TextPositions::fromString(input.environmentScript);
    plan.m_maxRows = input.settings.maxRows;
    plan.m_autoStop = input.settings.autoStopAtMaxRows;

    // Variables: the workspace's (when on), then the definitions of the environment script
    // and of the whole script (not only the part being run), later ones winning.
    QMap<QString, QString> variables;
    if (input.settings.globalVariables) {
        for (auto it = input.workspaceVariables.cbegin(); it != input.workspaceVariables.cend();
             ++it) {
            variables.insert(it.key(), it->value);
            if (it->secret && !it->value.isEmpty())
                plan.m_secrets.append(it->value);
        }
    }
    const Split environment(input.environmentScript, 0, input.environmentScript.size());
    const Split whole(input.script, 0, input.script.size());
    for (const Split *split : {&environment, &whole}) {
        for (const Variables::Definition &definition :
             Variables::definitions(split->utf8, split->statements)) {
            QString value = definition.value;
            for (auto it = variables.cbegin(); it != variables.cend(); ++it)
                value.replace(QStringLiteral("${") + it.key() + QLatin1Char('}'), it.value());
            variables.insert(definition.name, value);
        }
    }

    plan.addSettings(input.settings);
    plan.addStatements(environment, PlannedStatement::Source::Environment, variables);
    switch (input.scope) {
    case Scope::Script:
        plan.addStatements(whole, PlannedStatement::Source::Script, variables);
        break;
    case Scope::Selection: {
        const qsizetype from = qBound<qsizetype>(0, input.selectionBegin.value, input.script.size());
        const qsizetype to = qBound<qsizetype>(from, input.selectionEnd.value, input.script.size());
        plan.addStatements(Split(input.script, from, to), PlannedStatement::Source::Script,
                           variables);
        break;
    }
    case Scope::Caret: {
        Split one(input.script, 0, input.script.size());
        const int index = StatementSplitter::indexAt(
            one.statements, plan.m_scriptPositions.byteOffset(input.caret));
        if (index >= 0)
            one.statements = {one.statements.at(index)};
        else
            one.statements.clear();
        plan.addStatements(one, PlannedStatement::Source::Script, variables);
        break;
    }
    }
    if (input.settings.statementSet)
        plan.wrapInserts();
    plan.restoreFrom(input.restorePath, input.settings.claimMode);
    return plan;
}

void RunPlan::restoreFrom(const QString &path, ExecutionSettings::ClaimMode claimMode)
{
    m_restorePath = path.trimmed();
    if (m_restorePath.isEmpty())
        return;
    for (PlannedStatement &statement : m_statements) {
        if (statement.action != PlannedStatement::Action::Job)
            continue;
        // execution.savepoint.path is the name users know; Flink 1.20 and 2.x both read it as
        // the fallback of execution.state-recovery.path. The claim mode goes with the path.
        statement.executionConfig.insert(QStringLiteral("execution.savepoint.path"), m_restorePath);
        statement.executionConfig.insert(QStringLiteral("execution.state-recovery.claim-mode"),
                                         ExecutionSettings::claimModeName(claimMode));
    }
}

bool RunPlan::hasJobStatement() const
{
    return std::any_of(m_statements.cbegin(), m_statements.cend(), [](const PlannedStatement &statement) {
        return statement.action == PlannedStatement::Action::Job;
    });
}

void RunPlan::addSettings(const ExecutionSettings &settings)
{
    m_sessionProperties.insert(QStringLiteral("execution.runtime-mode"),
                               settings.runtimeMode == ExecutionSettings::RuntimeMode::Batch
                                   ? QStringLiteral("batch")
                                   : QStringLiteral("streaming"));
    if (settings.parallelism > 0)
        m_sessionProperties.insert(QStringLiteral("parallelism.default"),
                                   QString::number(settings.parallelism));
    for (const auto &option : settings.extraOptions) {
        if (!option.first.trimmed().isEmpty())
            m_sessionProperties.insert(option.first.trimmed(), option.second);
    }
    // Sent at the start of every run too, so that a reused session starts from the settings.
    for (auto it = m_sessionProperties.cbegin(); it != m_sessionProperties.cend(); ++it) {
        PlannedStatement statement;
        statement.source = PlannedStatement::Source::Settings;
        statement.action = PlannedStatement::Action::Session;
        statement.kind = StatementKind::Set;
        statement.text = QStringLiteral("SET %1 = %2").arg(quoted(it.key()), quoted(it.value()));
        statement.display = statement.text;
        statement.anchors.append({0, 0, statement.text.size()});
        m_statements.append(statement);
    }
}

void RunPlan::addStatements(const Split &split, PlannedStatement::Source source,
                            const QMap<QString, QString> &variables)
{
    const TextPositions &sourcePositions = positions(source);
    for (const Statement &parsed : split.statements) {
        if (Variables::parseDefinition(parsed.bytes(split.utf8), nullptr, nullptr))
            continue; // `name := value` defines; it is not sent
        PlannedStatement statement;
        statement.source = source;
        statement.kind = parsed.kind;
        statement.display = parsed.text(split.part);
        statement.begin = {split.shift + parsed.utf16Begin.value};
        statement.end = {split.shift + parsed.utf16End.value};
        statement.start = sourcePositions.lineColumn(statement.begin);
        statement.action = actionOf(parsed.kind, statement.display);

        qsizetype cursor = parsed.utf16Begin.value; // in split.part
        auto copyTo = [&](qsizetype to) {
            if (to <= cursor)
                return;
            statement.anchors.append({statement.text.size(), split.shift + cursor, to - cursor});
            statement.text += QStringView(split.part).mid(cursor, to - cursor);
            cursor = to;
        };
        for (const Variables::Use &use :
             Variables::uses(split.utf8, parsed.begin.value, parsed.end.value)) {
            const qsizetype useBegin = split.positions.utf16Offset(use.begin).value;
            const qsizetype useEnd = split.positions.utf16Offset(use.end).value;
            copyTo(useBegin);
            cursor = useEnd;
            const auto value = variables.constFind(use.name);
            if (value != variables.cend()) {
                statement.text += *value;
                continue;
            }
            Error error;
            error.message = tr("Undefined variable ${%1}").arg(use.name);
            error.source = source;
            error.begin = {split.shift + useBegin};
            error.end = {split.shift + useEnd};
            error.start = sourcePositions.lineColumn(error.begin);
            m_errors.append(error);
        }
        copyTo(parsed.utf16End.value);
        m_statements.append(statement);
    }
}

void RunPlan::wrapInserts()
{
    QVector<int> inserts;
    for (int i = 0; i < m_statements.size(); ++i) {
        if (m_statements.at(i).source == PlannedStatement::Source::Script &&
            m_statements.at(i).kind == StatementKind::Insert)
            inserts.append(i);
    }
    if (inserts.isEmpty())
        return;
    PlannedStatement set;
    set.source = PlannedStatement::Source::Script;
    set.action = PlannedStatement::Action::Job;
    set.kind = StatementKind::StatementSet;
    set.wrappedInserts = int(inserts.size());
    set.begin = m_statements.at(inserts.first()).begin;
    set.end = m_statements.at(inserts.last()).end;
    set.start = m_statements.at(inserts.first()).start;
    set.text = QStringLiteral("EXECUTE STATEMENT SET\nBEGIN\n");
    set.display = set.text;
    for (int index : inserts) {
        const PlannedStatement &insert = m_statements.at(index);
        for (const PlannedStatement::Anchor &anchor : insert.anchors)
            set.anchors.append({set.text.size() + anchor.sent, anchor.source, anchor.length});
        set.text += insert.text + QStringLiteral(";\n");
        set.display += insert.display + QStringLiteral(";\n");
    }
    set.text += QStringLiteral("END");
    set.display += QStringLiteral("END");
    // The set runs where the last INSERT stood: everything the INSERTs need comes before it.
    const int at = inserts.last() - int(inserts.size()) + 1;
    for (qsizetype i = inserts.size() - 1; i >= 0; --i)
        m_statements.removeAt(inserts.at(i));
    m_statements.insert(at, set);
}

int RunPlan::scriptStatementCount() const
{
    return int(std::count_if(m_statements.cbegin(), m_statements.cend(),
                             [](const PlannedStatement &statement) {
                                 return statement.source == PlannedStatement::Source::Script;
                             }));
}

QString RunPlan::mask(const QString &text) const
{
    QString masked = text;
    for (const QString &secret : m_secrets)
        masked.replace(secret, QStringLiteral("******"));
    return masked;
}

LineColumn RunPlan::locate(const PlannedStatement &statement, LineColumn flinkRelative) const
{
    if (statement.source == PlannedStatement::Source::Settings)
        return flinkRelative;
    const TextPositions sent = TextPositions::fromString(statement.text);
    const Utf16Offset source = statement.sourceOffset(sent.utf16Offset(flinkRelative).value);
    return positions(statement.source).lineColumn(source);
}

const TextPositions &RunPlan::positions(PlannedStatement::Source source) const
{
    return source == PlannedStatement::Source::Environment ? m_environmentPositions
                                                           : m_scriptPositions;
}

} // namespace Weir
