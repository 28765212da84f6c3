// Schema v4 (run history, variables): a v3 database with data upgrades in place, and the run
// history repository adds, updates, lists, prunes and survives its script's deletion.

#include "store/migrations.h"
#include "store/runhistoryrepository.h"
#include "store/sqlconnection.h"
#include "store/variablerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;
using namespace Weir::Internal;

namespace {

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

RunHistoryEntry entry(qint64 scriptId, qint64 started, const QString &status)
{
    RunHistoryEntry e;
    e.scriptId = scriptId;
    e.scriptName = QStringLiteral("orders.sql");
    e.statement = QStringLiteral("SELECT * FROM orders WHERE p = '${pw}'");
    e.line = 3;
    e.column = 5;
    e.target = QStringLiteral("local");
    e.startedMs = started;
    e.status = status;
    return e;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void migratesV3WithData()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.sqlite"));
        SqlConnection connection(QStringLiteral("test-v3"));
        QVERIFY(connection.open(file, SqlConnection::Mode::ReadWrite, 1000).ok());
        const QSqlDatabase db = connection.database();
        QVERIFY(Migrations::migrate(db, 3).ok());
        QVERIFY(exec(db, QStringLiteral("INSERT INTO scripts (id, folder_id, name, type, text, "
                                        "settings_json, created_at, updated_at) VALUES (10, NULL, "
                                        "'orders.sql', 'FlinkSQL', 'SELECT 1;', '{}', 1, 2)")));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO edit_journal (script_id, text, saved_at) "
                                        "VALUES (10, 'SELECT 2;', 3)")));

        QVERIFY(Migrations::migrate(db, 4).ok());
        QCOMPARE(Migrations::userVersion(db).value(), 4);
        QVERIFY(Migrations::tablesAt(4).contains(QStringLiteral("run_history")));
        QVERIFY(Migrations::tablesAt(4).contains(QStringLiteral("variables")));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT s.text, j.text FROM scripts s JOIN edit_journal j "
                                          "ON j.script_id = s.id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("SELECT 1;"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("SELECT 2;"));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO variables (name, value) VALUES ('t', 'x')")));

        RunHistoryRepository history(connection);
        auto first = history.add(entry(10, 1000, QStringLiteral("running")));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first.value().id > 0);
        RunHistoryEntry ended = first.value();
        ended.endedMs = 1500;
        ended.status = QStringLiteral("finished");
        ended.rows = 50;
        ended.jobId = QStringLiteral("fbade1ab4450fc57ebd5269fdf60dcfd");
        QVERIFY(history.update(ended).ok());
        auto second = history.add(entry(0, 2000, QStringLiteral("failed")));
        QVERIFY(second.ok());
        QVERIFY(!history.add(entry(10, 3000, QStringLiteral("bogus"))).ok());

        QList<RunHistoryEntry> all = history.recent(10);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second.value().id); // newest first
        QCOMPARE(all.at(1), ended);
        QCOMPARE(history.recent(10, 10).size(), 1);

        // Deleting the script keeps its history.
        QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM scripts WHERE id = 10")));
        all = history.recent(10);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).scriptId, 0);
        QCOMPARE(all.at(1).scriptName, QStringLiteral("orders.sql"));

        QVERIFY(history.prune(1).ok());
        QCOMPARE(history.count(), 1);
        QVERIFY(history.remove(second.value().id).ok());
        QCOMPARE(history.count(), 0);

        VariableRepository variables(connection);
        QVERIFY(variables.put({QStringLiteral("warehouse"), QStringLiteral("s3://w"), false, {}, {}}).ok());
        QVERIFY(variables.put({QStringLiteral("pw"), {}, true, QStringLiteral("weir/var/pw"), {}}).ok());
        QVERIFY(!variables.put({QStringLiteral("pw"), QStringLiteral("plain"), true, {}, {}}).ok());
        QVERIFY(!variables.put({QStringLiteral("bad name"), QStringLiteral("x"), false, {}, {}}).ok());
        const auto all3 = variables.all();
        QCOMPARE(all3.size(), 3); // t (from the migration check), pw, warehouse
        QCOMPARE(all3.at(0).name, QStringLiteral("pw"));
        QVERIFY(all3.at(0).secret);
        QCOMPARE(all3.at(0).secretRef, QStringLiteral("weir/var/pw"));
        QVERIFY(variables.remove(QStringLiteral("pw")).ok());
        QCOMPARE(variables.all().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
