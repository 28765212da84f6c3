// RunPlan without Flink: variables (workspace, script definitions, undefined ones at their
// place, secrets masked), statement-set wrapping, scopes, ranges and error mapping.

#include "run/runplan.h"

#include <QtTest>

using namespace Weir;

namespace {

RunPlan::Input input(const QString &script)
{
    RunPlan::Input in;
    in.script = script;
    return in;
}

QList<PlannedStatement> scriptStatements(const RunPlan &plan)
{
    QList<PlannedStatement> out;
    for (const PlannedStatement &statement : plan.statements()) {
        if (statement.source == PlannedStatement::Source::Script)
            out.append(statement);
    }
    return out;
}

} // namespace

class TestRunPlan : public QObject
{
    Q_OBJECT

private slots:
    void settingsBecomeSessionProperties()
    {
        RunPlan::Input in = input(QStringLiteral("SELECT 1"));
        in.settings.parallelism = 3;
        in.settings.runtimeMode = ExecutionSettings::RuntimeMode::Batch;
        in.settings.extraOptions = {{QStringLiteral("table.exec.mini-batch.enabled"),
                                     QStringLiteral("true")}};
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        QCOMPARE(plan.sessionProperties().value(QStringLiteral("execution.runtime-mode")),
                 QStringLiteral("batch"));
        QCOMPARE(plan.sessionProperties().value(QStringLiteral("parallelism.default")),
                 QStringLiteral("3"));
        QCOMPARE(plan.sessionProperties().value(QStringLiteral("table.exec.mini-batch.enabled")),
                 QStringLiteral("true"));
        QCOMPARE(plan.statements().size(), 4);
        QCOMPARE(plan.statements().first().source, PlannedStatement::Source::Settings);
        QCOMPARE(plan.statements().first().text,
                 QStringLiteral("SET 'execution.runtime-mode' = 'batch'"));
        QCOMPARE(plan.scriptStatementCount(), 1);
    }

