// The script lifecycle's state machine, every state against every action: which transitions
// exist, where they lead, and the words of every refusal.

#include "jobs/lifecycle.h"

#include <QTest>

using namespace Weir;

namespace {

using S = LifecycleState;
using A = LifecycleAction;

const QString kInsert = QStringLiteral("CREATE TABLE s (x INT) WITH ('connector' = 'datagen');\n"
                                       "CREATE TABLE k (x INT) WITH ('connector' = 'blackhole');\n"
                                       "INSERT INTO k SELECT x FROM s;\n");

// The table the issue gives, written out independently of Lifecycle::allows().
QList<S> sourcesOf(A action)
{
    switch (action) {
    case A::Publish:
        return {S::Develop};
    case A::GoOnline:
        return {S::Published, S::Offline};
    case A::GoOffline:
        return {S::Online};
    case A::Maintain:
        return {S::Published, S::Offline, S::Retired};
    case A::Retire:
        return {S::Develop, S::Published, S::Offline};
    }
    return {};
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        QCOMPARE(Lifecycle::states().size(), 5);
        QStringList names;
        for (S state : Lifecycle::states()) {
            const QString name = Lifecycle::stateName(state);
            QVERIFY(!names.contains(name));
            names.append(name);
            QCOMPARE(Lifecycle::stateFromName(name), std::optional<S>(state));
            QVERIFY(!Lifecycle::stateLabel(state).isEmpty());
            QVERIFY(!Lifecycle::statePhrase(state).isEmpty());
        }
        QCOMPARE(names, QStringList({QStringLiteral("develop"), QStringLiteral("published"),
                                     QStringLiteral("online"), QStringLiteral("offline"),
                                     QStringLiteral("retired")}));
        QVERIFY(!Lifecycle::stateFromName(QStringLiteral("Online")));
        QVERIFY(!Lifecycle::stateFromName(QString()));
    }

    void transitionTable_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<A>("action");
        for (S from : Lifecycle::states()) {
            for (A action : Lifecycle::actions()) {
                QTest::addRow("%s-%s", qPrintable(Lifecycle::stateName(from)),
                              qPrintable(Lifecycle::actionLabel(action)))
                    << from << action;
            }
        }
    }

    void transitionTable()
    {
        QFETCH(S, from);
        QFETCH(A, action);
        const bool expected = sourcesOf(action).contains(from);
        QCOMPARE(Lifecycle::allows(from, action), expected);
        const Status status = Lifecycle::check(from, action, ScriptType::FlinkSql, kInsert);
        QCOMPARE(status.ok(), expected);
        if (!expected) {
            // The refusal names the action and the state it was refused in.
            QVERIFY2(status.error().contains(Lifecycle::actionLabel(action)),
                     qPrintable(status.error()));
            QVERIFY2(status.error().contains(Lifecycle::statePhrase(from)),
                     qPrintable(status.error()));
        }
    }

    void targets()
    {
        QCOMPARE(Lifecycle::target(A::Publish), S::Published);
        QCOMPARE(Lifecycle::target(A::GoOnline), S::Online);
        QCOMPARE(Lifecycle::target(A::GoOffline), S::Offline);
        QCOMPARE(Lifecycle::target(A::Maintain), S::Develop);
        QCOMPARE(Lifecycle::target(A::Retire), S::Retired);
    }

    void onlyDevelopIsEditable()
    {
        for (S state : Lifecycle::states())
            QCOMPARE(Lifecycle::isEditable(state), state == S::Develop);
    }

    void refusalsSayTheWayOut()
    {
        QVERIFY(Lifecycle::check(S::Online, A::Retire, ScriptType::FlinkSql, kInsert)
                    .error()
                    .contains(QStringLiteral("offline first")));
        QVERIFY(Lifecycle::check(S::Develop, A::GoOnline, ScriptType::FlinkSql, kInsert)
                    .error()
                    .contains(QStringLiteral("Publish it first")));
        QVERIFY(Lifecycle::check(S::Published, A::Publish, ScriptType::FlinkSql, kInsert)
                    .error()
                    .contains(QStringLiteral("Maintain it first")));
    }

    void publishNeedsText()
    {
        const Status empty =
            Lifecycle::check(S::Develop, A::Publish, ScriptType::FlinkSql, QStringLiteral("  \n"));
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(QStringLiteral("empty")), qPrintable(empty.error()));
        // A query-only or environment script may still be published (frozen), just not go online.
        QVERIFY(Lifecycle::check(S::Develop, A::Publish, ScriptType::FlinkSqlEnv,
                                 QStringLiteral("SET 'a' = 'b';"))
                    .ok());
    }

    void onlineNeedsAJob_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why"); // empty: allowed

        const int flink = int(ScriptType::FlinkSql);
        QTest::newRow("insert") << flink << kInsert << QString();
        QTest::newRow("statement set")
            << flink
            << QStringLiteral("EXECUTE STATEMENT SET BEGIN INSERT INTO k SELECT 1; INSERT INTO k "
                              "SELECT 2; END;")
            << QString();
        QTest::newRow("legacy statement set")
            << flink << QStringLiteral("BEGIN STATEMENT SET;\nINSERT INTO k SELECT 1;\nEND;")
            << QString();
        QTest::newRow("query only")
            << flink << QStringLiteral("SELECT 1;") << QStringLiteral("no INSERT");
        QTest::newRow("ddl only") << flink << QStringLiteral("CREATE TABLE t (x INT);")
                                  << QStringLiteral("no INSERT");
        QTest::newRow("commented insert")
            << flink << QStringLiteral("-- INSERT INTO k SELECT 1;\nSELECT 1;")
            << QStringLiteral("no INSERT");
        QTest::newRow("environment")
            << int(ScriptType::FlinkSqlEnv) << kInsert << QStringLiteral("environment script");
        QTest::newRow("database sql")
            << int(ScriptType::Sql) << kInsert << QStringLiteral("database");
    }

    void onlineNeedsAJob()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, why);
        for (S from : {S::Published, S::Offline}) {
            const Status status = Lifecycle::check(from, A::GoOnline, ScriptType(type), text);
            QCOMPARE(status.ok(), why.isEmpty());
            if (!why.isEmpty())
                QVERIFY2(status.error().contains(why), qPrintable(status.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
