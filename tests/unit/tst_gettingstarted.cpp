// A new workspace gets the getting-started scripts (and the Local target when Flink is found),
// once, and never into a workspace that already holds something.
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "sql/statementsplitter.h"
#include "store/storage.h"
#include "workspace/gettingstarted.h"
#include "workspace/workspacepaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

namespace {

// The smallest directory FlinkInstallation accepts; enough to be "found".
QString makeFakeFlinkHome(const QString &root, const QString &version)
{
    QDir dir(root);
    for (const char *sub : {"lib", "opt", "conf"})
        dir.mkpath(QLatin1String(sub));
    for (const QString &file : {QStringLiteral("lib/flink-dist-%1.jar").arg(version),
                                QStringLiteral("opt/flink-sql-gateway-%1.jar").arg(version),
                                QStringLiteral("conf/config.yaml")}) {
        QFile f(dir.filePath(file));
        f.open(QIODevice::WriteOnly);
    }
    return dir.absolutePath();
}

} // namespace

class TestGettingStarted : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_storage = std::move(Storage::open(WorkspacePaths(m_dir->filePath(QStringLiteral("ws")))).value());
        m_settings.reset(new Settings(m_storage->settings()));
    }
    void cleanup()
    {
        m_settings.reset();
        m_storage.reset();
        m_dir.reset();
    }

    void seedsNewWorkspaceWithRunnableScripts()
    {
        qputenv("FLINK_HOME", makeFakeFlinkHome(m_dir->filePath(QStringLiteral("flink")), QStringLiteral("9.8.7")).toLocal8Bit());
        const Result<bool> seeded = GettingStarted::seedIfNew(*m_storage, *m_settings);
        qunsetenv("FLINK_HOME");
        QVERIFY2(seeded, qPrintable(seeded.error()));
        QVERIFY(seeded.value());

        QCOMPARE(m_storage->folders().all().size(), 1);
        QCOMPARE(m_storage->folders().all().constFirst().name, QStringLiteral("Getting started"));
        const QList<Script> scripts = m_storage->scripts().all();
        QCOMPARE(scripts.size(), 2);
        for (const Script &script : scripts) {
            QCOMPARE(script.type, ScriptType::FlinkSql);
            // Each is a CREATE TABLE followed by one query: what preview needs.
            const QList<Statement> statements = StatementSplitter::split(script.text);
            QCOMPARE(statements.size(), 2);
            QCOMPARE(statements.at(0).kind, StatementKind::Create);
            QCOMPARE(statements.at(1).kind, StatementKind::Query);
        }
        const QList<Cluster> clusters = m_storage->clusters().all();
        QCOMPARE(clusters.size(), 1);
        QVERIFY(clusters.constFirst().isLocal);
        QCOMPARE(clusters.constFirst().flinkVersion, QStringLiteral("9.8.7"));
        QVERIFY(m_settings->get(SettingKeys::flinkHome).endsWith(QStringLiteral("/flink")));
    }

    void seedsOnlyOnce()
    {
        QVERIFY(GettingStarted::seedIfNew(*m_storage, *m_settings).value());
        const qint64 folder = m_storage->folders().all().constFirst().id;
        QVERIFY(m_storage->folders().remove(folder));
        // The user deleted it: it does not come back.
        QVERIFY(!GettingStarted::seedIfNew(*m_storage, *m_settings).value());
        QVERIFY(m_storage->folders().all().isEmpty());
        QVERIFY(m_storage->scripts().all().isEmpty());
    }

    void leavesExistingWorkspacesAlone()
    {
        QVERIFY(m_storage->scripts().create(0, QStringLiteral("mine"), ScriptType::Sql));
        QVERIFY(!GettingStarted::seedIfNew(*m_storage, *m_settings).value());
        QCOMPARE(m_storage->scripts().all().size(), 1);
        QVERIFY(m_settings->get(SettingKeys::workspaceSeeded));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Settings> m_settings;
};

QTEST_GUILESS_MAIN(TestGettingStarted)
#include "tst_gettingstarted.moc"
