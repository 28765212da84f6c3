// Completion contexts end to end through CompletionEngine: keywords by position, tables after
// FROM/JOIN/INTO, columns through aliases, CTEs, derived tables, window TVFs and the script's own
// CREATE TABLE/VIEW, backtick insertion, replace ranges and ranking (WITH options, SET keys,
// variables and call tips: tst_sql_completionoptions.cpp). "|" marks the caret in every script.
#include "completiontestcase.h"
#include "sql/completionengine.h"
#include "sql/inmemorycatalog.h"

#include <QTest>

using namespace Weir;
using Weir::Test::completeAtMarker;
using Weir::Test::Completion;

namespace {

MetadataCatalog catalog()
{
    InMemoryCatalog c;
    const QString cat = QStringLiteral("default_catalog");
    const QString db = QStringLiteral("default_database");
    auto col = [](const char *name, const char *type) {
        return MetadataCatalog::Column{QString::fromUtf8(name), QString::fromUtf8(type)};
    };
    c.addTable(cat, db, QStringLiteral("orders"),
               {col("order_id", "BIGINT"), col("user_id", "BIGINT"), col("price", "DECIMAL(10, 2)"),
                col("order_time", "TIMESTAMP(3)")});
    c.addTable(cat, db, QStringLiteral("users"),
               {col("id", "BIGINT"), col("name", "STRING"), col("user", "STRING")});
    c.addTable(cat, db, QStringLiteral("order items"), {col("item", "STRING")});
    c.addTable(cat, db, QStringLiteral("select"), {col("a", "INT")});
    c.addTable(cat, db, QStringLiteral("订单"), {col("数量", "INT")});
    c.addTable(cat, db, QStringLiteral("shipments"),
               {col("id", "BIGINT"),
                col("buyer", "ROW<first_name STRING, last_name STRING, `zip code` INT>")});
    c.addTable(cat, QStringLiteral("sales"), QStringLiteral("customers"), {col("cid", "INT")});
    c.addTable(QStringLiteral("other_catalog"), QStringLiteral("db1"), QStringLiteral("t1"),
               {col("x", "INT")}, true);
    return c.snapshot();
}

Completion complete(const QString &script, const QHash<QString, QString> &variables = {},
                    SqlDialect dialect = SqlDialect::Latest)
{
    static const MetadataCatalog metadata = catalog();
    CompletionEngine::Request request;
    request.metadata = metadata;
    request.variables = variables;
    request.dialect = dialect;
    return completeAtMarker(script, request);
}

QStringList list(const char *items)
{
    return QString::fromUtf8(items).split(QLatin1Char(','));
}

const char kClicks[] = "CREATE TABLE clicks (\n"
                       "  id BIGINT NOT NULL,\n"
                       "  url STRING COMMENT 'page',\n"
                       "  ts TIMESTAMP(3),\n"
                       "  tags MAP<STRING, ARRAY<INT>>,\n"
                       "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,\n"
                       "  PRIMARY KEY (id) NOT ENFORCED\n"
                       ") WITH ('connector' = 'datagen');\n";

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void statementStart();
    void keywordsAfterLeadingWords();
    void keywordsByClause();
    void keywordCaseFollowsTyping();
    void tablesAfterFromJoinInto();
    void qualifiedTables();
    void aliasColumns();
    void selectListAndWhereColumns();
    void rowFields();
    void scriptDefinedTables();
    void ctesDerivedTablesAndWindows();
    void columnDefinitions();
    void backticks();
    void replaceRange();
    void ranking();
    void functions();
    void statementSets();
    void noCompletionInCommentsAndLiterals();
};

void TestCompletion::statementStart()
{
    const Completion c = complete(QStringLiteral("|"));
    QCOMPARE(c.displays(6), list("SELECT,INSERT,CREATE,DROP,ALTER,SET"));
    QCOMPARE(complete(QStringLiteral("sel|")).displays(1), list("select"));
    // After a ';' a new statement starts.
    QCOMPARE(complete(QStringLiteral("SELECT 1;\nINS|")).displays(2), list("INSERT,INSERT INTO"));
    QCOMPARE(complete(QStringLiteral("SELECT 1;\n|")).displays(1), list("SELECT"));
}

