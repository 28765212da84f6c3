#include "sql/completionkeywords.h"

#include "sql/keywords.h"

#include <QHash>

namespace Weir::Internal {

namespace {

using Expect = CompletionExpect;

QStringList split(const char *list)
{
    // Phrases are separated by '|', their words by spaces.
    return QString::fromLatin1(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

struct Rule
{
    const char *words;
    Expect expect;
    const char *keywords;
};

// Statement prefixes made only of keywords, and what may follow them.
const Rule kRules[] = {
    {"", Expect::Keywords,
     "SELECT|INSERT|CREATE|DROP|ALTER|SET|RESET|SHOW|DESCRIBE|EXPLAIN|USE|WITH|VALUES|EXECUTE|"
     "BEGIN|END|ADD|REMOVE|LOAD|UNLOAD|TRUNCATE|DELETE|UPDATE|ANALYZE|CALL|DESC|STOP|"
     "INSERT INTO|CREATE TABLE|CREATE TEMPORARY TABLE|CREATE VIEW|CREATE TEMPORARY VIEW|"
     "CREATE CATALOG|CREATE DATABASE|CREATE FUNCTION|EXECUTE STATEMENT SET|"
     "BEGIN STATEMENT SET|EXECUTE CDCSOURCE|SHOW TABLES|ADD JAR|LOAD MODULE"},
    {"CREATE", Expect::Keywords,
     "TABLE|TEMPORARY|VIEW|FUNCTION|CATALOG|DATABASE|OR REPLACE|MATERIALIZED TABLE|MODEL"},
    {"CREATE OR", Expect::Keywords, "REPLACE"},
    {"CREATE OR REPLACE", Expect::Keywords, "TABLE|MATERIALIZED TABLE"},
    {"CREATE TEMPORARY", Expect::Keywords, "TABLE|VIEW|FUNCTION|SYSTEM FUNCTION"},
    {"CREATE TEMPORARY SYSTEM", Expect::Keywords, "FUNCTION"},
    {"CREATE MATERIALIZED", Expect::Keywords, "TABLE"},
    {"CREATE TABLE", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE TEMPORARY TABLE", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE OR REPLACE TABLE", Expect::Keywords, ""},
    {"CREATE MATERIALIZED TABLE", Expect::Keywords, ""},
    {"CREATE VIEW", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE TEMPORARY VIEW", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE FUNCTION", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE TEMPORARY FUNCTION", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE TEMPORARY SYSTEM FUNCTION", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE CATALOG", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE DATABASE", Expect::Keywords, "IF NOT EXISTS"},
    {"CREATE MODEL", Expect::Keywords, "IF NOT EXISTS"},
    {"DROP", Expect::Keywords,
     "TABLE|VIEW|TEMPORARY|FUNCTION|CATALOG|DATABASE|MATERIALIZED TABLE|MODEL"},
    {"DROP TEMPORARY", Expect::Keywords, "TABLE|VIEW|FUNCTION|SYSTEM FUNCTION"},
    {"DROP TEMPORARY SYSTEM", Expect::Keywords, "FUNCTION"},
    {"DROP MATERIALIZED", Expect::Keywords, "TABLE"},
    {"DROP TABLE", Expect::Tables, "IF EXISTS"},
    {"DROP TEMPORARY TABLE", Expect::Tables, "IF EXISTS"},
    {"DROP VIEW", Expect::Tables, "IF EXISTS"},
    {"DROP TEMPORARY VIEW", Expect::Tables, "IF EXISTS"},
    {"DROP MATERIALIZED TABLE", Expect::Tables, "IF EXISTS"},
    {"DROP DATABASE", Expect::Databases, "IF EXISTS"},
    {"DROP CATALOG", Expect::Catalogs, "IF EXISTS"},
    {"DROP FUNCTION", Expect::Keywords, "IF EXISTS"},
    {"DROP TEMPORARY FUNCTION", Expect::Keywords, "IF EXISTS"},
    {"DROP TEMPORARY SYSTEM FUNCTION", Expect::Keywords, "IF EXISTS"},
    {"DROP MODEL", Expect::Keywords, "IF EXISTS"},
    {"ALTER", Expect::Keywords, "TABLE|VIEW|DATABASE|FUNCTION|CATALOG|MATERIALIZED TABLE|MODEL"},
    {"ALTER MATERIALIZED", Expect::Keywords, "TABLE"},
    {"ALTER TABLE", Expect::Tables, "IF EXISTS"},
    {"ALTER VIEW", Expect::Tables, ""},
    {"ALTER MATERIALIZED TABLE", Expect::Tables, ""},
    {"ALTER DATABASE", Expect::Databases, ""},
    {"ALTER CATALOG", Expect::Catalogs, ""},
    {"INSERT", Expect::Keywords, "INTO|OVERWRITE"},
    {"INSERT INTO", Expect::Tables, ""},
    {"INSERT OVERWRITE", Expect::Tables, ""},
    {"EXECUTE", Expect::Keywords, "STATEMENT SET|CDCSOURCE|INSERT|PLAN"},
    {"EXECUTE INSERT", Expect::Keywords, "INTO|OVERWRITE"},
    {"EXECUTE INSERT INTO", Expect::Tables, ""},
    {"EXECUTE INSERT OVERWRITE", Expect::Tables, ""},
    {"EXECUTE STATEMENT", Expect::Keywords, "SET"},
    {"EXECUTE STATEMENT SET", Expect::Keywords, "BEGIN"},
    {"EXECUTE STATEMENT SET BEGIN", Expect::Keywords, "INSERT INTO"},
    {"BEGIN", Expect::Keywords, "STATEMENT SET"},
    {"BEGIN STATEMENT", Expect::Keywords, "SET"},
    {"SHOW", Expect::Keywords,
     "TABLES|VIEWS|DATABASES|CATALOGS|FUNCTIONS|USER FUNCTIONS|MODULES|FULL MODULES|JARS|JOBS|"
     "COLUMNS|CREATE TABLE|CREATE VIEW|CREATE CATALOG|CURRENT CATALOG|CURRENT DATABASE|"
     "PARTITIONS|PROCEDURES|MATERIALIZED TABLES|MODELS"},
    {"SHOW CREATE", Expect::Keywords, "TABLE|VIEW|CATALOG|MATERIALIZED TABLE|MODEL"},
    {"SHOW CREATE TABLE", Expect::Tables, ""},
    {"SHOW CREATE VIEW", Expect::Tables, ""},
    {"SHOW CREATE MATERIALIZED TABLE", Expect::Tables, ""},
    {"SHOW CREATE CATALOG", Expect::Catalogs, ""},
    {"SHOW PARTITIONS", Expect::Tables, ""},
    {"SHOW CURRENT", Expect::Keywords, "CATALOG|DATABASE"},
    {"SHOW USER", Expect::Keywords, "FUNCTIONS"},
    {"SHOW FULL", Expect::Keywords, "MODULES"},
    {"SHOW TABLES", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW VIEWS", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW FUNCTIONS", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW USER FUNCTIONS", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW PROCEDURES", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW MATERIALIZED TABLES", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW DATABASES", Expect::Keywords, "FROM|IN|LIKE|NOT LIKE"},
    {"SHOW TABLES FROM", Expect::Databases, ""},
    {"SHOW TABLES IN", Expect::Databases, ""},
    {"SHOW VIEWS FROM", Expect::Databases, ""},
    {"SHOW VIEWS IN", Expect::Databases, ""},
    {"SHOW FUNCTIONS FROM", Expect::Databases, ""},
    {"SHOW FUNCTIONS IN", Expect::Databases, ""},
    {"SHOW USER FUNCTIONS FROM", Expect::Databases, ""},
    {"SHOW USER FUNCTIONS IN", Expect::Databases, ""},
    {"SHOW PROCEDURES FROM", Expect::Databases, ""},
    {"SHOW PROCEDURES IN", Expect::Databases, ""},
    {"SHOW MATERIALIZED TABLES FROM", Expect::Databases, ""},
    {"SHOW MATERIALIZED TABLES IN", Expect::Databases, ""},
    {"SHOW DATABASES FROM", Expect::Catalogs, ""},
    {"SHOW DATABASES IN", Expect::Catalogs, ""},
    {"SHOW COLUMNS", Expect::Keywords, "FROM|IN"},
    {"SHOW COLUMNS FROM", Expect::Tables, ""},
    {"SHOW COLUMNS IN", Expect::Tables, ""},
    {"DESCRIBE", Expect::Tables, "EXTENDED|CATALOG"},
    {"DESC", Expect::Tables, "EXTENDED|CATALOG"},
    {"DESCRIBE EXTENDED", Expect::Tables, ""},
    {"DESC EXTENDED", Expect::Tables, ""},
    {"DESCRIBE CATALOG", Expect::Catalogs, "EXTENDED"},
    {"DESC CATALOG", Expect::Catalogs, "EXTENDED"},
    {"USE", Expect::Databases, "CATALOG|MODULES"},
    {"USE CATALOG", Expect::Catalogs, ""},
    {"EXPLAIN", Expect::Keywords,
     "SELECT|INSERT INTO|STATEMENT SET|PLAN FOR|ESTIMATED_COST|CHANGELOG_MODE|"
     "JSON_EXECUTION_PLAN|PLAN_ADVICE|WITH"},
    {"EXPLAIN PLAN", Expect::Keywords, "FOR"},
    {"EXPLAIN PLAN FOR", Expect::Keywords, "SELECT|INSERT INTO|WITH"},
    {"EXPLAIN STATEMENT", Expect::Keywords, "SET"},
    {"EXPLAIN STATEMENT SET", Expect::Keywords, "BEGIN"},
    {"LOAD", Expect::Keywords, "MODULE"},
    {"UNLOAD", Expect::Keywords, "MODULE"},
    {"ADD", Expect::Keywords, "JAR"},
    {"REMOVE", Expect::Keywords, "JAR"},
    {"STOP", Expect::Keywords, "JOB"},
    {"TRUNCATE", Expect::Keywords, "TABLE"},
    {"TRUNCATE TABLE", Expect::Tables, ""},
    {"ANALYZE", Expect::Keywords, "TABLE"},
    {"ANALYZE TABLE", Expect::Tables, ""},
    {"COMPILE", Expect::Keywords, "PLAN"},
    {"DELETE", Expect::Keywords, "FROM"},
    {"DELETE FROM", Expect::Tables, ""},
    {"UPDATE", Expect::Tables, ""},
    {"SET", Expect::ConfigKeys, ""},
    {"RESET", Expect::ConfigKeys, ""},
    {"WITH", Expect::Nothing, ""},
};

struct Table
{
    QHash<QString, CompletionKeywords::Follow> rules;
    QHash<QString, QStringList> afterWord;

    Table()
    {
        for (const Rule &rule : kRules)
            rules.insert(QString::fromLatin1(rule.words), {rule.expect, split(rule.keywords)});
        const std::pair<const char *, const char *> words[] = {
            {"GROUP", "BY"},
            {"ORDER", "BY"},
            {"PARTITION", "BY"},
            {"PARTITIONED", "BY"},
            {"DISTRIBUTED", "BY|INTO"},
            {"LEFT", "JOIN|OUTER JOIN"},
            {"RIGHT", "JOIN|OUTER JOIN"},
            {"FULL", "JOIN|OUTER JOIN"},
            {"OUTER", "JOIN"},
            {"INNER", "JOIN"},
            {"CROSS", "JOIN"},
            {"NATURAL", "JOIN"},
            {"UNION", "ALL|SELECT"},
            {"INTERSECT", "ALL|SELECT"},
            {"EXCEPT", "ALL|SELECT"},
            {"IS", "NULL|NOT NULL|TRUE|FALSE|NOT|DISTINCT FROM|NOT DISTINCT FROM|JSON"},
            {"NULLS", "FIRST|LAST"},
            {"SYSTEM_TIME", "AS OF"},
            {"PRIMARY", "KEY"},
            {"WATERMARK", "FOR"},
            {"ROWS", "BETWEEN"},
            {"RANGE", "BETWEEN"},
            {"UNBOUNDED", "PRECEDING|FOLLOWING"},
            {"CURRENT", "ROW"},
        };
        for (const auto &[word, next] : words)
            afterWord.insert(QString::fromLatin1(word), split(next));
    }
};

const Table &table()
{
    static const Table instance;
    return instance;
}

} // namespace

QStringList CompletionKeywords::forDialect(const QStringList &phrases, SqlDialect dialect)
{
    QStringList kept;
    for (const QString &phrase : phrases) {
        bool known = true;
        for (const QString &word : phrase.split(QLatin1Char(' '))) {
            if (!Keywords::isKeyword(word, dialect)) {
                known = false;
                break;
            }
        }
        if (known)
            kept.append(phrase);
    }
    return kept;
}

bool CompletionKeywords::afterLeadingWords(const QString &words, SqlDialect dialect, Follow *follow)
{
    QString key = words;
    // IF [NOT] EXISTS in the middle: what follows it is what followed the words before it.
    bool clearKeywords = false;
    for (const char *suffix : {" IF NOT EXISTS", " IF EXISTS"}) {
        if (key.endsWith(QLatin1String(suffix))) {
            key.chop(int(qstrlen(suffix)));
            clearKeywords = true;
            break;
        }
    }
    if (key.endsWith(QLatin1String(" IF NOT"))) {
        *follow = {Expect::Keywords, {QStringLiteral("EXISTS")}};
        return true;
    }
    if (key.endsWith(QLatin1String(" IF"))) {
        const bool create = key.startsWith(QLatin1String("CREATE"));
        *follow = {Expect::Keywords,
                   {create ? QStringLiteral("NOT EXISTS") : QStringLiteral("EXISTS")}};
        return true;
    }
    const auto it = table().rules.constFind(key);
    if (it == table().rules.constEnd())
        return false;
    *follow = *it;
    if (clearKeywords) {
        follow->keywords.clear();
        if (follow->expect == Expect::Keywords)
            follow->expect = Expect::Nothing; // a new name follows
    }
    follow->keywords = forDialect(follow->keywords, dialect);
    return true;
}

QStringList CompletionKeywords::afterWord(const QString &upperWord)
{
    return table().afterWord.value(upperWord);
}

QStringList CompletionKeywords::expressionStart()
{
    return split("CASE|NOT|NULL|TRUE|FALSE|INTERVAL|EXISTS");
}

QStringList CompletionKeywords::afterExpression(CompletionClause clause)
{
    switch (clause) {
    case CompletionClause::Select:
        return split("AS|FROM|AND|OR|IS|NOT|IN|LIKE|BETWEEN|OVER");
    case CompletionClause::Where:
        return split("AND|OR|IS|NOT|IN|LIKE|BETWEEN|GROUP BY|ORDER BY|LIMIT|UNION|UNION ALL|"
                     "IS NULL|IS NOT NULL|SIMILAR TO");
    case CompletionClause::On:
        return split("AND|OR|IS|NOT|IN|LIKE|BETWEEN|WHERE|JOIN|LEFT JOIN|INNER JOIN|GROUP BY|"
                     "ORDER BY|LIMIT|UNION");
    case CompletionClause::GroupBy:
        return split("HAVING|ORDER BY|LIMIT|UNION|UNION ALL|GROUPING SETS|ROLLUP|CUBE");
    case CompletionClause::Having:
        return split("AND|OR|IS|NOT|IN|LIKE|BETWEEN|ORDER BY|LIMIT|UNION");
    case CompletionClause::OrderBy:
        return split("ASC|DESC|NULLS FIRST|NULLS LAST|LIMIT|OFFSET|FETCH");
    case CompletionClause::Limit:
        return split("OFFSET");
    case CompletionClause::PartitionBy:
        return split("ORDER BY");
    case CompletionClause::Window:
        return split("AS");
    case CompletionClause::Set:
        return split("WHERE");
    case CompletionClause::Values:
    case CompletionClause::From:
    case CompletionClause::Join:
    case CompletionClause::None:
        break;
    }
    return {};
}

QStringList CompletionKeywords::afterTableReference(bool join)
{
    QStringList keywords;
    if (join)
        keywords = split("ON|USING");
    keywords += split("AS|WHERE|JOIN|LEFT JOIN|RIGHT JOIN|FULL JOIN|INNER JOIN|CROSS JOIN|"
                      "GROUP BY|ORDER BY|LIMIT|UNION|UNION ALL|FOR SYSTEM_TIME AS OF|WINDOW|"
                      "MATCH_RECOGNIZE");
    return keywords;
}

QStringList CompletionKeywords::columnDefinitionStart()
{
    return split("PRIMARY KEY|WATERMARK FOR|CONSTRAINT");
}

QStringList CompletionKeywords::afterColumnType()
{
    return split("NOT NULL|NULL|COMMENT|METADATA|METADATA FROM|VIRTUAL|PRIMARY KEY NOT ENFORCED");
}

QStringList CompletionKeywords::afterCreateTable(bool hasColumns)
{
    if (!hasColumns)
        return split("WITH|LIKE|AS");
    return split("WITH|COMMENT|PARTITIONED BY|DISTRIBUTED BY|LIKE|AS");
}

QStringList CompletionKeywords::timeUnits()
{
    return split("YEAR|QUARTER|MONTH|WEEK|DAY|HOUR|MINUTE|SECOND|MILLISECOND|MICROSECOND|"
                 "NANOSECOND|DOW|DOY|EPOCH|ISODOW|ISOYEAR|DECADE|CENTURY|MILLENNIUM");
}

} // namespace Weir::Internal
