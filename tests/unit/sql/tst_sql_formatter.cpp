// The formatter: golden files (tests/data/sql/NAME.sql -> NAME.formatted; WEIR_REGEN_GOLDEN=1
// rewrites them, see scripts/regen-golden), idempotence and token preservation on every test
// script and a few hundred generated ones, keyword case, comments, selections, and the
// `weir format` command.
#include "cli/sqlcommands.h"
#include "sql/formatter.h"
#include "sql/lexer.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

namespace {

QString dataDir()
{
    return QDir(Test::sourceDir()).filePath(QStringLiteral("tests/data/sql"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Formatter::Options options(Formatter::KeywordCase keywordCase = Formatter::KeywordCase::Upper)
{
    Formatter::Options o;
    o.keywordCase = keywordCase;
    o.safetyNet = false; // the layout itself must get it right
    return o;
}

QByteArray format(const QByteArray &script,
                  Formatter::KeywordCase keywordCase = Formatter::KeywordCase::Upper)
{
    return Formatter::format(script, options(keywordCase));
}

// The oracle, independent of the formatter: the non-whitespace tokens of `after` are those of
// `before` (keywords in any case), except for one ';' after the last significant token.
QString tokenDifference(const QByteArray &before, const QByteArray &after)
{
    struct T
    {
        TokenKind kind;
        QByteArray text;
    };
    auto tokens = [](const QByteArray &text, int *lastSignificant) {
        QVector<T> list;
        for (const Token &t : Lexer::tokenize(text)) {
            if (t.kind == TokenKind::Whitespace)
                continue;
            if (!t.isTrivia())
                *lastSignificant = int(list.size());
            list.append(T{t.kind, text.mid(t.offset, t.length)});
        }
        return list;
    };
    int lastBefore = -1;
    int lastAfter = -1;
    const QVector<T> a = tokens(before, &lastBefore);
    QVector<T> b = tokens(after, &lastAfter);
    if (b.size() == a.size() + 1 && lastBefore + 1 < b.size() && b[lastBefore + 1].text == ";")
        b.remove(lastBefore + 1);
    if (a.size() != b.size())
        return QStringLiteral("%1 tokens became %2").arg(a.size()).arg(b.size());
    for (int i = 0; i < a.size(); ++i) {
        const bool keyword = a[i].kind == TokenKind::Keyword || a[i].kind == TokenKind::DataType;
        if (a[i].kind != b[i].kind ||
            (keyword ? a[i].text.compare(b[i].text, Qt::CaseInsensitive) != 0
                     : a[i].text != b[i].text))
            return QStringLiteral("token %1: '%2' became '%3'")
                .arg(i)
                .arg(QString::fromUtf8(a[i].text), QString::fromUtf8(b[i].text));
    }
    return QString();
}

// Scripts from Flink statement templates with random white space, comments, case and ';', and
// random token soup: a few hundred inputs no one would write by hand.
QVector<QByteArray> generatedScripts(int count)
{
    static const char *const statements[] = {
        "SELECT a, b AS c, COUNT(*) FROM t WHERE x = 1 AND y BETWEEN 2 AND 3 OR z IS NULL "
        "GROUP BY a, b HAVING COUNT(*) > 1 ORDER BY a DESC LIMIT 10",
        "SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id AND a.k = b.k CROSS JOIN c",
        "INSERT INTO sink SELECT id, -price, +1, x - -1 FROM src WHERE id IN (SELECT id FROM u)",
        "WITH w AS (SELECT 1 AS a), v AS (SELECT a FROM w) SELECT * FROM v UNION ALL SELECT 2",
        "CREATE TABLE t (id INT NOT NULL, m MAP<STRING, ARRAY<INT>>, r ROW<a INT, b STRING>, "
        "ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL, WATERMARK FOR ts AS ts - "
        "INTERVAL '5' SECOND, PRIMARY KEY (id) NOT ENFORCED) PARTITIONED BY (id) WITH "
        "('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = 'k:9092')",
        "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT * FROM b; INSERT INTO c VALUES (1, "
        "'x'), (2, 'y'); END",
        "SET 'table.exec.mini-batch.enabled' = 'true'",
        "SELECT CASE WHEN a AND b THEN 1 ELSE -1 END AS c, CAST(x AS DECIMAL(10, 2)) FROM t",
        "SELECT window_start, SUM(price) FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), "
        "INTERVAL '10' MINUTES)) GROUP BY window_start, window_end",
        "SELECT /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */ `a``b`, \"q\" FROM "
        "ods_${day}_di WHERE dt = '${bizdate}' AND s = X'0A' AND arr[1] = 2",
        "SELECT name, key, t.value, data FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.key)",
        "(SELECT 1) UNION (SELECT 2) EXCEPT SELECT 3",
        "CREATE VIEW v (a, b) AS SELECT a, b FROM t",
        "ALTER TABLE t SET ('k' = 'v', 'k2' = 'v2')",
        "INSERT INTO t (a, b) PARTITION (dt = '1') VALUES (1, 2)",
        "var1 := orders",
        "SHOW TABLES FROM db LIKE 'a%'",
        "EXPLAIN PLAN FOR SELECT 1",
        "BEGIN STATEMENT SET",
        "END",
        "EXECUTE CDCSOURCE demo WITH ('connector' = 'mysql-cdc', 'a' = 'b')",
        "SELECT a FROM t WHERE b NOT IN (1, 2, 3) AND c LIKE '%x%' OR d <> e OR f >= g",
        "SELECT 1.5e3, .5, 1., 'it''s', '多行\n字符串' FROM 订单 AS 单",
    };
    static const char *const soup[] = {
        "SELECT", "FROM",  "(",    ")",        ",",         ";",     "'s'",   "`q`",    "-",
        "+",      "*",     "/",    "<",        ">",         "=",     ".",     "1",      "x",
        "AND",    "BEGIN", "END",  "EXECUTE",  "STATEMENT", "SET",   "WITH",  "VALUES", "CASE",
        "JOIN",   "ON",    "${v}", "/*+ h */", "ROW",       "[",     "]",     "~",      "!",
        "|",      ":",     "e5",   "$",        "CREATE",    "TABLE", "UNION", "ALL",    "BETWEEN",
        "{",      "}",     "名",   "\"d\"",    "--x\n",     "/*c*/",
    };
    static const char *const gaps[] = {" ",    "  ",        "\n",         "\t", "\r\n",
                                       "\n\n", " /* c */ ", " -- note\n", "",   "\n  -- own line\n",
                                       "/**/"};
    QRandomGenerator random(20240611);
    auto pick = [&](const auto &list) { return list[random.bounded(int(std::size(list)))]; };
    QVector<QByteArray> scripts;
    for (int n = 0; n < count; ++n) {
        QByteArray script;
        const bool tokenSoup = n % 4 == 3;
        const int pieces = tokenSoup ? 5 + random.bounded(60) : 1 + random.bounded(4);
        for (int p = 0; p < pieces; ++p) {
            const QByteArray piece =
                tokenSoup ? QByteArray(pick(soup)) : QByteArray(pick(statements));
            // Re-space the piece token by token, flipping the case of some words.
            for (const Token &t : Lexer::tokenize(piece)) {
                if (t.kind == TokenKind::Whitespace) {
                    script += pick(gaps);
                    continue;
                }
                QByteArray text = piece.mid(t.offset, t.length);
                if (t.kind == TokenKind::Keyword && random.bounded(3) == 0)
                    text = random.bounded(2) ? text.toLower() : text.toUpper();
                script += text;
            }
            script +=
                tokenSoup ? pick(gaps) : (random.bounded(5) ? ";" : "") + QByteArray(pick(gaps));
        }
        scripts.append(script);
    }
    return scripts;
}

} // namespace

class TestFormatter : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void properties_data();
    void properties();
    void layout_data();
    void layout();
    void keywordCase();
    void commentsKept();
    void errorsLeftAlone();
    void indentWidthAndCrlf();
    void selection();
    void command();
    void commandCheckAndInPlace();
    void commandErrors();

private:
    struct Run
    {
        int code = 0;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QTemporaryDir m_dir;
};

void TestFormatter::golden_data()
{
    QTest::addColumn<QString>("path");
    const QStringList names =
        QDir(dataDir()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << QDir(dataDir()).filePath(name);
}

void TestFormatter::golden()
{
    QFETCH(QString, path);
    const QByteArray formatted = Formatter::format(readFile(path)); // the default options
    const QString golden = path.chopped(4) + QStringLiteral(".formatted");
    if (qEnvironmentVariableIntValue("WEIR_REGEN_GOLDEN") == 1) {
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(golden));
        file.write(formatted);
        return;
    }
    QVERIFY2(QFile::exists(golden), qPrintable(golden + QStringLiteral(" is missing (run "
                                                                       "scripts/regen-golden)")));
    QCOMPARE(QString::fromUtf8(formatted), QString::fromUtf8(readFile(golden)));
}

void TestFormatter::properties_data()
{
    golden_data(); // one row per test script, and the fuzzer's regression corpus
    const QDir corpus(QDir(Test::sourceDir()).filePath(QStringLiteral("tests/fuzz/corpus")));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("corpus/") + name)) << corpus.filePath(name);
}

void TestFormatter::properties()
{
    // Rows: every test script, then (in the same run) the generated ones.
    QFETCH(QString, path);
    QVector<QByteArray> scripts{readFile(path)};
    if (path.endsWith(QLatin1String("all_kinds.sql")))
        scripts += generatedScripts(400);
    for (const QByteArray &script : qAsConst(scripts)) {
        for (const auto kase : {Formatter::KeywordCase::Upper, Formatter::KeywordCase::Lower,
                                Formatter::KeywordCase::Keep}) {
            const QByteArray once = format(script, kase);
            const QString context = QStringLiteral("\n--- input:\n%1\n--- output:\n%2")
                                        .arg(QString::fromUtf8(script), QString::fromUtf8(once));
            const QString difference = tokenDifference(script, once);
            QVERIFY2(difference.isEmpty(), qPrintable(difference + context));
            QVERIFY2(format(once, kase) == once,
                     qPrintable(QStringLiteral("not idempotent: %1")
                                    .arg(QString::fromUtf8(format(once, kase))) +
                                context));
            // The safety net never had to step in.
            Formatter::Options net = options(kase);
            net.safetyNet = true;
            QVERIFY2(Formatter::format(script, net) == once, qPrintable(context));
        }
    }
}

void TestFormatter::layout_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("terminator added") << QByteArray("select 1") << QByteArray("SELECT 1;\n");
    QTest::newRow("joins and conditions")
        << QByteArray("select a.x from a left join b on a.id=b.id and a.k=b.k where a.x between "
                      "1 and 2 and b.y<>3 or c")
        << QByteArray("SELECT a.x\nFROM a\nLEFT JOIN b ON a.id = b.id\n  AND a.k = b.k\nWHERE "
                      "a.x BETWEEN 1 AND 2\n  AND b.y <> 3\n  OR c;\n");
    QTest::newRow("subquery")
        << QByteArray("SELECT * FROM (SELECT a, b FROM t) AS s WHERE a IN (SELECT a FROM u)")
        << QByteArray("SELECT *\nFROM (\n  SELECT\n    a,\n    b\n  FROM t\n) AS s\nWHERE a IN "
                      "(\n  SELECT a\n  FROM u\n);\n");
    QTest::newRow("signs, types and calls")
        << QByteArray("SELECT -a, b - -1, CAST( x AS MAP < STRING , ARRAY<INT> > ), f ( 1 ) FROM t")
        << QByteArray("SELECT\n  -a,\n  b - -1,\n  CAST(x AS MAP<STRING, ARRAY<INT>>),\n  f(1)\n"
                      "FROM t;\n");
    QTest::newRow("variables glued as written")
        << QByteArray("SELECT * FROM ods_${d}_di, ${t} WHERE k = X'0a'")
        << QByteArray("SELECT *\nFROM ods_${d}_di, ${t}\nWHERE k = X'0a';\n");
    QTest::newRow("options aligned")
        << QByteArray("CREATE TABLE t (a INT, b ROW<x INT, y INT>) WITH ('connector'='print', "
                      "'k'='v')")
        << QByteArray("CREATE TABLE t (\n  a INT,\n  b ROW<x INT, y INT>\n) WITH (\n  "
                      "'connector' = 'print',\n  'k'         = 'v'\n);\n");
    QTest::newRow("match_recognize")
        << QByteArray("SELECT * FROM T MATCH_RECOGNIZE(PARTITION BY s ORDER BY t MEASURES A.p AS "
                      "a, B.p AS b ONE ROW PER MATCH PATTERN (A B+ C*? D{2,}) DEFINE B AS B.p > "
                      "A.p)")
        << QByteArray("SELECT *\nFROM T MATCH_RECOGNIZE (\n  PARTITION BY s\n  ORDER BY t\n  "
                      "MEASURES\n    A.p AS a,\n    B.p AS b\n  ONE ROW PER MATCH\n  PATTERN (A "
                      "B+ C*? D{2,})\n  DEFINE\n    B AS B.p > A.p\n);\n");
    QTest::newRow("statement set")
        << QByteArray("execute statement set begin insert into a select 1; insert into b "
                      "values (1), (2); end")
        << QByteArray("EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO a\n  SELECT 1;\n  INSERT INTO "
                      "b\n  VALUES\n    (1),\n    (2);\nEND;\n");
    QTest::newRow("insert columns") << QByteArray("INSERT INTO t(a, b) VALUES (1, 2)")
                                    << QByteArray("INSERT INTO t (a, b)\nVALUES (1, 2);\n");
}

