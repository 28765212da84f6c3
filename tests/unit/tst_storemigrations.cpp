// Upgrading workspace databases written by every earlier schema version.

#include "store/migrations.h"
#include "store/sqlconnection.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;
using namespace Weir::Internal;

namespace {

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        QFAIL(qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
}

int rawUserVersion(const QString &file)
{
    SqlConnection connection(QStringLiteral("test-check"));
    if (!connection.open(file, SqlConnection::Mode::ReadOnly, 1000))
        return -1;
    return Migrations::userVersion(connection.database()).value();
}

// Builds the database an earlier Weir would have left: the old steps only, then data
// written with the old schema.
void buildOldDatabase(const QString &file, int version)
{
    SqlConnection connection(QStringLiteral("test-old"));
    QVERIFY(connection.open(file, SqlConnection::Mode::ReadWrite, 1000).ok());
    const QSqlDatabase db = connection.database();
    const Status migrated = Migrations::migrate(db, version);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    QCOMPARE(Migrations::userVersion(db).value(), version);

    if (version >= 1) {
        exec(db, QStringLiteral("INSERT INTO folders (id, parent_id, name, position) VALUES (1, "
                                "NULL, 'Pipelines', 0)"));
        exec(db,
             QStringLiteral(
                 "INSERT INTO folders (id, parent_id, name, position) VALUES (2, 1, 'Orders', 0)"));
        exec(db, QStringLiteral("INSERT INTO scripts (id, folder_id, name, type, text, "
                                "settings_json, created_at, updated_at) "
                                "VALUES (10, 2, 'orders.sql', 'FlinkSQL', 'SELECT * FROM orders;', "
                                "'{\"parallelism\":4}', 1700000000000, 1700000001000)"));
        exec(
            db,
            QStringLiteral(
                "INSERT INTO scripts (id, folder_id, name, type, text, settings_json, created_at, "
                "updated_at) "
                "VALUES (11, NULL, 'env', 'FlinkSQLEnv', '', '{}', 1700000000000, 1700000000000)"));
        exec(
            db,
            QStringLiteral(
                "INSERT INTO settings (key, type, value) VALUES ('editor/fontSize', 'int', '14')"));
    }
    if (version >= 2) {
        // At v2 the app kept the history itself: two saves of script 10.
        exec(db, QStringLiteral(
                     "INSERT INTO script_versions (script_id, version, text, created_at) VALUES "
                     "(10, 1, 'SELECT 0;', 1700000000500), (10, 2, 'SELECT * FROM orders;', "
                     "1700000001000)"));
        exec(db,
             QStringLiteral(
                 "INSERT INTO clusters (name, gateway_url, jobmanager_url, auth_kind, user_name, "
                 "secret_ref, verify_tls, flink_version, is_local) VALUES ('prod', "
                 "'https://gw.example:8083', 'https://jm.example:8081', 'basic', 'alice', "
                 "'weir/cluster/prod', 0, '1.20', 0)"));
    }
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrdered()
    {
        const QList<MigrationStep> &steps = Migrations::steps();
        QVERIFY(steps.size() >= 3);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
        QCOMPARE(Storage::latestSchemaVersion(), steps.size());
    }

    void fromEmptyFile()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        QFile empty(paths.databaseFile());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        auto storage = Storage::open(paths);
        QVERIFY2(storage.ok(), qPrintable(storage.error()));
        QCOMPARE(storage->get()->schemaVersion(), Storage::latestSchemaVersion());
        QVERIFY(storage->get()->notice().isEmpty());
        QVERIFY(storage->get()->folders().all().isEmpty());
        storage.value().reset();
        QCOMPARE(rawUserVersion(paths.databaseFile()), Storage::latestSchemaVersion());
    }