    void rangesAndActions()
    {
        const QString script = QStringLiteral("-- 中文\nCREATE TABLE t (a INT) WITH ('connector' = 'datagen');\n"
                                              "SELECT a FROM t;\n  INSERT INTO s SELECT * FROM t;\nSHOW TABLES");
        const RunPlan plan = RunPlan::build(input(script));
        QVERIFY(plan.ok());
        const auto statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 4);
        QCOMPARE(statements.at(0).action, PlannedStatement::Action::Session);
        QCOMPARE(statements.at(1).action, PlannedStatement::Action::Result);
        QCOMPARE(statements.at(2).action, PlannedStatement::Action::Job);
        QCOMPARE(statements.at(3).action, PlannedStatement::Action::Result);
        QCOMPARE(statements.at(1).text, QStringLiteral("SELECT a FROM t"));
        QCOMPARE(statements.at(2).start, (LineColumn{4, 3}));
        QCOMPARE(script.mid(statements.at(2).begin.value,
                            statements.at(2).end.value - statements.at(2).begin.value),
                 statements.at(2).text);
    }

    void variablesSubstituted()
    {
        RunPlan::Input in = input(QStringLiteral("tbl := orders;\nSELECT * FROM ${tbl} WHERE p = '${pw}'"));
        in.workspaceVariables.insert(QStringLiteral("pw"), {QStringLiteral("s3cret"), true});
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        const auto statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 1); // the definition is not sent
        QCOMPARE(statements.at(0).text, QStringLiteral("SELECT * FROM orders WHERE p = 's3cret'"));
        QCOMPARE(statements.at(0).display,
                 QStringLiteral("SELECT * FROM ${tbl} WHERE p = '${pw}'"));
        QCOMPARE(plan.mask(statements.at(0).text),
                 QStringLiteral("SELECT * FROM orders WHERE p = '******'"));
    }

    void globalVariablesOff()
    {
        RunPlan::Input in = input(QStringLiteral("SELECT '${pw}'"));
        in.settings.globalVariables = false;
        in.workspaceVariables.insert(QStringLiteral("pw"), {QStringLiteral("x"), false});
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(!plan.ok());
    }

    void undefinedVariableAtItsPlace()
    {
        const RunPlan plan =
            RunPlan::build(input(QStringLiteral("SELECT 1;\n-- 注释\nSELECT  ${nope} FROM t;")));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.errors().size(), 1);
        QCOMPARE(plan.errors().first().start, (LineColumn{3, 9}));
        QVERIFY(plan.errors().first().message.contains(QStringLiteral("nope")));
    }

    void environmentFirst()
    {
        RunPlan::Input in = input(QStringLiteral("SELECT * FROM ${t}"));
        in.environmentScript = QStringLiteral("t := src;\nCREATE TABLE src (a INT);");
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        QList<PlannedStatement> rest;
        for (const auto &s : plan.statements())
            if (s.source != PlannedStatement::Source::Settings)
                rest.append(s);
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0).source, PlannedStatement::Source::Environment);
        QCOMPARE(rest.at(0).start, (LineColumn{2, 1}));
        QCOMPARE(rest.at(1).text, QStringLiteral("SELECT * FROM src"));
    }

    void statementSetWrapsInserts()
    {
        RunPlan::Input in = input(QStringLiteral("CREATE TABLE a (x INT);\n"
                                                 "INSERT INTO a VALUES (1);\n"
                                                 "INSERT INTO a VALUES (${v});"));
        in.settings.statementSet = true;
        in.restorePath = QStringLiteral("file:///tmp/sp");
        in.workspaceVariables.insert(QStringLiteral("v"), {QStringLiteral("42"), false});
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        const auto statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 2);
        const PlannedStatement &set = statements.at(1);
        QCOMPARE(set.kind, StatementKind::StatementSet);
        QCOMPARE(set.action, PlannedStatement::Action::Job);
        QCOMPARE(set.wrappedInserts, 2);
        QCOMPARE(set.text, QStringLiteral("EXECUTE STATEMENT SET\nBEGIN\nINSERT INTO a VALUES (1);\n"
                                          "INSERT INTO a VALUES (42);\nEND"));
        QCOMPARE(set.executionConfig.value(QStringLiteral("execution.savepoint.path")),
                 QStringLiteral("file:///tmp/sp"));
        QCOMPARE(set.executionConfig.value(QStringLiteral("execution.state-recovery.claim-mode")),
                 QStringLiteral("NO_CLAIM"));
        QVERIFY(plan.hasJobStatement());
        QCOMPARE(plan.restorePath(), QStringLiteral("file:///tmp/sp"));
        QCOMPARE(set.start, (LineColumn{2, 1}));
        // Flink's line 4 column 13 of the set ("a" of the second INSERT's table) is line 3 col 13.
        QCOMPARE(plan.locate(set, {4, 13}), (LineColumn{3, 13}));
        QVERIFY(statements.at(0).executionConfig.isEmpty());
    }

    void restorePathOnlyOnJobStatements()
    {
        RunPlan::Input in = input(QStringLiteral("CREATE TABLE a (x INT);\n"
                                                 "SELECT 1;\n"
                                                 "INSERT INTO a VALUES (1);"));
        in.restorePath = QStringLiteral("  file:///tmp/chk-7  ");
        in.settings.claimMode = ExecutionSettings::ClaimMode::Claim;
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        QVERIFY(plan.hasJobStatement());
        QCOMPARE(plan.restorePath(), QStringLiteral("file:///tmp/chk-7"));
        const auto statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).executionConfig.isEmpty());
        QVERIFY(statements.at(1).executionConfig.isEmpty());
        QCOMPARE(statements.at(2).executionConfig.value(QStringLiteral("execution.savepoint.path")),
                 QStringLiteral("file:///tmp/chk-7"));
        QCOMPARE(statements.at(2).executionConfig.value(QStringLiteral("execution.state-recovery.claim-mode")),
                 QStringLiteral("CLAIM"));

        // A strategy in the settings is not a path: only the resolved restorePath is restored.
        RunPlan::Input chosen = input(QStringLiteral("INSERT INTO a VALUES (1)"));
        chosen.settings.savepointStrategy = ExecutionSettings::SavepointStrategy::Chosen;
        chosen.settings.savepointPath = QStringLiteral("file:///tmp/sp");
        const RunPlan unresolved = RunPlan::build(chosen);
        QVERIFY(unresolved.hasJobStatement());
        QVERIFY(scriptStatements(unresolved).at(0).executionConfig.isEmpty());

        const RunPlan queries = RunPlan::build(input(QStringLiteral("SELECT 1; SHOW TABLES")));
        QVERIFY(!queries.hasJobStatement());
    }

    void errorPositionsMapThroughSubstitution()
    {
        RunPlan::Input in = input(QStringLiteral("SELECT 1;\n\tSELECT '${long}', 中文, bad FROM t"));
        in.workspaceVariables.insert(QStringLiteral("long"), {QStringLiteral("abcdefghijklmnop"), false});
        const RunPlan plan = RunPlan::build(in);
        QVERIFY(plan.ok());
        const PlannedStatement &second = scriptStatements(plan).at(1);
        const int sentColumn = int(second.text.indexOf(QStringLiteral("bad"))) + 1;
        QCOMPARE(plan.locate(second, {1, sentColumn}), (LineColumn{2, 24}));
    }

    void selectionAndCaret()
    {
        const QString script = QStringLiteral("SELECT 1;\nSELECT 2;\nSELECT 3;");
        RunPlan::Input in = input(script);
        in.scope = RunPlan::Scope::Selection;
        in.selectionBegin = {script.indexOf(QStringLiteral("SELECT 2"))};
        in.selectionEnd = {script.size()};
        RunPlan plan = RunPlan::build(in);
        auto statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements.at(0).start, (LineColumn{2, 1}));
        QCOMPARE(statements.at(1).text, QStringLiteral("SELECT 3"));

        in.scope = RunPlan::Scope::Caret;
        in.caret = {script.indexOf(QStringLiteral("2"))};
        plan = RunPlan::build(in);
        statements = scriptStatements(plan);
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.at(0).text, QStringLiteral("SELECT 2"));
    }
};

QTEST_GUILESS_MAIN(TestRunPlan)
#include "tst_runplan.moc"