void TestFormatter::layout()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QString::fromUtf8(format(input)), QString::fromUtf8(expected));
    QCOMPARE(QString::fromUtf8(format(expected)), QString::fromUtf8(expected));
}

void TestFormatter::keywordCase()
{
    const QByteArray script = "Select name, key, t.value, `from` From t Where x Is Not Null";
    QCOMPARE(format(script, Formatter::KeywordCase::Upper),
             QByteArray("SELECT\n  name,\n  key,\n  t.value,\n  `from`\nFROM t\nWHERE x IS NOT "
                        "NULL;\n"));
    QCOMPARE(format(script, Formatter::KeywordCase::Lower),
             QByteArray("select\n  name,\n  key,\n  t.value,\n  `from`\nfrom t\nwhere x is not "
                        "null;\n"));
    QCOMPARE(format(script, Formatter::KeywordCase::Keep),
             QByteArray("Select\n  name,\n  key,\n  t.value,\n  `from`\nFrom t\nWhere x Is Not "
                        "Null;\n"));
    // Flink words that are not reserved but never name columns, and PRIMARY KEY.
    QCOMPARE(format("create temporary view if not exists v as select 1"),
             QByteArray("CREATE TEMPORARY VIEW IF NOT EXISTS v AS\nSELECT 1;\n"));
    QCOMPARE(format("create table t (id int, primary key (id) not enforced)"),
             QByteArray("CREATE TABLE t (\n  id INT,\n  PRIMARY KEY (id) NOT ENFORCED\n);\n"));
}