    void fromEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void fromEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        buildOldDatabase(paths.databaseFile(), version);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rawUserVersion(paths.databaseFile()), version);

        {
            auto opened = Storage::open(paths);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Storage &storage = *opened.value();
            QVERIFY2(storage.notice().isEmpty(), qPrintable(storage.notice()));
            QCOMPARE(storage.schemaVersion(), Storage::latestSchemaVersion());

            if (version >= 1) {
                const QList<Folder> folders = storage.folders().all();
                QCOMPARE(folders.size(), 2);
                QCOMPARE(folders.at(0).name, QStringLiteral("Pipelines"));
                QCOMPARE(folders.at(0).parentId, qint64(0));
                QCOMPARE(folders.at(1).name, QStringLiteral("Orders"));
                QCOMPARE(folders.at(1).parentId, qint64(1));

                const std::optional<Script> script = storage.scripts().find(10);
                QVERIFY(script);
                QCOMPARE(script->folderId, qint64(2));
                QCOMPARE(script->type, ScriptType::FlinkSql);
                QCOMPARE(script->text, QStringLiteral("SELECT * FROM orders;"));
                QCOMPARE(script->settings.value(QStringLiteral("parallelism")).toInt(), 4);
                QCOMPARE(script->createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
                QCOMPARE(storage.scripts().find(11)->type, ScriptType::FlinkSqlEnv);
                QCOMPARE(storage.settings().value(QStringLiteral("editor/fontSize")).toInt(), 14);

                // Upgrading to v2 starts the history from the text the user had (the empty script
                // has none); a database already at v2 keeps its own history.
                const QList<ScriptVersion> versions = storage.scripts().versions(10);
                QCOMPARE(versions.size(), version >= 2 ? 2 : 1);
                QCOMPARE(versions.at(0).version, 1);
                QCOMPARE(versions.at(0).text, version >= 2
                                                  ? QStringLiteral("SELECT 0;")
                                                  : QStringLiteral("SELECT * FROM orders;"));
                QCOMPARE(versions.constLast().text, QStringLiteral("SELECT * FROM orders;"));
                QVERIFY(storage.scripts().versions(11).isEmpty());

                // The upgraded schema works: a save adds the next version, the journal accepts
                // edits.
                QCOMPARE(storage.scripts().saveText(10, QStringLiteral("SELECT 1;")).value(), true);
                QCOMPARE(storage.scripts().versions(10).constLast().version,
                         int(versions.size()) + 1);
                storage.journal().record(10, QStringLiteral("SELECT 2;"));
                storage.journal().flush();
                QCOMPARE(storage.journal().pending().size(), 1);
            } else {
                QVERIFY(storage.folders().all().isEmpty());
                QVERIFY(storage.scripts().all().isEmpty());
            }

            if (version >= 2) {
                const QList<Cluster> clusters = storage.clusters().all();
                QCOMPARE(clusters.size(), 1);
                QCOMPARE(clusters.at(0).name, QStringLiteral("prod"));
                QCOMPARE(clusters.at(0).authKind, QStringLiteral("basic"));
                QCOMPARE(clusters.at(0).secretRef, QStringLiteral("weir/cluster/prod"));
                QCOMPARE(clusters.at(0).verifyTls, false);
                QCOMPARE(clusters.at(0).flinkVersion, QStringLiteral("1.20"));
            } else {
                QVERIFY(storage.clusters().all().isEmpty());
            }

            // v5: every upgrade ends with a working savepoint registry tied to scripts.
            SavepointRecord savepoint;
            savepoint.scriptId = version >= 1 ? 10 : 0;
            savepoint.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
            savepoint.triggeredMs = 1700000002000;
            savepoint.completedMs = 1700000002500;
            savepoint.status = QStringLiteral("completed");
            savepoint.path = QStringLiteral("file:/savepoints/savepoint-012345-abcdef");
            const Result<SavepointRecord> added = storage.savepoints().add(savepoint);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QCOMPARE(storage.savepoints().latestCompleted(savepoint.scriptId, 0)->path,
                     savepoint.path);

            // v6: alert instances, groups with members and the alert history work after every
            // upgrade; deleting an instance keeps its history.
            AlertInstance instance;
            instance.name = QStringLiteral("ops");
            instance.kind = AlertInstance::Kind::DingTalk;
            instance.secretRef = QStringLiteral("alert/ops");
            const Result<AlertInstance> addedInstance = storage.alertConfig().addInstance(instance);
            QVERIFY2(addedInstance.ok(), qPrintable(addedInstance.error()));
            AlertGroup group;
            group.name = QStringLiteral("on-call");
            group.instanceIds = {addedInstance->id};
            const Result<AlertGroup> addedGroup = storage.alertConfig().addGroup(group);
            QVERIFY2(addedGroup.ok(), qPrintable(addedGroup.error()));
            QCOMPARE(storage.alertConfig().enabledMembers(addedGroup->id).size(), 1);
            AlertHistoryEntry sent;
            sent.timeMs = 1700000003000;
            sent.rule = QStringLiteral("job_failed");
            sent.groupId = addedGroup->id;
            sent.instanceId = addedInstance->id;
            sent.ok = true;
            QVERIFY(storage.alertHistory().add(sent).ok());
            QVERIFY(storage.alertConfig().removeInstance(addedInstance->id).ok());
            QCOMPARE(storage.alertHistory().list(10).size(), 1);
            QCOMPARE(storage.alertHistory().list(10).first().instanceId, qint64(0));

            // v7: every script starts in development after an upgrade; a transition stores the
            // state and its history together.
            if (version >= 1) {
                QCOMPARE(storage.lifecycle().of(10).state, LifecycleState::Develop);
                QVERIFY(storage.lifecycle().all().isEmpty());
                ScriptLifecycle published;
                published.scriptId = 10;
                published.state = LifecycleState::Published;
                published.publishedVersion = storage.scripts().versions(10).constLast().version;
                published.updatedMs = 1700000004000;
                LifecycleEvent event;
                event.scriptId = 10;
                event.to = LifecycleState::Published;
                event.timeMs = published.updatedMs;
                event.version = published.publishedVersion;
                const Status stored = storage.lifecycle().transition(published, event);
                QVERIFY2(stored.ok(), qPrintable(stored.error()));
                QCOMPARE(storage.lifecycle().of(10).state, LifecycleState::Published);
                QCOMPARE(storage.lifecycle().events(10).size(), 1);
            }
        }
        QCOMPARE(rawUserVersion(paths.databaseFile()), Storage::latestSchemaVersion());
    }

    void failedStepRollsBack()
    {
        // A step that fails half-way must leave neither its tables nor its version behind.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.sqlite"));
        SqlConnection connection(QStringLiteral("test-rollback"));
        QVERIFY(connection.open(file, SqlConnection::Mode::ReadWrite, 1000).ok());
        QVERIFY(Migrations::migrate(connection.database(), 1).ok());
        // Sabotage step 2: its CREATE TABLE clusters will collide.
        exec(connection.database(), QStringLiteral("CREATE TABLE clusters (x)"));
        const Status status = Migrations::migrate(connection.database());
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("schema version 2")),
                 qPrintable(status.error()));
        QCOMPARE(Migrations::userVersion(connection.database()).value(), 1);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'script_versions'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
