// The savepoint registry (schema v5) through Storage: add, complete, list and "latest" per
// script, job and cluster, and what deleting a script or cluster leaves behind.

#include "store/storage.h"
#include "tempworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

class TestSavepointRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        const QString why = Test::openTempWorkspace(m_dir, m_storage);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void addCompleteAndList()
    {
        SavepointRepository &registry = m_storage->savepoints();
        SavepointRecord record;
        record.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
        record.jobName = QStringLiteral("insert-into_orders");
        record.triggeredMs = 1000;
        const auto added = registry.add(record);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->status, QStringLiteral("pending"));
        QVERIFY(!registry.latestCompleted(0, 0, record.jobName));

        SavepointRecord done = added.value();
        done.status = QStringLiteral("completed");
        done.path = QStringLiteral("file:/sp/savepoint-012345-aaaa");
        done.completedMs = 1500;
        QVERIFY(registry.update(done).ok());
        QCOMPARE(registry.find(done.id).value(), done);
        QCOMPARE(registry.latestCompleted(0, 0, record.jobName)->path, done.path);

        // A later failed one does not become "latest".
        SavepointRecord failed = record;
        failed.triggeredMs = 2000;
        failed.status = QStringLiteral("failed");
        failed.error = QStringLiteral("disk full");
        QVERIFY(registry.add(failed).ok());
        QCOMPARE(registry.latestCompleted(0, 0, record.jobName)->id, done.id);
        QCOMPARE(registry.list(10).size(), 2);
        QCOMPARE(registry.list(10).first().status, QStringLiteral("failed"));
        QCOMPARE(registry.list(10, 0, record.jobId).size(), 2);
        QVERIFY(registry.list(10, 0, QStringLiteral("ffffffffffffffffffffffffffffffff")).isEmpty());

        QVERIFY(registry.remove(done.id).ok());
        QVERIFY(!registry.find(done.id));
        QVERIFY(!registry.update(done).ok());
    }

    void latestPerScriptAndCluster()
    {
        const auto script =
            m_storage->scripts().create(0, QStringLiteral("orders.sql"), ScriptType::FlinkSql);
        QVERIFY2(script.ok(), qPrintable(script.error()));
        Cluster cluster;
        cluster.name = QStringLiteral("prod");
        const auto addedCluster = m_storage->clusters().add(cluster);
        QVERIFY2(addedCluster.ok(), qPrintable(addedCluster.error()));
        const qint64 scriptId = script->id;
        const qint64 clusterId = addedCluster->id;

        SavepointRepository &registry = m_storage->savepoints();
        const auto add = [&](qint64 cluster, qint64 when, const char *path) {
            SavepointRecord record;
            record.scriptId = scriptId;
            record.scriptName = QStringLiteral("orders.sql");
            record.clusterId = cluster;
            record.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
            record.operation = QStringLiteral("stop");
            record.triggeredMs = when;
            record.completedMs = when + 10;
            record.status = QStringLiteral("completed");
            record.path = QString::fromLatin1(path);
            QVERIFY(registry.add(record).ok());
        };
        add(clusterId, 100, "file:/a");
        add(0, 300, "file:/elsewhere");
        add(clusterId, 200, "file:/b");
        QCOMPARE(registry.latestCompleted(scriptId, clusterId)->path, QStringLiteral("file:/b"));
        QCOMPARE(registry.latestCompleted(scriptId, 0)->path, QStringLiteral("file:/elsewhere"));
        QCOMPARE(registry.list(10, scriptId, QString(), clusterId).size(), 2);

        SavepointRecord bad;
        bad.jobId = QStringLiteral("x");
        bad.kind = QStringLiteral("snapshot");
        QVERIFY(!registry.add(bad).ok());

        // Deleting the script or the cluster keeps the savepoints (they are files elsewhere).
        QVERIFY(m_storage->clusters().remove(clusterId).ok());
        QVERIFY(m_storage->scripts().remove(scriptId).ok());
        const QList<SavepointRecord> kept = registry.list(10);
        QCOMPARE(kept.size(), 3);
        for (const SavepointRecord &record : kept) {
            QCOMPARE(record.scriptId, qint64(0));
            QCOMPARE(record.clusterId, qint64(0));
            QCOMPARE(record.scriptName, QStringLiteral("orders.sql"));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh workspace per test
    std::unique_ptr<Storage> m_storage;
};

QTEST_GUILESS_MAIN(TestSavepointRepository)
#include "tst_savepointrepository.moc"