void TestCompletion::keywordsAfterLeadingWords()
{
    QCOMPARE(complete(QStringLiteral("CREATE |")).displays(),
             list("TABLE,TEMPORARY,VIEW,FUNCTION,CATALOG,DATABASE,OR REPLACE,MATERIALIZED TABLE,"
                  "MODEL"));
    // MODEL statements are Flink 2.x only.
    QVERIFY(!complete(QStringLiteral("CREATE |"), {}, SqlDialect::Flink1_20)
                 .displays()
                 .contains(QStringLiteral("MODEL")));
    QCOMPARE(complete(QStringLiteral("CREATE TEMPORARY |")).displays(),
             list("TABLE,VIEW,FUNCTION,SYSTEM FUNCTION"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE IF |")).displays(), list("NOT EXISTS"));
    QCOMPARE(complete(QStringLiteral("INSERT |")).displays(), list("INTO,OVERWRITE"));
    QCOMPARE(complete(QStringLiteral("EXECUTE STATEMENT SET |")).displays(), list("BEGIN"));
    QCOMPARE(complete(QStringLiteral("SHOW CURRENT |")).displays(), list("CATALOG,DATABASE"));
    // Tables after DROP TABLE, with IF EXISTS last.
    const Completion drop = complete(QStringLiteral("DROP TABLE |"));
    QCOMPARE(drop.displays(2), list("order items,orders"));
    QCOMPARE(drop.displays().last(), QStringLiteral("IF EXISTS"));
    QCOMPARE(complete(QStringLiteral("DROP TABLE IF EXISTS sh|")).displays(), list("shipments"));
    // Databases after USE, catalogs after USE CATALOG.
    QCOMPARE(complete(QStringLiteral("USE |")).displays(),
             list("default_database,sales,CATALOG,MODULES"));
    QCOMPARE(complete(QStringLiteral("USE CATALOG |")).displays(),
             list("default_catalog,other_catalog"));
}

void TestCompletion::keywordsByClause()
{
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders GROUP |")).displays(), list("BY"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o LEFT |")).displays(),
             list("JOIN,OUTER JOIN"));
    QCOMPARE(complete(QStringLiteral("SELECT price |")).displays(4), list("AS,FROM,AND,OR"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders WHERE price > 10 |")).displays(4),
             list("AND,OR,IS,NOT"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o |")).displays(3),
             list("AS,WHERE,JOIN"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o JOIN users u |")).displays(3),
             list("ON,USING,AS"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders ORDER BY price |")).displays(2),
             list("ASC,DESC"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders WHERE price IS |")).displays(3),
             list("NULL,NOT NULL,TRUE"));
    QCOMPARE(complete(QStringLiteral("INSERT INTO orders |")).displays(),
             list("SELECT,VALUES,WITH,PARTITION"));
    // A new alias is being typed: nothing to offer.
    QVERIFY(complete(QStringLiteral("SELECT * FROM orders AS |")).result.candidates.isEmpty());
}

void TestCompletion::keywordCaseFollowsTyping()
{
    QCOMPARE(complete(QStringLiteral("select * fr|")).texts(1), list("from"));
    QCOMPARE(complete(QStringLiteral("SELECT * FR|")).texts(1), list("FROM"));
    QCOMPARE(complete(QStringLiteral("select * Fr|")).texts(1), list("FROM"));
}

void TestCompletion::tablesAfterFromJoinInto()
{
    // Catalog tables sorted by name, then databases and catalogs, then keywords.
    const Completion from = complete(QStringLiteral("SELECT * FROM |"));
    QCOMPARE(from.displays(),
             list("order items,orders,select,shipments,users,订单,default_database,"
                  "sales,default_catalog,other_catalog,LATERAL,TABLE,UNNEST"));
    QCOMPARE(from.find(QStringLiteral("orders"))->kind, CompletionKind::Table);
    QCOMPARE(from.find(QStringLiteral("orders"))->detail,
             QStringLiteral("default_catalog.default_database"));
    QCOMPARE(from.find(QStringLiteral("sales"))->kind, CompletionKind::Database);
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o JOIN us|")).displays(),
             list("users,unnest"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders, us|")).displays(),
             list("users,unnest"));
    QCOMPARE(complete(QStringLiteral("INSERT INTO sh|")).displays(), list("shipments"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM t WHERE a IN (SELECT x FROM us|)")).displays(),
             list("users,unnest"));
}

void TestCompletion::qualifiedTables()
{
    QCOMPARE(complete(QStringLiteral("SELECT * FROM sales.|")).displays(), list("customers"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM other_catalog.|")).displays(), list("db1"));
    const Completion t1 = complete(QStringLiteral("SELECT * FROM other_catalog.db1.|"));
    QCOMPARE(t1.displays(), list("t1"));
    QCOMPARE(t1.result.candidates.first().kind, CompletionKind::View);
    // Columns through a qualified table name.
    QCOMPARE(complete(QStringLiteral("SELECT c.| FROM sales.customers c")).displays(), list("cid"));
    QCOMPARE(complete(QStringLiteral("SELECT sales.customers.| FROM x")).displays(), list("cid"));
}

void TestCompletion::aliasColumns()
{
    // The alias is defined after the caret.
    const Completion c = complete(QStringLiteral("SELECT o.| FROM orders o"));
    QCOMPARE(c.displays(), list("order_id,user_id,price,order_time"));
    QCOMPARE(c.result.candidates.first().kind, CompletionKind::Column);
    QCOMPARE(c.result.candidates.at(2).detail, QStringLiteral("DECIMAL(10, 2)"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders AS o JOIN users u ON o.user_id = u.|"))
                 .displays(),
             list("id,name,user"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o WHERE o.pr|")).displays(),
             list("price"));
    // A table's own name serves as a qualifier too; any case.
    QCOMPARE(complete(QStringLiteral("SELECT ORDERS.order_| FROM orders")).displays(),
             list("order_id,order_time"));
    // A correlated subquery sees the outer query's aliases.
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM users u "
                                     "WHERE u.id = o.us|)"))
                 .displays(),
             list("user_id"));
    // An unknown alias offers nothing.
    QVERIFY(complete(QStringLiteral("SELECT zz.| FROM orders o")).result.candidates.isEmpty());
}

void TestCompletion::selectListAndWhereColumns()
{
    const Completion c =
        complete(QStringLiteral("SELECT | FROM orders o JOIN users u ON o.user_id = u.id"));
    QCOMPARE(c.displays(9), list("order_id,user_id,price,order_time,id,name,user,o,u"));
    QCOMPARE(c.find(QStringLiteral("name"))->detail, QStringLiteral("STRING \u00b7 u"));
    QCOMPARE(c.find(QStringLiteral("o"))->detail, QStringLiteral("alias of orders"));
    QCOMPARE(c.find(QStringLiteral("DISTINCT"))->kind, CompletionKind::Keyword);
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders WHERE pr|")).displays(1), list("price"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders GROUP BY ord|")).displays(2),
             list("order_id,order_time"));
    QCOMPARE(complete(QStringLiteral("SELECT COUNT(ord|) FROM orders")).displays(2),
             list("order_id,order_time"));
    // A subquery in FROM sees only its own tables.
    QVERIFY(
        !complete(QStringLiteral("SELECT * FROM (SELECT | FROM users) x JOIN orders o ON 1 = 1"))
             .displays()
             .contains(QStringLiteral("price")));
    const Completion inner = complete(QStringLiteral("SELECT * FROM (SELECT na| FROM users) x"));
    QCOMPARE(inner.displays(1), list("name"));
}

void TestCompletion::rowFields()
{
    QCOMPARE(complete(QStringLiteral("SELECT buyer.| FROM shipments")).displays(),
             list("first_name,last_name,zip code"));
    QCOMPARE(complete(QStringLiteral("SELECT s.buyer.| FROM shipments s")).texts(),
             list("first_name,last_name,`zip code`"));
}

void TestCompletion::scriptDefinedTables()
{
    const QString clicks = QString::fromUtf8(kClicks);
    const Completion c = complete(clicks + QStringLiteral("SELECT c.| FROM clicks c"));
    QCOMPARE(c.displays(), list("id,url,ts,tags"));
    QCOMPARE(c.find(QStringLiteral("id"))->detail, QStringLiteral("BIGINT"));
    QCOMPARE(c.find(QStringLiteral("ts"))->detail, QStringLiteral("TIMESTAMP(3)"));
    QCOMPARE(c.find(QStringLiteral("tags"))->detail, QStringLiteral("MAP<STRING, ARRAY<INT>>"));

    // Script tables come first after FROM, views among them; the script may define them later.
    const Completion from = complete(QStringLiteral("SELECT * FROM |;\n") + clicks +
                                     QStringLiteral("CREATE VIEW v AS SELECT id FROM clicks;"));
    QCOMPARE(from.displays(3), list("clicks,v,order items"));
    QCOMPARE(from.find(QStringLiteral("v"))->kind, CompletionKind::View);

    // A view's columns come from its query (aliases, types of plain columns).
    const Completion view =
        complete(clicks + QStringLiteral("CREATE VIEW per_url AS SELECT url AS link, COUNT(*) AS "
                                         "cnt, c.id FROM clicks c GROUP BY "
                                         "url, c.id;\nSELECT | FROM per_url"));
    QCOMPARE(view.displays(3), list("link,cnt,id"));
    QCOMPARE(view.find(QStringLiteral("link"))->detail, QStringLiteral("STRING"));
    QCOMPARE(view.find(QStringLiteral("id"))->detail, QStringLiteral("BIGINT"));
    // An explicit column list renames; SELECT * expands.
    QCOMPARE(
        complete(clicks + QStringLiteral("CREATE TEMPORARY VIEW w (a, b) AS SELECT id, url FROM "
                                         "clicks;\nSELECT w.| FROM w"))
            .displays(),
        list("a,b"));
    QCOMPARE(complete(clicks + QStringLiteral("CREATE VIEW all_clicks AS SELECT * FROM clicks;\n"
                                              "SELECT a.| FROM all_clicks a"))
                 .displays(),
             list("id,url,ts,tags"));
    // CREATE TABLE ... LIKE and AS SELECT.
    QCOMPARE(complete(clicks + QStringLiteral("CREATE TABLE c2 (extra INT) WITH ('connector' = "
                                              "'print') LIKE clicks;\nSELECT x.| FROM c2 x"))
                 .displays(),
             list("extra,id,url,ts,tags"));
    QCOMPARE(complete(clicks + QStringLiteral("CREATE TABLE c3 WITH ('connector' = 'print') AS "
                                              "SELECT id, UPPER(url) AS u FROM clicks;\n"
                                              "SELECT x.| FROM c3 x"))
                 .displays(),
             list("id,u"));
    // A script table shadows a catalog table of the same name.
    QCOMPARE(complete(QStringLiteral("CREATE TABLE orders (k INT);\nSELECT o.| FROM orders o"))
                 .displays(),
             list("k"));
}

void TestCompletion::ctesDerivedTablesAndWindows()
{
    const QString clicks = QString::fromUtf8(kClicks);
    QCOMPARE(complete(clicks + QStringLiteral("WITH recent AS (SELECT id, ts AS t FROM clicks), "
                                              "two (x) AS (SELECT 1) SELECT r.| FROM recent r"))
                 .displays(),
             list("id,t"));
    QCOMPARE(complete(clicks + QStringLiteral("WITH recent AS (SELECT id FROM clicks) SELECT * "
                                              "FROM rec|"))
                 .displays(1),
             list("recent"));
    QCOMPARE(
        complete(clicks + QStringLiteral("SELECT d.| FROM (SELECT id AS k, url FROM clicks) d"))
            .displays(),
        list("k,url"));
    const Completion window =
        complete(clicks + QStringLiteral("SELECT | FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), "
                                         "INTERVAL '1' MINUTE))"));
    QCOMPARE(window.displays(7), list("id,url,ts,tags,window_start,window_end,window_time"));
    QCOMPARE(complete(clicks + QStringLiteral("SELECT * FROM TABLE(TUMBLE(TABLE clicks, "
                                              "DESCRIPTOR(|"))
                 .displays(),
             list("id,url,ts,tags"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM TABLE(|")).displays(),
             list("CUMULATE,HOP,SESSION,TUMBLE"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM TABLE(TUMBLE(|")).displays(), list("TABLE"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM TABLE(TUMBLE(TABLE or|")).displays(2),
             list("order items,orders"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM TABLE(HOP(TABLE orders, |")).displays(),
             list("DESCRIPTOR"));
}

void TestCompletion::columnDefinitions()
{
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (|")).displays(),
             list("PRIMARY KEY,WATERMARK FOR,CONSTRAINT"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id BIG|")).displays(), list("BIGINT"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id big|")).texts(), list("bigint"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id BIGINT |")).displays(2),
             list("NOT NULL,NULL"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id BIGINT, ts TIMESTAMP(3), WATERMARK FOR |"))
                 .displays(),
             list("id,ts"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id BIGINT, PRIMARY KEY (|")).displays(),
             list("id"));
    QCOMPARE(complete(QStringLiteral("CREATE TABLE t (id BIGINT) |")).displays(3),
             list("WITH,COMMENT,PARTITIONED BY"));
    QCOMPARE(complete(QStringLiteral("SELECT CAST(x AS VARCH|")).displays(), list("VARCHAR"));
    QCOMPARE(complete(QStringLiteral("INSERT INTO orders (|")).displays(),
             list("order_id,user_id,price,order_time"));
}

void TestCompletion::backticks()
{
    const Completion from = complete(QStringLiteral("SELECT * FROM |"));
    QCOMPARE(from.find(QStringLiteral("order items"))->text, QStringLiteral("`order items`"));
    QCOMPARE(from.find(QStringLiteral("select"))->text, QStringLiteral("`select`"));
    QCOMPARE(from.find(QStringLiteral("订单"))->text, QStringLiteral("订单"));
    QCOMPARE(from.find(QStringLiteral("orders"))->text, QStringLiteral("orders"));
    QCOMPARE(complete(QStringLiteral("SELECT u.| FROM users u")).texts(), list("id,name,`user`"));
    QCOMPARE(complete(QStringLiteral("SELECT x.| FROM 订单 x")).texts(), list("数量"));
    // Typed with an opening backtick: the name is quoted even if it does not need it.
    const Completion typed = complete(QStringLiteral("SELECT * FROM `ord|"));
    QCOMPARE(typed.texts(2), list("`order items`,`orders`"));
    QCOMPARE(typed.applied(), QStringLiteral("SELECT * FROM `order items`"));
    QCOMPARE(complete(QStringLiteral("SELECT * FROM `ord|`")).applied(),
             QStringLiteral("SELECT * FROM `order items`"));
}

void TestCompletion::replaceRange()
{
    const Completion c = complete(QStringLiteral("SELECT * FROM ord|ers WHERE 1 = 1"));
    QCOMPARE(c.result.replaceBegin.value, 14);
    QCOMPARE(c.result.replaceEnd.value, 20);
    QCOMPARE(c.result.prefix, QStringLiteral("ord"));
    QCOMPARE(c.applied(QStringLiteral("orders")),
             QStringLiteral("SELECT * FROM orders WHERE 1 = 1"));
    // Nothing typed: an empty range at the caret.
    const Completion at = complete(QStringLiteral("SELECT * FROM |"));
    QCOMPARE(at.result.replaceBegin.value, 14);
    QCOMPARE(at.result.replaceEnd.value, 14);
    // Byte offsets count UTF-8 bytes.
    const Completion utf8 = complete(QStringLiteral("-- 订单\nSELECT * FROM 订|"));
    QCOMPARE(utf8.result.replaceBegin.value,
             qsizetype(QByteArray("-- 订单\nSELECT * FROM ").size()));
    QCOMPARE(utf8.applied(), QStringLiteral("-- 订单\nSELECT * FROM 订单"));
}

void TestCompletion::ranking()
{
    // Prefix matches, then word starts (order_id), then subsequences; kinds by priority.
    const Completion c = complete(QStringLiteral("SELECT oi| FROM orders"));
    QCOMPARE(c.displays(2), list("order_id,order_time"));
    const Completion ui = complete(QStringLiteral("SELECT ui| FROM orders"));
    QCOMPARE(ui.displays(1), list("user_id"));
    // An exact match first, then longer prefixes.
    QCOMPARE(complete(QStringLiteral("SELECT * FROM orders|")).displays(1), list("orders"));
    // Ties keep the catalog's order.
    QCOMPARE(complete(QStringLiteral("SELECT * FROM ord|")).displays(2),
             list("order items,orders"));
    // Columns before functions before keywords, for the same match class.
    const Completion mixed = complete(QStringLiteral("SELECT u| FROM users"));
    QCOMPARE(mixed.displays(3), list("user,users,unhex"));
    QCOMPARE(mixed.find(QStringLiteral("users"))->kind, CompletionKind::Table);
}

void TestCompletion::functions()
{
    const Completion c = complete(QStringLiteral("SELECT UPP|"));
    QCOMPARE(c.displays(1), list("UPPER"));
    QCOMPARE(c.result.candidates.first().text, QStringLiteral("UPPER()"));
    QCOMPARE(c.result.candidates.first().caretOffset, 6);
    QCOMPARE(c.result.candidates.first().detail, QStringLiteral("UPPER(string) \u2192 STRING"));
    // Niladic functions without parentheses go in bare; with () the caret lands after them.
    const Completion now = complete(QStringLiteral("select current_tim|"));
    QCOMPARE(now.texts(2), list("current_time,current_timestamp"));
    QCOMPARE(now.result.candidates.first().caretOffset, -1);
    QCOMPARE(complete(QStringLiteral("SELECT NOW|")).texts(1), list("NOW()"));
    QCOMPARE(complete(QStringLiteral("SELECT NOW|")).result.candidates.first().caretOffset, -1);
    // Window TVFs are not expressions.
    QVERIFY(
        !complete(QStringLiteral("SELECT TUMB|")).displays().contains(QStringLiteral("TUMBLE")));
    QCOMPARE(complete(QStringLiteral("SELECT EXTRACT(|")).displays(2), list("YEAR,QUARTER"));
}

void TestCompletion::statementSets()
{
    const Completion c = complete(QStringLiteral("EXECUTE STATEMENT SET BEGIN\n"
                                                 "  INSERT INTO orders SELECT * FROM orders;\n"
                                                 "  INSERT INTO users SELECT u.| FROM users u;\n"
                                                 "END;"));
    QCOMPARE(c.displays(), list("id,name,user"));
    QCOMPARE(complete(QStringLiteral("EXECUTE STATEMENT SET BEGIN\n  INS|")).displays(2),
             list("INSERT,INSERT INTO"));
}

void TestCompletion::noCompletionInCommentsAndLiterals()
{
    QVERIFY(complete(QStringLiteral("-- SELECT * FROM |")).result.candidates.isEmpty());
    QVERIFY(complete(QStringLiteral("SELECT /* FROM | */ 1")).result.candidates.isEmpty());
    QVERIFY(complete(QStringLiteral("SELECT * FROM orders WHERE name = 'or|'"))
                .result.candidates.isEmpty());
    QVERIFY(complete(QStringLiteral("SELECT 12|")).result.candidates.isEmpty());
    // Right after a comment the statement goes on.
    QCOMPARE(complete(QStringLiteral("SELECT * FROM /* c */ us|")).displays(),
             list("users,unnest"));
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_sql_completion.moc"
