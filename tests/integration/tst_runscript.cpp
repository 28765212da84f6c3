// ScriptRunner against the real SQL Gateway of the CTest fixture (once per Flink version): the
// reference hello world, a GROUP BY with updates folded into the expected aggregate, errors at
// the exact editor place behind Chinese text, a statement set as one job, a deleted session
// recovered with its environment replayed, and Stop while a SELECT's job is still starting.

#include "flinkfixture.h"
#include "results/resultstore.h"
#include "run/runplan.h"
#include "run/scriptrunner.h"
#include "sql/textpositions.h"
#include "tst_gatewayharness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

namespace {

// Everything a ScriptRunner reported during one run.
struct Probe
{
    QList<StatementOutcome> outcomes;
    QHash<int, std::shared_ptr<ResultStore>> results;
    QStringList log;
    QStringList jobIds;
    int recovered = -1;
    std::optional<ScriptRunner::RunStatus> status;

    void attach(ScriptRunner *runner)
    {
        QObject::connect(runner, &ScriptRunner::statementFinished, runner,
                         [this](const StatementOutcome &o) { outcomes.append(o); });
        QObject::connect(runner, &ScriptRunner::logged, runner,
                         [this](const QString &line) { log.append(line); });
        QObject::connect(runner, &ScriptRunner::jobSubmitted, runner,
                         [this](int, const QString &id) { jobIds.append(id); });
        QObject::connect(runner, &ScriptRunner::sessionRecovered, runner,
                         [this](int n) { recovered = n; });
        QObject::connect(runner, &ScriptRunner::runFinished, runner,
                         [this](ScriptRunner::RunStatus s) { status = s; });
        QObject::connect(runner, &ScriptRunner::resultStarted, runner,
                         [this](int index, StatementRun *run) {
                             auto store = std::make_shared<ResultStore>();
                             store->setMaxRows(100000);
                             store->setMaxChanges(100000);
                             results.insert(index, store);
                             QObject::connect(run, &StatementRun::columnsReceived, store.get(),
                                              [s = store.get(), run](const QList<ColumnInfo> &c) {
                                                  s->begin(run->generation(), c);
                                              });
                             QObject::connect(run, &StatementRun::rowsReceived, store.get(),
                                              [s = store.get()](const RowBatch &b) { s->apply(b); });
                         });
    }
    QList<StatementOutcome> script() const
    {
        QList<StatementOutcome> out;
        for (const StatementOutcome &o : outcomes)
            if (o.source == PlannedStatement::Source::Script)
                out.append(o);
        return out;
    }
    // The result of the last script statement that has one.
    ResultStore *lastResult() const
    {
        int best = -1;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            best = qMax(best, it.key());
        return best < 0 ? nullptr : results.value(best).get();
    }
    QString describe() const { return log.join(QLatin1Char('\n')); }
};

RunPlan plan(const QString &script, bool statementSet = false)
{
    RunPlan::Input input;
    input.script = script;
    input.settings.statementSet = statementSet;
    input.settings.maxRows = 100000;
    return RunPlan::build(input);
}

} // namespace

class TestRunScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_fixture.printLogTailsIfFailed(); }
    void helloWorld();
    void groupByChangelog();
    void errorsLandInTheEditor();
    void statementSetIsOneJob();
    void deletedSessionRecovered();
    void stopWhileStarting();

private:
    bool runToEnd(ScriptRunner *runner, Probe *probe, const RunPlan &plan, int timeoutMs = 180000);

    FlinkFixture m_fixture;
    std::unique_ptr<GatewayHarness> m_harness;
};

void TestRunScript::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
    m_harness = std::make_unique<GatewayHarness>(m_fixture.gatewayUrl());
    const QString why = m_harness->negotiate();
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

bool TestRunScript::runToEnd(ScriptRunner *runner, Probe *probe, const RunPlan &plan, int timeoutMs)
{
    probe->status.reset();
    QElapsedTimer clock;
    clock.start();
    if (!runner->run(plan))
        return false;
    const bool ended = QTest::qWaitFor([&] { return probe->status.has_value(); }, timeoutMs);
    qInfo().noquote() << QStringLiteral("run took %1 ms").arg(clock.elapsed());
    return ended;
}

