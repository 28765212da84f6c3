// RestorePointResolver on a real SQLite store: what each savepoint strategy restores from for a
// script on a cluster (latest / earliest completed savepoint of that script there, never a failed,
// pending or checkpoint entry, nor another script's or cluster's), a chosen path, and what happens
// when there is nothing to restore (a reason) or no chosen path / no JobManager (an error). The
// JobManager side of the latest checkpoint is tested on real Flink (tst_restorestrategies).

#include "jobs/restorepointresolver.h"
#include "store/storage.h"
#include "tempworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Weir;
using Strategy = ExecutionSettings::SavepointStrategy;

class TestRestorePointResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noneAndChosen();
    void latestAndEarliestSavepointOfTheScriptOnTheCluster();
    void nothingRegisteredStartsWithoutState();
    void latestCheckpointNeedsAJobAndAJobManager();

private:
    // Resolves at once (the registry answers synchronously).
    Result<RestorePointResolver::RestorePoint> resolve(Strategy strategy, qint64 scriptId,
                                                       qint64 clusterId,
                                                       const QString &chosen = QString());
    qint64 addSavepoint(qint64 scriptId, qint64 clusterId, const QString &path, qint64 completedMs,
                        const QString &kind = QStringLiteral("savepoint"),
                        const QString &status = QStringLiteral("completed"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_orders = 0;
    qint64 m_payments = 0;
    qint64 m_prod = 0;
    qint64 m_staging = 0;
};

void TestRestorePointResolver::init()
{
    const QString why = Test::openTempWorkspace(m_dir, m_storage);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_orders = m_storage->scripts()
                   .create(0, QStringLiteral("orders"), ScriptType::FlinkSql, QString())
                   ->id;
    m_payments = m_storage->scripts()
                     .create(0, QStringLiteral("payments"), ScriptType::FlinkSql, QString())
                     ->id;
    Cluster cluster;
    cluster.name = QStringLiteral("prod");
    cluster.jobManagerUrl = QStringLiteral("http://127.0.0.1:1");
    m_prod = m_storage->clusters().add(cluster)->id;
    cluster.name = QStringLiteral("staging");
    m_staging = m_storage->clusters().add(cluster)->id;
}

void TestRestorePointResolver::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

Result<RestorePointResolver::RestorePoint> TestRestorePointResolver::resolve(Strategy strategy,
                                                                             qint64 scriptId,
                                                                             qint64 clusterId,
                                                                             const QString &chosen)
{
    ExecutionSettings settings;
    settings.savepointStrategy = strategy;
    settings.savepointPath = chosen;
    const RestorePointResolver resolver(m_storage->savepoints(), m_storage->runHistory());
    std::optional<Result<RestorePointResolver::RestorePoint>> answer;
    QObject context;
    resolver.resolve(
        {scriptId, m_storage->scripts().find(scriptId)->name, clusterId,
         m_storage->clusters().find(clusterId)->name},
        settings, nullptr, &context,
        [&answer](const Result<RestorePointResolver::RestorePoint> &point) { answer = point; });
    if (!answer)
        return Result<RestorePointResolver::RestorePoint>::failure(
            QStringLiteral("no answer at once"));
    return *answer;
}

qint64 TestRestorePointResolver::addSavepoint(qint64 scriptId, qint64 clusterId,
                                              const QString &path, qint64 completedMs,
                                              const QString &kind, const QString &status)
{
    SavepointRecord record;
    record.scriptId = scriptId;
    record.clusterId = clusterId;
    record.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    record.path = status == QLatin1String("completed") ? path : QString();
    record.kind = kind;
    record.triggeredMs = completedMs - 500;
    record.completedMs = status == QLatin1String("pending") ? 0 : completedMs;
    record.status = status;
    const auto added = m_storage->savepoints().add(record);
    return added ? added->id : 0;
}

void TestRestorePointResolver::noneAndChosen()
{
    const auto none = resolve(Strategy::None, m_orders, m_prod);
    QVERIFY(none.ok());
    QVERIFY(none->path.isEmpty() && none->origin.isEmpty());

    const auto chosen =
        resolve(Strategy::Chosen, m_orders, m_prod, QStringLiteral("  file:/sp/savepoint-1  "));
    QVERIFY(chosen.ok());
    QCOMPARE(chosen->path, QStringLiteral("file:/sp/savepoint-1"));
    QCOMPARE(chosen->kind, QStringLiteral("savepoint"));

    const auto missing = resolve(Strategy::Chosen, m_orders, m_prod, QStringLiteral(" "));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("\"orders\"")));
}

