// StatementRun on live and failing statements against the real SQL Gateway of the CTest
// fixture (once per Flink version): an unbounded datagen query fetched over several pages and
// cancelled (its job too), and a syntax error and a validation error whose statement-relative
// line/column land on the right place of a multi-statement script with Chinese text and tabs.

#include "flinkfixture.h"
#include "sql/statementsplitter.h"
#include "sql/textpositions.h"
#include "tst_gatewayharness.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace Weir;
using Weir::Test::CollectedRun;
using Weir::Test::FlinkFixture;
using Weir::Test::GatewayHarness;

namespace {

// Statement 2 fails validation at `nosuchcolumn`, statement 3 fails parsing at `c`. Tabs and
// CJK text sit before both places on their lines; Flink counts each as one column.
const QString kScript = QStringLiteral("-- 中文注释：先来一句能跑的\n"
                                       "SELECT '你好' AS greeting;\n"
                                       "\n"
                                       "SELECT 1 AS a,\n"
                                       "\t'中文' AS b,\tnosuchcolumn AS c\n"
                                       "FROM (VALUES (1)) AS t(x);\n"
                                       "SELECT '中文' AS a,\n"
                                       "\t2 AS b c;\n");

} // namespace

class TestGatewayStreaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void streamingQueryCancelled();
    void errorsLandInTheScript_data();
    void errorsLandInTheScript();

private:
    QString jobState(const QString &jobId);

    FlinkFixture m_fixture;
    std::unique_ptr<GatewayHarness> m_harness;
    std::unique_ptr<GatewaySession> m_session;
};

void TestGatewayStreaming::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
    m_harness = std::make_unique<GatewayHarness>(m_fixture.gatewayUrl());
    const QString why = m_harness->negotiate();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QString openWhy;
    m_session = m_harness->openSession({}, &openWhy);
    QVERIFY2(m_session, qPrintable(openWhy));
}

void TestGatewayStreaming::cleanup()
{
    m_fixture.printLogTailsIfFailed();
}

void TestGatewayStreaming::cleanupTestCase()
{
    if (m_session)
        GatewayHarness::close(m_session.get());
}

QString TestGatewayStreaming::jobState(const QString &jobId)
{
    HttpClient::Options options;
    options.baseUrl = m_fixture.jobManagerUrl();
    HttpClient jobManager(options);
    QString state;
    bool done = false;
    jobManager.get(QStringLiteral("/jobs/") + jobId, nullptr,
                   [&](const HttpClient::Response &response) {
                       state = response.json().value(QLatin1String("state")).toString();
                       done = true;
                   });
    (void)QTest::qWaitFor([&] { return done; }, 30000);
    return state;
}

void TestGatewayStreaming::streamingQueryCancelled()
{
    QVERIFY(GatewayHarness::configure(
                m_session.get(),
                QStringLiteral("CREATE TEMPORARY TABLE weir_gen (id BIGINT, v STRING) WITH ("
                               "'connector' = 'datagen', 'rows-per-second' = '200', "
                               "'fields.v.length' = '8')"))
                .isEmpty());
    CollectedRun out;
    StatementRun run(m_session.get(), QStringLiteral("SELECT id, v FROM weir_gen"));
    Test::collect(&run, &out);
    QElapsedTimer clock;
    clock.start();
    run.start();
    // Rows arrive live, page after page, while the job runs.
    QTRY_VERIFY2_WITH_TIMEOUT((out.batches >= 3 && out.rows.size() >= 100) || out.done(),
                              qPrintable(out.describe()), 120000);
    QVERIFY2(!out.done(), qPrintable(out.describe()));
    QCOMPARE(run.state(), StatementRun::State::Fetching);
    QCOMPARE(out.columnTypes(), (QStringList{QStringLiteral("BIGINT"), QStringLiteral("STRING")}));
    QCOMPARE(out.rows.first().at(1).size(), 8);
    QVERIFY(run.isQueryResult());
    QCOMPARE(out.jobId.size(), 32);
    // Idle polls back off: far fewer pages than a busy loop would fetch in that time.
    qInfo().noquote() << QStringLiteral("%1 rows in %2 batches over %3 pages in %4 ms")
                             .arg(out.rows.size())
                             .arg(out.batches)
                             .arg(run.pageCount())
                             .arg(clock.elapsed());
    QVERIFY2(run.pageCount() < 40 + clock.elapsed() / 5,
             qPrintable(QString::number(run.pageCount())));

    const int rowsBeforeCancel = int(out.rows.size());
    run.cancel();
    QCOMPARE(run.state(), StatementRun::State::Cancelling);
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 60000);
    QVERIFY2(out.cancelled, qPrintable(out.describe()));
    QVERIFY(!out.finished);
    QCOMPARE(out.rows.size(), rowsBeforeCancel); // nothing after cancel()
    // Closing the operation cancelled the SELECT's job on the cluster.
    QTRY_COMPARE_WITH_TIMEOUT(jobState(out.jobId), QStringLiteral("CANCELED"), 60000);
}

void TestGatewayStreaming::errorsLandInTheScript_data()
{
    QTest::addColumn<int>("statement");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    QTest::newRow("validation") << 1 << QStringLiteral("nosuchcolumn")
                                << QStringLiteral("Column 'nosuchcolumn' not found in any table");
    QTest::newRow("parse") << 2 << QStringLiteral("c")
                           << QStringLiteral("SQL parse failed. Encountered \"c\".");
}

void TestGatewayStreaming::errorsLandInTheScript()
{
    QFETCH(int, statement);
    QFETCH(QString, token);
    QFETCH(QString, message);

    const QVector<Statement> statements = StatementSplitter::split(kScript);
    QCOMPARE(statements.size(), 3);
    const Statement &failing = statements.at(statement);
    const CollectedRun run = GatewayHarness::run(m_session.get(), failing.text(kScript));
    QVERIFY2(run.error, qPrintable(run.describe()));
    QCOMPARE(run.error->kind, GatewayError::Kind::Statement);
    QVERIFY2(run.error->message.startsWith(message), qPrintable(run.error->message));
    QVERIFY(run.error->start && run.error->end);

    // Statement-relative → script, through the language core's one conversion module.
    const TextPositions positions = TextPositions::fromString(kScript);
    const LineColumn start = TextPositions::fromStatementRelative(failing.start, *run.error->start);
    const LineColumn end = TextPositions::fromStatementRelative(failing.start, *run.error->end);
    const Utf16Offset from = positions.utf16Offset(start);
    const Utf16Offset to = positions.utf16Offset(end);
    QCOMPARE(kScript.mid(from.value, to.value - from.value), token);
}

QTEST_GUILESS_MAIN(TestGatewayStreaming)
#include "tst_gatewaystreaming.moc"