void TestFormatter::commentsKept()
{
    const QByteArray script = "-- head\nSELECT a, -- about a\n  /* before b */ b, c /* after c */"
                              "\n  -- own line\n  FROM t; -- trailing\n/* tail */";
    QCOMPARE(QString::fromUtf8(format(script)),
             QStringLiteral("-- head\nSELECT\n  a, -- about a\n  /* before b */ b,\n  c /* after "
                            "c */\n-- own line\nFROM t; -- trailing\n\n/* tail */\n"));
    // A line comment where the layout wanted no line break moves the rest to the next line.
    QCOMPARE(QString::fromUtf8(format("SELECT f(a, -- x\nb) FROM t")),
             QStringLiteral("SELECT f(a, -- x\n  b)\nFROM t;\n"));
    QCOMPARE(QString::fromUtf8(format("SELECT 1 -- x\n;")), QStringLiteral("SELECT 1 -- x\n;\n"));
}

void TestFormatter::errorsLeftAlone()
{
    // The statement with a lexer error stays byte-identical; the others are formatted.
    QCOMPARE(format("select  1;\nselect 'open"), QByteArray("SELECT 1;\n\nselect 'open"));
    QCOMPARE(format("select a，b  from t;select 1"),
             QByteArray("select a，b  from t;\n\nSELECT 1;\n"));
    QCOMPARE(format("select 1; /* open"), QByteArray("SELECT 1; /* open"));
    QCOMPARE(format("EXECUTE STATEMENT SET BEGIN\n INSERT INTO a SELECT 1;"),
             QByteArray("EXECUTE STATEMENT SET BEGIN\n INSERT INTO a SELECT 1;\n"));
    QCOMPARE(format("\xEF\xBB\xBFselect 1"), QByteArray("\xEF\xBB\xBFSELECT 1;\n"));
    QCOMPARE(format(""), QByteArray());
    QCOMPARE(format(" \n\t"), QByteArray());
}

