// Opening workspace databases: a fresh one, its connection settings, and files that
// cannot be used (set aside untouched, fresh workspace started).

#include "store/databasequarantine.h"
#include "store/migrations.h"
#include "store/sqlconnection.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace Weir;
using namespace Weir::Internal;

namespace {

QByteArray readAll(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

// The one file in dir whose name starts with the database name and ".unreadable-".
QString setAsideFile(const QString &dir)
{
    const QStringList found =
        QDir(dir).entryList({QStringLiteral("workspace.sqlite.unreadable-*")}, QDir::Files);
    QStringList mains;
    for (const QString &name : found) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            mains << name;
    }
    return mains.size() == 1 ? QDir(dir).filePath(mains.constFirst()) : QString();
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private:
    // Opens a workspace over an unusable file and checks the promise: a fresh workspace,
    // a notice naming both files and the reason, and the old bytes kept under the new name.
    void expectSetAside(const QString &dir, const QString &reasonFragment)
    {
        WorkspacePaths paths(dir);
        const QByteArray before = readAll(paths.databaseFile());
        QVERIFY(!before.isEmpty());

        auto opened = Storage::open(paths);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Storage &storage = *opened.value();
        QCOMPARE(storage.schemaVersion(), Storage::latestSchemaVersion());
        QVERIFY(storage.folders().all().isEmpty());
        QVERIFY(storage.scripts().create(0, QStringLiteral("works"), ScriptType::Sql).ok());

        const QString aside = setAsideFile(dir);
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir).entryList().join(QLatin1Char(' '))));
        QCOMPARE(readAll(aside), before);
        const QString notice = storage.notice();
        QVERIFY2(notice.contains(paths.databaseFile()), qPrintable(notice));
        QVERIFY2(notice.contains(aside), qPrintable(notice));
        QVERIFY2(notice.contains(reasonFragment), qPrintable(notice));
    }

