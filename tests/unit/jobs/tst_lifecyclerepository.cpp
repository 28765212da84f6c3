// The script lifecycle store (schema v7) through Storage on a real SQLite file: states with
// their history written together, defaults, ordering, and what deleting a script or cluster
// leaves behind.

#include "store/storage.h"
#include "tempworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

class TestLifecycleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        const QString why = Test::openTempWorkspace(m_dir, m_storage);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto script =
            m_storage->scripts().create(0, QStringLiteral("orders.sql"), ScriptType::FlinkSql,
                                        QStringLiteral("INSERT INTO k SELECT 1;"));
        QVERIFY2(script.ok(), qPrintable(script.error()));
        m_scriptId = script->id;
    }
    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void developWhenNothingStored()
    {
        const ScriptLifecycle lifecycle = m_storage->lifecycle().of(m_scriptId);
        QCOMPARE(lifecycle.scriptId, m_scriptId);
        QCOMPARE(lifecycle.state, LifecycleState::Develop);
        QCOMPARE(lifecycle.publishedVersion, 0);
        QVERIFY(lifecycle.jobId.isEmpty());
        QVERIFY(m_storage->lifecycle().all().isEmpty());
        QVERIFY(m_storage->lifecycle().events(m_scriptId).isEmpty());
    }

    void transitionsStoreStateAndHistory()
    {
        LifecycleRepository &repo = m_storage->lifecycle();
        QVERIFY(repo.transition(published(1000),
                                event(LifecycleState::Develop, LifecycleState::Published, 1000))
                    .ok());

        ScriptLifecycle online = published(2000);
        online.state = LifecycleState::Online;
        online.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
        const auto cluster = m_storage->clusters().add(clusterNamed(QStringLiteral("prod")));
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        online.clusterId = cluster->id;
        LifecycleEvent wentOnline = event(LifecycleState::Published, LifecycleState::Online, 2000);
        wentOnline.jobId = online.jobId;
        QVERIFY(repo.transition(online, wentOnline).ok());

        const ScriptLifecycle stored = repo.of(m_scriptId);
        QCOMPARE(stored.state, LifecycleState::Online);
        QCOMPARE(stored.publishedVersion, 1);
        QCOMPARE(stored.jobId, online.jobId);
        QCOMPARE(stored.clusterId, cluster->id);
        QCOMPARE(stored.updatedMs, qint64(2000));
        QCOMPARE(repo.all().size(), 1);

        const QList<LifecycleEvent> events = repo.events(m_scriptId);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).to, LifecycleState::Online); // newest first
        QCOMPARE(events.at(0).from, LifecycleState::Published);
        QCOMPARE(events.at(0).jobId, online.jobId);
        QCOMPARE(events.at(0).version, 1);
        QCOMPARE(events.at(1).to, LifecycleState::Published);
        QCOMPARE(events.at(1).note, QStringLiteral("note 1000"));
        QCOMPARE(repo.events(m_scriptId, 1).size(), 1);

        // Deleting the cluster keeps the state, without the cluster.
        QVERIFY(m_storage->clusters().remove(cluster->id).ok());
        QCOMPARE(repo.of(m_scriptId).clusterId, qint64(0));
        QCOMPARE(repo.of(m_scriptId).state, LifecycleState::Online);

        // Back to develop: no longer listed by all(), but the history stays.
        ScriptLifecycle develop = repo.of(m_scriptId);
        develop.state = LifecycleState::Develop;
        QVERIFY(
            repo.transition(develop, event(LifecycleState::Offline, LifecycleState::Develop, 3000))
                .ok());
        QVERIFY(repo.all().isEmpty());
        QCOMPARE(repo.events(m_scriptId).size(), 3);
    }

    void failedTransitionChangesNothing()
    {
        LifecycleRepository &repo = m_storage->lifecycle();
        QVERIFY(repo.transition(published(1000),
                                event(LifecycleState::Develop, LifecycleState::Published, 1000))
                    .ok());
        // The event names a script that does not exist: the foreign key refuses it, and the
        // state written before it in the same transaction must be rolled back.
        ScriptLifecycle retired = published(2000);
        retired.state = LifecycleState::Retired;
        LifecycleEvent orphan = event(LifecycleState::Published, LifecycleState::Retired, 2000);
        orphan.scriptId = m_scriptId + 1000;
        const Status status = repo.transition(retired, orphan);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("lifecycle event")),
                 qPrintable(status.error()));
        QCOMPARE(repo.of(m_scriptId).state, LifecycleState::Published);
        QCOMPARE(repo.events(m_scriptId).size(), 1);
    }

    void deletingTheScriptDeletesItsLifecycle()
    {
        LifecycleRepository &repo = m_storage->lifecycle();
        QVERIFY(repo.transition(published(1000),
                                event(LifecycleState::Develop, LifecycleState::Published, 1000))
                    .ok());
        QVERIFY(m_storage->scripts().remove(m_scriptId).ok());
        QVERIFY(repo.all().isEmpty());
        QVERIFY(repo.events(m_scriptId).isEmpty());
        QCOMPARE(repo.of(m_scriptId).state, LifecycleState::Develop);
    }

private:
    ScriptLifecycle published(qint64 timeMs) const
    {
        ScriptLifecycle lifecycle;
        lifecycle.scriptId = m_scriptId;
        lifecycle.state = LifecycleState::Published;
        lifecycle.publishedVersion = 1;
        lifecycle.updatedMs = timeMs;
        return lifecycle;
    }
    LifecycleEvent event(LifecycleState from, LifecycleState to, qint64 timeMs) const
    {
        LifecycleEvent e;
        e.scriptId = m_scriptId;
        e.from = from;
        e.to = to;
        e.timeMs = timeMs;
        e.version = 1;
        e.note = QStringLiteral("note %1").arg(timeMs);
        return e;
    }
    static Cluster clusterNamed(const QString &name)
    {
        Cluster cluster;
        cluster.name = name;
        return cluster;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_scriptId = 0;
};

QTEST_GUILESS_MAIN(TestLifecycleRepository)
#include "tst_lifecyclerepository.moc"