void TestRunScript::helloWorld()
{
    ScriptRunner runner(m_harness->client());
    Probe probe;
    probe.attach(&runner);
    const QString script = QStringLiteral(
        "CREATE TABLE Orders (\n"
        "  order_number BIGINT,\n"
        "  price        DECIMAL(32,2),\n"
        "  buyer        ROW<first_name STRING, last_name STRING>,\n"
        "  order_time   TIMESTAMP(3)\n"
        ") WITH (\n"
        "  'connector' = 'datagen',\n"
        "  'rows-per-second' = '50',\n"
        "  'number-of-rows' = '50'\n"
        ");\n"
        "SELECT order_number, price, buyer.first_name, buyer.last_name, order_time FROM Orders;\n"
        "SELECT buyer FROM Orders;\n");
    QVERIFY2(runToEnd(&runner, &probe, plan(script)), qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Succeeded);
    const auto outcomes = probe.script();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(1).rows, 50);
    QCOMPARE(outcomes.at(1).jobId.size(), 32);
    ResultStore *hello = probe.results.value(outcomes.at(1).index).get();
    QVERIFY(hello);
    QCOMPARE(hello->rowCount(), 50);
    QCOMPARE(hello->columnCount(), 5);
    QCOMPARE(hello->columns().at(2).name(), QStringLiteral("first_name"));
    QVERIFY(!hello->isNull(0, 2));
    QVERIFY(!hello->text(0, 2).isEmpty());
    ResultStore *rows = probe.results.value(outcomes.at(2).index).get();
    QVERIFY(rows);
    QCOMPARE(rows->rowCount(), 50);
    QVERIFY2(rows->columns().at(0).type().toString().startsWith(QStringLiteral("ROW<")),
             qPrintable(rows->columns().at(0).type().toString()));
    // The ROW field reads as Flink prints it: (first_name, last_name).
    const QString row = rows->text(0, 0).toString();
    QVERIFY2(row.startsWith(QLatin1Char('(')) && row.contains(QLatin1Char(',')), qPrintable(row));
    QVERIFY(runner.environment().join(QLatin1Char('\n')).contains(QStringLiteral("CREATE TABLE Orders")));
}

void TestRunScript::groupByChangelog()
{
    ScriptRunner runner(m_harness->client());
    Probe probe;
    probe.attach(&runner);
    const QString script = QStringLiteral(
        "CREATE TEMPORARY TABLE g (id BIGINT) WITH ('connector' = 'datagen', "
        "'rows-per-second' = '400', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
        "'fields.id.end' = '200');\n"
        "SELECT MOD(id, 5) AS k, COUNT(*) AS c, SUM(id) AS s FROM g GROUP BY MOD(id, 5);");
    QVERIFY2(runToEnd(&runner, &probe, plan(script)), qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Succeeded);
    ResultStore *store = probe.lastResult();
    QVERIFY(store);
    int before = 0, after = 0;
    for (qint64 i = store->firstChange(); i < store->changeEnd(); ++i) {
        before += store->changeKind(i) == RowKind::UpdateBefore;
        after += store->changeKind(i) == RowKind::UpdateAfter;
    }
    QVERIFY2(before > 0 && before == after, qPrintable(QStringLiteral("%1 -U, %2 +U").arg(before).arg(after)));
    QMap<QString, QString> expected, actual;
    for (int k = 0; k < 5; ++k) {
        qint64 sum = 0;
        for (qint64 id = 1; id <= 200; ++id)
            sum += id % 5 == k ? id : 0;
        expected.insert(QString::number(k), QStringLiteral("40 %1").arg(sum));
    }
    for (int r = 0; r < store->rowCount(); ++r)
        actual.insert(store->text(r, 0).toString(),
                      store->text(r, 1).toString() + QLatin1Char(' ') + store->text(r, 2).toString());
    QCOMPARE(store->rowCount(), 5);
    QCOMPARE(actual, expected);
}

void TestRunScript::errorsLandInTheEditor()
{
    const QString script = QStringLiteral("-- 中文注释：先来一句能跑的\n"
                                          "SELECT '你好' AS greeting;\n"
                                          "\n"
                                          "SELECT 1 AS a,\n"
                                          "\t'中文' AS b,\tnosuchcolumn AS c\n"
                                          "FROM (VALUES (1)) AS t(x);\n"
                                          "SELECT '中文' AS a,\n"
                                          "\t2 AS b c;\n");
    ScriptRunner runner(m_harness->client());
    runner.setKeepGoing(true);
    Probe probe;
    probe.attach(&runner);
    QVERIFY2(runToEnd(&runner, &probe, plan(script)), qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Failed);
    const auto outcomes = probe.script();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).status, StatementOutcome::Status::Finished);
    const TextPositions positions = TextPositions::fromString(script);
    auto at = [&](const QString &token) {
        return positions.lineColumn(Utf16Offset{script.indexOf(token)});
    };
    QCOMPARE(outcomes.at(1).status, StatementOutcome::Status::Failed);
    QVERIFY2(outcomes.at(1).error.contains(QStringLiteral("nosuchcolumn")), qPrintable(outcomes.at(1).error));
    QCOMPARE(*outcomes.at(1).errorStart, at(QStringLiteral("nosuchcolumn")));
    QCOMPARE(*outcomes.at(1).errorStart, (LineColumn{5, 13}));
    QCOMPARE(outcomes.at(2).status, StatementOutcome::Status::Failed);
    QVERIFY2(outcomes.at(2).error.contains(QStringLiteral("parse")), qPrintable(outcomes.at(2).error));
    QCOMPARE(*outcomes.at(2).errorStart, (LineColumn{8, 9})); // the `c` after "\t2 AS b "
    QCOMPARE(outcomes.at(2).errorStart->line, at(QStringLiteral("2 AS b c")).line);
}

