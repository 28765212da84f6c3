// StatementClassifier: every kind, in any case, after comments, and what counts as recognized.
#include "sql/statementclassifier.h"

#include <QTest>

using namespace Weir;

class TestClassifier : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void everyKindHasAName();
};

void TestClassifier::kinds_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("recognized");

    auto row = [](const char *statement, const char *kind, bool recognized = true) {
        QTest::newRow(statement) << QByteArray(statement) << QString::fromLatin1(kind)
                                 << recognized;
    };
    row("SET 'parallelism.default' = '2'", "SET");
    row("set", "SET");
    row("RESET 'parallelism.default'", "RESET");
    row("CREATE TABLE t (a INT)", "CREATE");
    row("CREATE TEMPORARY VIEW v AS SELECT 1", "CREATE");
    row("CREATE CATALOG c WITH ('type' = 'jdbc')", "CREATE");
    row("CREATE DATABASE d", "CREATE");
    row("CREATE OR REPLACE TABLE t AS SELECT 1", "CREATE");
    row("REPLACE TABLE t AS SELECT 1", "CREATE");
    row("CREATE FUNCTION f AS 'x.F'", "CREATE_FUNCTION");
    row("create temporary function f as 'x.F'", "CREATE_FUNCTION");
    row("CREATE TEMPORARY SYSTEM FUNCTION f AS 'x.F' LANGUAGE PYTHON", "CREATE_FUNCTION");
    row("DROP TABLE t", "DROP");
    row("DROP TEMPORARY FUNCTION f", "DROP");
    row("ALTER TABLE t RENAME TO u", "ALTER");
    row("INSERT INTO t SELECT 1", "INSERT");
    row("INSERT OVERWRITE t SELECT 1", "INSERT");
    row("EXECUTE INSERT INTO t SELECT 1", "INSERT");
    row("SELECT 1", "QUERY");
    row("WITH a AS (SELECT 1) SELECT * FROM a", "QUERY");
    row("VALUES (1)", "QUERY");
    row("(SELECT 1) UNION (SELECT 2)", "QUERY");
    row("((SELECT 1))", "QUERY");
    row("EXPLAIN SELECT 1", "EXPLAIN");
    row("EXPLAIN PLAN FOR INSERT INTO t SELECT 1", "EXPLAIN");
    row("SHOW TABLES", "SHOW");
    row("SHOW CREATE TABLE t", "SHOW");
    row("DESCRIBE t", "DESCRIBE");
    row("DESC t", "DESCRIBE");
    row("desc t", "DESCRIBE");
    row("USE CATALOG c", "USE");
    row("USE MODULES hive, core", "USE");
    row("ADD JAR '/x.jar'", "ADD_JAR");
    row("REMOVE JAR '/x.jar'", "REMOVE_JAR");
    row("EXECUTE STATEMENT SET BEGIN INSERT INTO t SELECT 1; END", "STATEMENT_SET");
    row("STATEMENT SET BEGIN INSERT INTO t SELECT 1; END", "STATEMENT_SET");
    row("BEGIN STATEMENT SET", "BEGIN_STATEMENT_SET");
    row("END", "END");
    row("EXECUTE CDCSOURCE demo WITH ('connector' = 'mysql-cdc')", "CDCSOURCE");
    row("LOAD MODULE hive", "LOAD_MODULE");
    row("UNLOAD MODULE hive", "UNLOAD_MODULE");
    row("-- a comment first\n/* and a block */ SELECT 1", "QUERY");
    // Other statements that Flink or the reference product accept.
    row("TRUNCATE TABLE t", "OTHER");
    row("UPDATE t SET a = 1", "OTHER");
    row("DELETE FROM t", "OTHER");
    row("ANALYZE TABLE t COMPUTE STATISTICS", "OTHER");
    row("CALL sys.compact('t')", "OTHER");
    row("STOP JOB '123'", "OTHER");
    row("COMPILE PLAN 'p.json' FOR INSERT INTO t SELECT 1", "OTHER");
    row("EXECUTE PLAN 'p.json'", "OTHER");
    row("EXECUTE JAR WITH ('uri' = 'x.jar')", "OTHER");
    row("ADD CUSTOMJAR '/x.jar'", "OTHER");
    row("PRINT t", "OTHER");
    row("var1 := orders", "OTHER");
    // Not statements.
    row("SELCT 1", "OTHER", false);
    row("FOO", "OTHER", false);
    row("(1)", "OTHER", false);
    row("`SELECT` 1", "OTHER", false);
    row("EXECUTE something", "OTHER", false);
    row("REMOVE something", "OTHER", false);
    row("", "OTHER", false);
}

void TestClassifier::kinds()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, kind);
    QFETCH(bool, recognized);
    const auto c = StatementClassifier::classify(QByteArrayView(statement));
    QCOMPARE(statementKindName(c.kind), kind);
    QCOMPARE(c.recognized, recognized);
}

void TestClassifier::everyKindHasAName()
{
    const QStringList expected{
        QStringLiteral("SET"),           QStringLiteral("RESET"),
        QStringLiteral("CREATE"),        QStringLiteral("CREATE_FUNCTION"),
        QStringLiteral("DROP"),          QStringLiteral("ALTER"),
        QStringLiteral("INSERT"),        QStringLiteral("QUERY"),
        QStringLiteral("EXPLAIN"),       QStringLiteral("SHOW"),
        QStringLiteral("DESCRIBE"),      QStringLiteral("USE"),
        QStringLiteral("ADD_JAR"),       QStringLiteral("REMOVE_JAR"),
        QStringLiteral("STATEMENT_SET"), QStringLiteral("BEGIN_STATEMENT_SET"),
        QStringLiteral("END"),           QStringLiteral("CDCSOURCE"),
        QStringLiteral("LOAD_MODULE"),   QStringLiteral("UNLOAD_MODULE"),
        QStringLiteral("OTHER")};
    QStringList names;
    for (int k = 0; k <= int(StatementKind::Other); ++k)
        names.append(statementKindName(StatementKind(k)));
    QCOMPARE(names, expected);
}

QTEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
