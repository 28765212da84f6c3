// The alert repositories on a real workspace database: instances with their settings and
// secret key (never a secret), groups with ordered members, cascades on delete, history newest
// first and pruned.

#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;

class TestAlertRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    AlertInstance instance(const QString &name, AlertInstance::Kind kind)
    {
        AlertInstance i;
        i.name = name;
        i.kind = kind;
        i.settings = {{QStringLiteral("webhook"), QStringLiteral("https://example/hook")},
                      {QStringLiteral("to"), QJsonArray{QStringLiteral("a@example.com")}}};
        i.secretRef = QStringLiteral("alert/") + name;
        return i;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(WorkspacePaths(m_dir.path()).databaseFile());
        auto opened = Storage::open(WorkspacePaths(m_dir.path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_storage = std::move(opened.value());
    }
    void cleanup() { m_storage.reset(); }

    void instancesRoundTrip()
    {
        AlertConfigRepository &repo = m_storage->alertConfig();
        const Result<AlertInstance> ding =
            repo.addInstance(instance(QStringLiteral("ops ding"), AlertInstance::Kind::DingTalk));
        QVERIFY2(ding.ok(), qPrintable(ding.error()));
        QVERIFY(ding->id > 0);
        QCOMPARE(*repo.instance(ding->id), ding.value());
        // Names are unique and not blank.
        QVERIFY(!repo.addInstance(instance(QStringLiteral("ops ding"), AlertInstance::Kind::Email))
                     .ok());
        QVERIFY(!repo.addInstance(instance(QStringLiteral("  "), AlertInstance::Kind::Email)).ok());

        AlertInstance changed = ding.value();
        changed.enabled = false;
        changed.kind = AlertInstance::Kind::Feishu;
        changed.settings.insert(QStringLiteral("template"), QStringLiteral("${job.name}"));
        QVERIFY(repo.updateInstance(changed).ok());
        QCOMPARE(*repo.instance(ding->id), changed);
        changed.id = 999;
        QVERIFY(!repo.updateInstance(changed).ok());

        // Only the key of the secret is stored.
        QCOMPARE(repo.instances().size(), 1);
        QCOMPARE(repo.instances().first().secretRef, QStringLiteral("alert/ops ding"));
    }

    void groupsWithOrderedMembers()
    {
        AlertConfigRepository &repo = m_storage->alertConfig();
        const qint64 a =
            repo.addInstance(instance(QStringLiteral("a"), AlertInstance::Kind::WeCom))->id;
        const qint64 b =
            repo.addInstance(instance(QStringLiteral("b"), AlertInstance::Kind::Email))->id;
        AlertInstance disabled = instance(QStringLiteral("c"), AlertInstance::Kind::Http);
        disabled.enabled = false;
        const qint64 c = repo.addInstance(disabled)->id;

        AlertGroup group;
        group.name = QStringLiteral("on-call");
        group.description = QStringLiteral("night shift");
        group.instanceIds = {b, c, a};
        const Result<AlertGroup> added = repo.addGroup(group);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(repo.group(added->id)->instanceIds, (QList<qint64>{b, c, a}));
        QCOMPARE(repo.groupByName(QStringLiteral("on-call"))->id, added->id);
        QVERIFY(!repo.addGroup(group).ok()); // unique name

        QList<AlertInstance> members = repo.enabledMembers(added->id);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).id, b);
        QCOMPARE(members.at(1).id, a);

        AlertGroup changed = added.value();
        changed.instanceIds = {a};
        changed.name = QStringLiteral("day");
        QVERIFY(repo.updateGroup(changed).ok());
        QCOMPARE(*repo.group(added->id), changed);

        // Removing an instance takes it out of its groups.
        QVERIFY(repo.removeInstance(a).ok());
        QVERIFY(repo.group(added->id)->instanceIds.isEmpty());
        QVERIFY(repo.removeGroup(added->id).ok());
        QVERIFY(!repo.group(added->id));
        QCOMPARE(repo.groups().size(), 0);
    }

    void historyNewestFirstAndPruned()
    {
        AlertConfigRepository &config = m_storage->alertConfig();
        AlertHistoryRepository &history = m_storage->alertHistory();
        const qint64 id =
            config.addInstance(instance(QStringLiteral("a"), AlertInstance::Kind::Feishu))->id;
        for (int i = 0; i < 5; ++i) {
            AlertHistoryEntry entry;
            entry.timeMs = 1000 + i;
            entry.rule = QStringLiteral("job_failed");
            entry.instanceId = id;
            entry.instanceName = QStringLiteral("a");
            entry.instanceKind = QStringLiteral("feishu");
            entry.jobId = i % 2 ? QStringLiteral("j1") : QStringLiteral("j2");
            entry.ok = i != 3;
            entry.error = i == 3 ? QStringLiteral("refused") : QString();
            const Result<AlertHistoryEntry> added = history.add(entry);
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        QList<AlertHistoryEntry> all = history.list(100);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().timeMs, qint64(1004));
        QCOMPARE(all.at(1).ok, false);
        QCOMPARE(all.at(1).error, QStringLiteral("refused"));
        QCOMPARE(history.list(100, QStringLiteral("j1")).size(), 2);
        // A deleted instance leaves its history (with no instance to point at).
        QVERIFY(config.removeInstance(id).ok());
        QCOMPARE(history.list(1).first().instanceId, qint64(0));
        QCOMPARE(history.list(1).first().instanceName, QStringLiteral("a"));
        QVERIFY(history.prune(2).ok());
        all = history.list(100);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().timeMs, qint64(1003));
    }
};

QTEST_GUILESS_MAIN(TestAlertRepositories)
#include "tst_alertrepositories.moc"