void TestRunScript::statementSetIsOneJob()
{
    ScriptRunner runner(m_harness->client());
    Probe probe;
    probe.attach(&runner);
    const QString script = QStringLiteral(
        "CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '10');\n"
        "CREATE TEMPORARY TABLE sink1 (id BIGINT) WITH ('connector' = 'blackhole');\n"
        "CREATE TEMPORARY TABLE sink2 (id BIGINT) WITH ('connector' = 'blackhole');\n"
        "INSERT INTO sink1 SELECT id FROM src;\n"
        "INSERT INTO sink2 SELECT id + 1 FROM src;\n");
    const RunPlan set = plan(script, true);
    QCOMPARE(set.scriptStatementCount(), 4);
    QVERIFY2(runToEnd(&runner, &probe, set), qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Succeeded);
    QCOMPARE(probe.jobIds.size(), 1);
    QCOMPARE(probe.jobIds.first().size(), 32);
    const auto outcomes = probe.script();
    QCOMPARE(outcomes.last().kind, StatementKind::StatementSet);
    QCOMPARE(outcomes.last().jobId, probe.jobIds.first());
    QCOMPARE(outcomes.last().start, (LineColumn{4, 1}));
}

void TestRunScript::deletedSessionRecovered()
{
    ScriptRunner runner(m_harness->client());
    Probe probe;
    probe.attach(&runner);
    QVERIFY(runToEnd(&runner, &probe,
                     plan(QStringLiteral("CREATE TEMPORARY TABLE kept (id INT) WITH ('connector' = "
                                         "'datagen', 'number-of-rows' = '7');\n"
                                         "SET 'pipeline.name' = 'weir-recovered';"))));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Succeeded);
    const QString oldHandle = runner.session()->handle();

    // Delete the session behind the runner's back.
    bool deleted = false;
    m_harness->client()->http()->deleteResource(runner.session()->path(), nullptr,
                                                [&](const HttpClient::Response &) { deleted = true; });
    QVERIFY(QTest::qWaitFor([&] { return deleted; }, 30000));

    QVERIFY2(runToEnd(&runner, &probe, plan(QStringLiteral("SELECT COUNT(*) AS n FROM kept;"))),
             qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Succeeded);
    QVERIFY2(probe.recovered >= 2, qPrintable(probe.describe()));
    QVERIFY(runner.session()->handle() != oldHandle);
    ResultStore *store = probe.lastResult();
    QVERIFY(store);
    QCOMPARE(store->rowCount(), 1);
    QCOMPARE(store->text(0, 0).toString(), QStringLiteral("7"));
}

void TestRunScript::stopWhileStarting()
{
    ScriptRunner runner(m_harness->client());
    Probe probe;
    probe.attach(&runner);
    const QString script = QStringLiteral(
        "CREATE TEMPORARY TABLE endless (id BIGINT) WITH ('connector' = 'datagen', "
        "'rows-per-second' = '20');\nSELECT id FROM endless;");
    probe.status.reset();
    QVERIFY(runner.run(plan(script)));
    // Stop as soon as the SELECT is submitted: its job is still starting.
    QVERIFY(QTest::qWaitFor([&] { return !probe.results.isEmpty() || probe.status; }, 60000));
    runner.stop();
    QVERIFY2(QTest::qWaitFor([&] { return probe.status.has_value(); }, 90000), qPrintable(probe.describe()));
    QCOMPARE(*probe.status, ScriptRunner::RunStatus::Stopped);
    // The cluster survived: a new query still runs.
    Probe after;
    after.attach(&runner);
    QVERIFY2(runToEnd(&runner, &after, plan(QStringLiteral("SELECT 42 AS answer;"))), qPrintable(after.describe()));
    QCOMPARE(*after.status, ScriptRunner::RunStatus::Succeeded);
    QCOMPARE(after.lastResult()->text(0, 0).toString(), QStringLiteral("42"));
}

QTEST_GUILESS_MAIN(TestRunScript)
#include "tst_runscript.moc"
