// Folders, scripts with their versions, and clusters through Storage.

#include "store/storage.h"
#include "tempworkspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;

class TestStoreRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;

    Storage &storage() { return *m_storage; }
    qint64 folder(qint64 parent, const QString &name)
    {
        const Result<Folder> created = storage().folders().create(parent, name);
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? created->id : -1;
    }

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

    void scriptTypeNames()
    {
        QCOMPARE(scriptTypeName(ScriptType::FlinkSql), QStringLiteral("FlinkSQL"));
        QCOMPARE(scriptTypeName(ScriptType::FlinkSqlEnv), QStringLiteral("FlinkSQLEnv"));
        QCOMPARE(scriptTypeName(ScriptType::Sql), QStringLiteral("SQL"));
        QCOMPARE(scriptTypeFromName(QStringLiteral("FlinkSQLEnv")),
                 std::optional(ScriptType::FlinkSqlEnv));
        QVERIFY(!scriptTypeFromName(QStringLiteral("flinksql")));
    }

    void folderCreateAndOrder()
    {
        const qint64 a = folder(0, QStringLiteral("  Pipelines "));
        const qint64 b = folder(0, QStringLiteral("Adhoc"));
        const qint64 c = folder(a, QStringLiteral("Orders"));
        QVERIFY(a > 0 && b > 0 && c > 0);
        const QList<Folder> all = storage().folders().all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("Pipelines")); // trimmed, and created first
        QCOMPARE(all.at(0).position, 0);
        QCOMPARE(all.at(1).name, QStringLiteral("Adhoc"));
        QCOMPARE(all.at(1).position, 1);
        QCOMPARE(all.at(2).parentId, a);
        QCOMPARE(all.at(2).position, 0);
    }

    void folderNamesAreChecked()
    {
        const qint64 a = folder(0, QStringLiteral("Pipelines"));
        folder(a, QStringLiteral("Orders"));

        Result<Folder> duplicate = storage().folders().create(a, QStringLiteral("Orders"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error(),
                 QStringLiteral("A folder named “Orders” already exists in “Pipelines”."));
        duplicate = storage().folders().create(0, QStringLiteral("Pipelines"));
        QCOMPARE(duplicate.error(),
                 QStringLiteral("A folder named “Pipelines” already exists at the top level."));
        QVERIFY(!storage().folders().create(0, QStringLiteral("   ")).ok());
        QVERIFY(!storage().folders().create(0, QStringLiteral("a\nb")).ok());
        QVERIFY(!storage().folders().create(9999, QStringLiteral("Orphan")).ok());
        // The same name is fine elsewhere in the tree.
        QVERIFY(storage().folders().create(0, QStringLiteral("Orders")).ok());

        const qint64 other = folder(0, QStringLiteral("Other"));
        const Status rename = storage().folders().rename(other, QStringLiteral("Pipelines"));
        QVERIFY(!rename.ok());
        QVERIFY(rename.error().contains(QStringLiteral("Pipelines")));
        QVERIFY(storage().folders().rename(other, QStringLiteral("Renamed")).ok());
        QCOMPARE(storage().folders().find(other)->name, QStringLiteral("Renamed"));
        QVERIFY(!storage().folders().rename(other, QString()).ok());
        QVERIFY(!storage().folders().rename(4242, QStringLiteral("x")).ok());
    }

    void folderMove()
    {
        const qint64 a = folder(0, QStringLiteral("A"));
        const qint64 b = folder(a, QStringLiteral("B"));
        const qint64 c = folder(b, QStringLiteral("C"));
        const qint64 d = folder(0, QStringLiteral("D"));

        Status status = storage().folders().move(a, a);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), QStringLiteral("Cannot move the folder “A” into itself."));
        status = storage().folders().move(a, c);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("Cannot move the folder “A” into “C”, which is inside it."));
        QCOMPARE(storage().folders().find(a)->parentId, qint64(0));

        QVERIFY(storage().folders().move(c, d).ok());
        QCOMPARE(storage().folders().find(c)->parentId, d);
        QVERIFY(storage().folders().move(c, 0).ok());
        QCOMPARE(storage().folders().find(c)->parentId, qint64(0));
        QVERIFY(storage().folders().move(a, d).ok()); // A (with B) under D: no cycle
        QCOMPARE(storage().folders().find(a)->parentId, d);

        folder(0, QStringLiteral("B"));
        status = storage().folders().move(b, 0);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("A folder named “B” already exists at the top level."));
    }

    void folderRemoveCascades()
    {
        const qint64 a = folder(0, QStringLiteral("A"));
        const qint64 b = folder(a, QStringLiteral("B"));
        const qint64 keep = folder(0, QStringLiteral("Keep"));
        const Result<Script> inB = storage().scripts().create(
            b, QStringLiteral("deep"), ScriptType::FlinkSql, QStringLiteral("SELECT 1;"));
        QVERIFY(inB.ok());
        QVERIFY(storage().scripts().saveText(inB->id, QStringLiteral("SELECT 2;")).value());
        QVERIFY(storage().scripts().create(keep, QStringLiteral("kept"), ScriptType::Sql).ok());
        QCOMPARE(storage().scripts().versions(inB->id).size(), 2);

        QVERIFY(storage().folders().remove(a).ok());
        QVERIFY(!storage().folders().find(b)); // through the foreign key cascade
        QVERIFY(!storage().scripts().find(inB->id));
        QVERIFY(storage().scripts().versions(inB->id).isEmpty());
        QCOMPARE(storage().folders().all().size(), 1);
        QCOMPARE(storage().scripts().all().size(), 1);
        QVERIFY(!storage().folders().remove(a).ok());
    }

    void scriptCrud()
    {
        const qint64 f = folder(0, QStringLiteral("F"));
        const Result<Script> created = storage().scripts().create(
            f, QStringLiteral("orders"), ScriptType::FlinkSqlEnv, QStringLiteral("SET a=1;"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(created->id > 0);
        QCOMPARE(created->folderId, f);
        QCOMPARE(created->type, ScriptType::FlinkSqlEnv);
        QCOMPARE(created->text, QStringLiteral("SET a=1;"));
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(created->createdAt, created->updatedAt);

        const Result<Script> duplicate =
            storage().scripts().create(f, QStringLiteral("orders"), ScriptType::Sql);
        QCOMPARE(duplicate.error(),
                 QStringLiteral("A script named “orders” already exists in “F”."));
        QVERIFY(!storage().scripts().create(0, QString(), ScriptType::Sql).ok());
        QVERIFY(storage().scripts().create(0, QStringLiteral("orders"), ScriptType::Sql).ok());

        QCOMPARE(storage().scripts().all().size(), 2);
        const QList<Script> headers = storage().scripts().allWithoutText();
        QCOMPARE(headers.size(), 2);
        for (const Script &script : headers)
            QVERIFY(script.text.isEmpty());

        QVERIFY(storage().scripts().rename(created->id, QStringLiteral("orders v2")).ok());
        QCOMPARE(storage().scripts().find(created->id)->name, QStringLiteral("orders v2"));
        const Status collide = storage().scripts().move(created->id, 0);
        QVERIFY(collide.ok()); // "orders v2" does not collide with "orders"
        QCOMPARE(storage().scripts().find(created->id)->folderId, qint64(0));
        QVERIFY(!storage().scripts().move(created->id, 777).ok());

        QJsonObject settings{{QStringLiteral("parallelism"), 8},
                             {QStringLiteral("cluster"), QStringLiteral("prod")}};
        QVERIFY(storage().scripts().setSettings(created->id, settings).ok());
        QCOMPARE(storage().scripts().find(created->id)->settings, settings);
        // Merging replaces the given keys and keeps the others.
        const QJsonObject chart{{QStringLiteral("type"), QStringLiteral("line")}};
        QVERIFY(storage().scripts().mergeSettings(created->id, {{QStringLiteral("chart"), chart},
                                                               {QStringLiteral("parallelism"), 4}}).ok());
        const QJsonObject merged = storage().scripts().find(created->id)->settings;
        QCOMPARE(merged.value(QStringLiteral("parallelism")).toInt(), 4);
        QCOMPARE(merged.value(QStringLiteral("cluster")).toString(), QStringLiteral("prod"));
        QCOMPARE(merged.value(QStringLiteral("chart")).toObject(), chart);

        QVERIFY(storage().scripts().remove(created->id).ok());
        QVERIFY(!storage().scripts().mergeSettings(created->id, chart).ok());
        QVERIFY(!storage().scripts().find(created->id));
        QVERIFY(!storage().scripts().remove(created->id).ok());
        QVERIFY(!storage().scripts().setSettings(created->id, settings).ok());
    }

    void versionsOnSave()
    {
        const Result<Script> empty =
            storage().scripts().create(0, QStringLiteral("e"), ScriptType::FlinkSql);
        QVERIFY(empty.ok());
        QVERIFY(
            storage().scripts().versions(empty->id).isEmpty()); // nothing typed, nothing to keep

        Result<bool> saved = storage().scripts().saveText(empty->id, QString());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), false);
        QVERIFY(storage().scripts().versions(empty->id).isEmpty());

        saved = storage().scripts().saveText(empty->id, QStringLiteral("SELECT 1;"));
        QCOMPARE(saved.value(), true);
        saved = storage().scripts().saveText(empty->id, QStringLiteral("SELECT 1;"));
        QCOMPARE(saved.value(), false);
        QTest::qWait(5); // updatedAt has millisecond resolution
        saved = storage().scripts().saveText(empty->id, QStringLiteral("SELECT 2;"));
        QCOMPARE(saved.value(), true);

        const QList<ScriptVersion> versions = storage().scripts().versions(empty->id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).version, 1);
        QCOMPARE(versions.at(0).text, QStringLiteral("SELECT 1;"));
        QCOMPARE(versions.at(1).version, 2);
        QCOMPARE(versions.at(1).text, QStringLiteral("SELECT 2;"));
        QCOMPARE(versions.at(1).scriptId, empty->id);
        const Script script = *storage().scripts().find(empty->id);
        QCOMPARE(script.text, QStringLiteral("SELECT 2;"));
        QVERIFY(script.updatedAt > script.createdAt);

        // Created with text: that text is version 1, the next change version 2.
        const Result<Script> withText = storage().scripts().create(
            0, QStringLiteral("t"), ScriptType::Sql, QStringLiteral("a"));
        QCOMPARE(storage().scripts().versions(withText->id).size(), 1);
        QVERIFY(storage().scripts().saveText(withText->id, QStringLiteral("b")).value());
        QCOMPARE(storage().scripts().versions(withText->id).constLast().version, 2);
        // Versions are per script.
        QCOMPARE(storage().scripts().versions(empty->id).size(), 2);

        QVERIFY(!storage().scripts().saveText(31337, QStringLiteral("x")).ok());
    }

    void clusterCrud()
    {
        Cluster cluster;
        cluster.name = QStringLiteral("prod");
        cluster.gatewayUrl = QStringLiteral("https://gw.example:8083");
        cluster.jobManagerUrl = QStringLiteral("https://jm.example:8081");
        cluster.authKind = QStringLiteral("bearer");
        cluster.secretRef = QStringLiteral("weir/cluster/prod");
        cluster.verifyTls = false;
        cluster.caCertificatePath = QStringLiteral("/etc/ssl/ca.pem");
        cluster.flinkVersion = QStringLiteral("2.0");

        const Result<Cluster> added = storage().clusters().add(cluster);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);
        Cluster local;
        local.name = QStringLiteral("Local");
        local.isLocal = true;
        QVERIFY(storage().clusters().add(local).ok());

        QList<Cluster> all = storage().clusters().all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Local"));
        QCOMPARE(all.at(0).isLocal, true);
        QCOMPARE(all.at(0).authKind, QStringLiteral("none"));
        QCOMPARE(all.at(0).verifyTls, true);
        const Cluster &prod = all.at(1);
        QCOMPARE(prod.id, added->id);
        QCOMPARE(prod.gatewayUrl, cluster.gatewayUrl);
        QCOMPARE(prod.jobManagerUrl, cluster.jobManagerUrl);
        QCOMPARE(prod.authKind, QStringLiteral("bearer"));
        QCOMPARE(prod.secretRef, cluster.secretRef);
        QCOMPARE(prod.verifyTls, false);
        QCOMPARE(prod.caCertificatePath, cluster.caCertificatePath);
        QCOMPARE(prod.flinkVersion, QStringLiteral("2.0"));
        QCOMPARE(prod.isLocal, false);

        const Result<Cluster> duplicate = storage().clusters().add(cluster);
        QCOMPARE(duplicate.error(), QStringLiteral("A cluster named “prod” already exists."));
        Cluster bad = cluster;
        bad.name = QStringLiteral("bad");
        bad.authKind = QStringLiteral("kerberos");
        QVERIFY(!storage().clusters().add(bad).ok());
        bad.authKind = QStringLiteral("basic");
        bad.name = QStringLiteral(" ");
        QVERIFY(!storage().clusters().add(bad).ok());

        Cluster changed = added.value();
        changed.userName = QStringLiteral("alice");
        changed.authKind = QStringLiteral("basic");
        changed.name = QStringLiteral("production");
        QVERIFY(storage().clusters().update(changed).ok());
        const Cluster reread = *storage().clusters().find(added->id);
        QCOMPARE(reread.name, QStringLiteral("production"));
        QCOMPARE(reread.userName, QStringLiteral("alice"));
        QCOMPARE(reread.authKind, QStringLiteral("basic"));
        changed.name = QStringLiteral("Local");
        QVERIFY(!storage().clusters().update(changed).ok()); // taken by the other cluster

        QVERIFY(storage().clusters().remove(added->id).ok());
        QCOMPARE(storage().clusters().all().size(), 1);
        QVERIFY(!storage().clusters().remove(added->id).ok());
        QVERIFY(!storage().clusters().update(reread).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "tst_storerepositories.moc"