void TestFormatter::indentWidthAndCrlf()
{
    Formatter::Options four = options();
    four.indentWidth = 4;
    QCOMPARE(Formatter::format(QByteArray("select a, b from t"), four),
             QByteArray("SELECT\n    a,\n    b\nFROM t;\n"));
    QCOMPARE(format("select a, b from t;\r\nselect 1;\r\n"),
             QByteArray("SELECT\r\n  a,\r\n  b\r\nFROM t;\r\n\r\nSELECT 1;\r\n"));
    QCOMPARE(QString::fromUtf8(Formatter::format(QByteArray("select 名称, b from 表"))),
             QStringLiteral("SELECT\n  名称,\n  b\nFROM 表;\n"));
}

void TestFormatter::selection()
{
    const QByteArray script = "select 1;\n-- two\nselect a,b from t;   select 3";
    // A selection inside the second statement: just that one, without its comment.
    const qsizetype second = script.indexOf("select a");
    Formatter::Replacement r =
        Formatter::formatRange(script, ByteOffset{second + 8}, ByteOffset{second + 10}, options());
    QCOMPARE(r.begin.value, second);
    QCOMPARE(r.end.value, script.indexOf("t;") + 2);
    QCOMPARE(r.text, QByteArray("SELECT\n  a,\n  b\nFROM t;"));
    // An empty selection in the comment: the statement the comment belongs to.
    r = Formatter::formatRange(script, ByteOffset{script.indexOf("two")},
                               ByteOffset{script.indexOf("two")}, options());
    QCOMPARE(r.begin.value, second);
    // Across the last two statements: both, separated as in a whole script.
    r = Formatter::formatRange(script, ByteOffset{second}, ByteOffset{script.size()}, options());
    QCOMPARE(r.text, QByteArray("SELECT\n  a,\n  b\nFROM t;\n\nSELECT 3;"));
    QCOMPARE(r.end.value, script.size());
    // Applying the replacement gives a script whose statement is formatted.
    QByteArray applied = script;
    applied.replace(r.begin.value, r.end.value - r.begin.value, r.text);
    QCOMPARE(Formatter::format(applied), Formatter::format(script));
    // Nothing to format.
    r = Formatter::formatRange(QByteArray("  -- only a comment\n"), ByteOffset{3}, ByteOffset{5},
                               options());
    QCOMPARE(r.begin.value, 3);
    QCOMPARE(r.end.value, 3);
    QVERIFY(r.text.isEmpty());
}