private slots:
    void freshWorkspace()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("nested/data"));
        auto opened = Storage::open(WorkspacePaths(dataDir));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(opened->get()->notice().isEmpty());
        QCOMPARE(opened->get()->filePath(), WorkspacePaths(dataDir).databaseFile());
        QCOMPARE(opened->get()->schemaVersion(), Storage::latestSchemaVersion());
        QVERIFY(QFile::exists(WorkspacePaths(dataDir).databaseFile()));
        // Reopening a good workspace leaves it in place and says nothing.
        opened.value().reset();
        auto again = Storage::open(WorkspacePaths(dataDir));
        QVERIFY(again.ok());
        QVERIFY(again->get()->notice().isEmpty());
        QVERIFY(setAsideFile(dataDir).isEmpty());
    }

    void walAndForeignKeys()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        auto opened = Storage::open(paths);
        QVERIFY(opened.ok());

        // journal_mode is a property of the file: any connection sees it.
        SqlConnection other(QStringLiteral("test-other"));
        QVERIFY(other.open(paths.databaseFile(), SqlConnection::Mode::ReadOnly, 1000).ok());
        QCOMPARE(pragma(other.database(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(other.database(), QStringLiteral("application_id")).toLongLong(),
                 qint64(Migrations::applicationId));

        // foreign_keys and busy_timeout are per connection: check what Storage's kind of
        // connection gets. (tst_storerepositories proves the cascade through Storage itself.)
        SqlConnection writer(QStringLiteral("test-writer"));
        QVERIFY(writer.open(paths.databaseFile(), SqlConnection::Mode::ReadWrite, 1234).ok());
        QCOMPARE(pragma(writer.database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(writer.database(), QStringLiteral("busy_timeout")), QStringLiteral("1234"));
        QCOMPARE(pragma(writer.database(), QStringLiteral("synchronous")),
                 QStringLiteral("1")); // NORMAL
    }

    void randomBytes()
    {
        QTemporaryDir dir;
        QFile file(WorkspacePaths(dir.path()).databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(42);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        file.write(bytes);
        file.close();
        expectSetAside(dir.path(), QStringLiteral("not a SQLite database"));
    }

    void truncatedSqlite()
    {
        // A real Weir database cut short by a bad copy: the header is right, the pages are not.
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        {
            auto opened = Storage::open(paths);
            QVERIFY(opened.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(opened->get()
                            ->scripts()
                            .create(0, QStringLiteral("s%1").arg(i), ScriptType::FlinkSql,
                                    QString(500, QLatin1Char('x')))
                            .ok());
        }
        QFile file(paths.databaseFile());
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
        expectSetAside(dir.path(), QStringLiteral("damaged"));
    }

    void foreignSqlite()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(paths.databaseFile());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO customers (name) VALUES ('Ada'), ('Grace')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectSetAside(dir.path(), QStringLiteral("another application"));
    }

    void otherApplicationId()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        {
            SqlConnection connection(QStringLiteral("test-appid"));
            QVERIFY(
                connection.open(paths.databaseFile(), SqlConnection::Mode::ReadWrite, 1000).ok());
            QSqlQuery query(connection.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 12345")));
        }
        expectSetAside(dir.path(), QStringLiteral("12345"));
    }

    void newerSchemaVersion()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        {
            auto opened = Storage::open(paths);
            QVERIFY(opened.ok());
            QVERIFY(opened->get()->folders().create(0, QStringLiteral("From the future")).ok());
        }
        {
            SqlConnection connection(QStringLiteral("test-newer"));
            QVERIFY(
                connection.open(paths.databaseFile(), SqlConnection::Mode::ReadWrite, 1000).ok());
            QSqlQuery query(connection.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Storage::latestSchemaVersion() + 1)));
        }
        expectSetAside(dir.path(), QStringLiteral("newer version of Weir"));

        // The set-aside copy is still a readable database with the user's data.
        SqlConnection check(QStringLiteral("test-aside"));
        QVERIFY(check.open(setAsideFile(dir.path()), SqlConnection::Mode::ReadOnly, 1000).ok());
        QSqlQuery query(check.database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM folders")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("From the future"));
    }

    void missingTable()
    {
        QTemporaryDir dir;
        WorkspacePaths paths(dir.path());
        QVERIFY(Storage::open(paths).ok());
        {
            SqlConnection connection(QStringLiteral("test-drop"));
            QVERIFY(
                connection.open(paths.databaseFile(), SqlConnection::Mode::ReadWrite, 1000).ok());
            QSqlQuery query(connection.database());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE clusters")));
        }
        expectSetAside(dir.path(), QStringLiteral("clusters"));
    }

    void setAsideNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("workspace.sqlite"));
        const QDateTime now(QDate(2024, 5, 6), QTime(7, 8, 9));
        QStringList targets;
        for (int i = 0; i < 2; ++i) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(i));
            f.close();
            QFile wal(file + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.close();
            const Result<QString> target = DatabaseQuarantine::setAside(file, now);
            QVERIFY2(target.ok(), qPrintable(target.error()));
            targets << target.value();
        }
        QCOMPARE(targets.at(0), file + QStringLiteral(".unreadable-20240506-070809"));
        QCOMPARE(targets.at(1), file + QStringLiteral(".unreadable-20240506-070809-2"));
        QCOMPARE(readAll(targets.at(0)), QByteArray("0"));
        QCOMPARE(readAll(targets.at(1)), QByteArray("1"));
        QVERIFY(QFile::exists(targets.at(1) + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void uncreatableDirectory()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString dataDir = blocker + QStringLiteral("/data");
        auto opened = Storage::open(WorkspacePaths(dataDir));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(dataDir), qPrintable(opened.error()));
    }

    void unwritableDirectory()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only directories");
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        auto opened = Storage::open(WorkspacePaths(locked));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(locked), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("not writable")),
                 qPrintable(opened.error()));
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