void TestRestorePointResolver::latestAndEarliestSavepointOfTheScriptOnTheCluster()
{
    addSavepoint(m_orders, m_prod, QStringLiteral("file:/sp/orders-1"), 10'000);
    addSavepoint(m_orders, m_prod, QStringLiteral("file:/sp/orders-2"), 20'000);
    // Newer, but not what "latest savepoint of orders on prod" means:
    addSavepoint(m_orders, m_prod, QStringLiteral("file:/chk/orders/chk-9"), 30'000,
                 QStringLiteral("checkpoint"));
    addSavepoint(m_orders, m_prod, QString(), 40'000, QStringLiteral("savepoint"),
                 QStringLiteral("failed"));
    addSavepoint(m_orders, m_prod, QString(), 45'000, QStringLiteral("savepoint"),
                 QStringLiteral("pending"));
    addSavepoint(m_payments, m_prod, QStringLiteral("file:/sp/payments-1"), 50'000);
    addSavepoint(m_orders, m_staging, QStringLiteral("file:/sp/orders-staging"), 60'000);
    // Older than everything, on another script: not the earliest of orders.
    addSavepoint(m_payments, m_prod, QStringLiteral("file:/sp/payments-0"), 5'000);

    const auto latest = resolve(Strategy::Latest, m_orders, m_prod);
    QVERIFY2(latest.ok(), qPrintable(latest.error()));
    QCOMPARE(latest->path, QStringLiteral("file:/sp/orders-2"));
    QCOMPARE(latest->kind, QStringLiteral("savepoint"));
    QVERIFY(latest->origin.startsWith(QStringLiteral("latest savepoint of \"orders\", ")));

    const auto earliest = resolve(Strategy::Earliest, m_orders, m_prod);
    QVERIFY(earliest.ok());
    QCOMPARE(earliest->path, QStringLiteral("file:/sp/orders-1"));
    QVERIFY(earliest->origin.startsWith(QStringLiteral("earliest savepoint of \"orders\"")));

    QCOMPARE(resolve(Strategy::Latest, m_orders, m_staging)->path,
             QStringLiteral("file:/sp/orders-staging"));
    QCOMPARE(resolve(Strategy::Earliest, m_payments, m_prod)->path,
             QStringLiteral("file:/sp/payments-0"));
    // The repository's own answers, which the Jobs dock uses too.
    QCOMPARE(m_storage->savepoints().latestCompleted(m_orders, m_prod)->path,
             QStringLiteral("file:/chk/orders/chk-9"));
    QCOMPARE(m_storage->savepoints().earliestCompleted(m_orders, 0)->path,
             QStringLiteral("file:/sp/orders-1"));
}

void TestRestorePointResolver::nothingRegisteredStartsWithoutState()
{
    addSavepoint(m_orders, m_prod, QString(), 40'000, QStringLiteral("savepoint"),
                 QStringLiteral("failed"));
    for (const Strategy strategy : {Strategy::Latest, Strategy::Earliest}) {
        const auto point = resolve(strategy, m_orders, m_prod);
        QVERIFY(point.ok());
        QVERIFY(point->path.isEmpty());
        QCOMPARE(point->origin,
                 QStringLiteral("no completed savepoint of \"orders\" on \"prod\" is registered"));
    }
}

void TestRestorePointResolver::latestCheckpointNeedsAJobAndAJobManager()
{
    // No job submitted by the script yet: nothing to restore, and why.
    const auto first = resolve(Strategy::LatestCheckpoint, m_orders, m_prod);
    QVERIFY(first.ok());
    QVERIFY(first->path.isEmpty());
    QCOMPARE(first->origin, QStringLiteral("\"orders\" has not submitted a job yet"));

    // The newest entry of the script with a job id names the job; asking needs a JobManager.
    RunHistoryEntry entry;
    entry.scriptId = m_orders;
    entry.statement = QStringLiteral("INSERT INTO snk SELECT 1");
    entry.jobId = QStringLiteral("8c0cb0bafb2c276fae636d9e079e826a");
    entry.status = QStringLiteral("finished");
    QVERIFY(m_storage->runHistory().add(entry).ok());
    entry.jobId.clear();
    QVERIFY(m_storage->runHistory().add(entry).ok()); // a later statement without a job
    const auto asked = resolve(Strategy::LatestCheckpoint, m_orders, m_prod);
    QVERIFY(!asked.ok());
    QVERIFY2(asked.error().contains(QStringLiteral("8c0cb0bafb2c276fae636d9e079e826a")),
             qPrintable(asked.error()));
}

QTEST_GUILESS_MAIN(TestRestorePointResolver)
#include "tst_restorepointresolver.moc"