TestFormatter::Run TestFormatter::run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runSqlCommand(QStringList{QStringLiteral("weir"), QStringLiteral("format")} + args,
                           out, err);
    return r;
}

void TestFormatter::command()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("a.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("select 名称 from t");
    file.close();
    Run r = run({path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("SELECT 名称\nFROM t;\n"));
    r = run({QStringLiteral("--keyword-case=lower"), QStringLiteral("--indent=4"), path, path});
    QCOMPARE(r.out, QStringLiteral("select 名称\nfrom t;\nselect 名称\nfrom t;\n"));
}

void TestFormatter::commandCheckAndInPlace()
{
    const QString messy = m_dir.filePath(QStringLiteral("messy.sql"));
    const QString tidy = m_dir.filePath(QStringLiteral("tidy.sql"));
    for (const auto &[path, content] :
         {std::pair{messy, QByteArray("select 1")}, std::pair{tidy, QByteArray("SELECT 1;\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Run r = run({QStringLiteral("--check"), messy, tidy});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, messy + QLatin1Char('\n'));
    r = run({QStringLiteral("-i"), messy, tidy});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(readFile(messy), QByteArray("SELECT 1;\n"));
    QCOMPARE(run({QStringLiteral("--check"), messy, tidy}).code, 0);
}

void TestFormatter::commandErrors()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sql"));
    Run r = run({missing});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("weir: cannot read %1: ").arg(missing)),
             qPrintable(r.err));
    QCOMPARE(run({}).code, 2);
    QCOMPARE(run({QStringLiteral("--check"), QStringLiteral("-i"), missing}).code, 2);
    QCOMPARE(run({QStringLiteral("--keyword-case=title"), missing}).code, 2);
    r = run({QStringLiteral("--bogus"), missing});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("usage: weir format")));
}

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_sql_formatter.moc"
