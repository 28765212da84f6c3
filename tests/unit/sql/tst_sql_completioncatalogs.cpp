// The resource catalogs (functions, connector options, configuration keys) load and are
// consistent; the matcher classifies matches; MetadataCatalog indexes and resolves names.
#include "sql/completionmatcher.h"
#include "sql/configcatalog.h"
#include "sql/connectorcatalog.h"
#include "sql/functioncatalog.h"
#include "sql/inmemorycatalog.h"

#include <QSet>
#include <QTest>

using namespace Weir;
using Weir::Internal::CompletionMatcher;

class TestCompletionCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void functionsLoad();
    void functionSignatures();
    void connectorsLoad();
    void optionsAreConsistent();
    void configLoads();
    void matcher_data();
    void matcher();
    void metadataCatalog();
};

void TestCompletionCatalogs::functionsLoad()
{
    const FunctionCatalog &functions = FunctionCatalog::builtin();
    QVERIFY(functions.functions().size() > 180);
    for (const char *name :
         {"UPPER", "SUBSTR", "DATE_FORMAT", "TO_TIMESTAMP_LTZ", "COALESCE", "CAST", "CARDINALITY",
          "JSON_VALUE", "COUNT", "LISTAGG", "ROW_NUMBER", "TUMBLE", "HOP", "CUMULATE", "SESSION",
          "MD5", "ARRAY_JOIN", "CURRENT_WATERMARK"})
        QVERIFY2(functions.find(QString::fromLatin1(name)), name);
    QCOMPARE(functions.find(u"upper")->name, QStringLiteral("UPPER"));
    QCOMPARE(functions.find(u"TUMBLE")->kind, FunctionCatalog::Kind::Table);
    QCOMPARE(functions.find(u"SUM")->kind, FunctionCatalog::Kind::Aggregate);
    QCOMPARE(functions.find(u"LAG")->kind, FunctionCatalog::Kind::Window);
    // Overloads documented apart share one entry.
    QCOMPARE(functions.find(u"CARDINALITY")->signatures.size(), 2);
    QVERIFY(!functions.find(u"CURRENT_TIMESTAMP")->takesParentheses());
    QVERIFY(functions.find(u"NOW")->takesParentheses());
    QVERIFY(!functions.find(u"NOW")->takesArguments());
    QVERIFY(functions.find(u"NOT_A_FUNCTION") == nullptr);
    // Sorted, unique, every one described.
    QString previous;
    for (const FunctionCatalog::Function &f : functions.functions()) {
        QVERIFY2(previous < f.name, qPrintable(f.name));
        QVERIFY2(!f.description.isEmpty() && !f.signatures.isEmpty(), qPrintable(f.name));
        for (const QString &signature : f.signatures)
            QVERIFY2(signature.startsWith(f.name), qPrintable(signature));
        previous = f.name;
    }
}

void TestCompletionCatalogs::functionSignatures()
{
    auto args = [](const QString &signature) {
        QStringList list;
        for (const FunctionCatalog::ArgumentRange &r : FunctionCatalog::argumentRanges(signature))
            list.append(signature.mid(r.begin, r.end - r.begin));
        return list;
    };
    QCOMPARE(
        args(QStringLiteral("SUBSTR(string, pos, length)")),
        QStringList({QStringLiteral("string"), QStringLiteral("pos"), QStringLiteral("length")}));
    QCOMPARE(args(QStringLiteral("CAST(value AS type)")),
             QStringList{QStringLiteral("value AS type")});
    QCOMPARE(args(QStringLiteral("TUMBLE(TABLE data, DESCRIPTOR(timecol), size)")),
             QStringList({QStringLiteral("TABLE data"), QStringLiteral("DESCRIPTOR(timecol)"),
                          QStringLiteral("size")}));
    QCOMPARE(args(QStringLiteral("NOW()")), QStringList());
    QCOMPARE(args(QStringLiteral("CURRENT_DATE")), QStringList());
    QVERIFY(FunctionCatalog::isVariadic(u"CONCAT(string1, string2, ...)"));
    QVERIFY(!FunctionCatalog::isVariadic(u"UPPER(string)"));
}

void TestCompletionCatalogs::connectorsLoad()
{
    const ConnectorCatalog &catalog = ConnectorCatalog::builtin();
    QStringList connectors;
    for (const ConnectorCatalog::Entry &entry : catalog.connectors())
        connectors.append(entry.name);
    QCOMPARE(connectors,
             QStringList({QStringLiteral("datagen"), QStringLiteral("filesystem"),
                          QStringLiteral("print"), QStringLiteral("blackhole"),
                          QStringLiteral("kafka"), QStringLiteral("upsert-kafka"),
                          QStringLiteral("jdbc"), QStringLiteral("mysql-cdc"),
                          QStringLiteral("postgres-cdc"), QStringLiteral("elasticsearch-7"),
                          QStringLiteral("hbase-2.2"), QStringLiteral("paimon"),
                          QStringLiteral("doris"), QStringLiteral("starrocks")}));
    for (const char *format : {"json", "csv", "avro", "debezium-json", "canal-json", "raw"})
        QVERIFY2(catalog.format(QString::fromLatin1(format)), format);
    const CatalogOption *mode = catalog.connector(u"kafka")->option(u"scan.startup.mode");
    QVERIFY(mode);
    QCOMPARE(mode->defaultValue, QStringLiteral("group-offsets"));
    QCOMPARE(mode->values.size(), 5);
    QVERIFY(catalog.connector(u"jdbc")->option(u"url")->required);
    QCOMPARE(catalog.format(u"json")->option(u"ignore-parse-errors")->suggestedValues(),
             QStringList({QStringLiteral("true"), QStringLiteral("false")}));
    QVERIFY(catalog.catalogType(u"paimon"));
}

void TestCompletionCatalogs::optionsAreConsistent()
{
    const ConnectorCatalog &catalog = ConnectorCatalog::builtin();
    auto check = [](const ConnectorCatalog::Entry &entry) {
        QSet<QString> keys;
        for (const CatalogOption &option : entry.options) {
            const QString where = entry.name + QLatin1Char(':') + option.key;
            QVERIFY2(!keys.contains(option.key), qPrintable(where + QLatin1String(" twice")));
            keys.insert(option.key);
            QVERIFY2(!option.description.isEmpty(), qPrintable(where));
            QVERIFY2(!option.type.isEmpty(), qPrintable(where));
            // A default among enumerated values is one of them.
            if (!option.values.isEmpty() && !option.defaultValue.isEmpty())
                QVERIFY2(option.values.contains(option.defaultValue), qPrintable(where));
            QVERIFY2(!(option.required && !option.defaultValue.isEmpty()), qPrintable(where));
        }
    };
    for (const ConnectorCatalog::Entry &entry : catalog.connectors())
        check(entry);
    for (const ConnectorCatalog::Entry &entry : catalog.formats())
        check(entry);
    for (const ConnectorCatalog::Entry &entry : catalog.catalogTypes())
        check(entry);
}

void TestCompletionCatalogs::configLoads()
{
    const ConfigCatalog &config = ConfigCatalog::builtin();
    QVERIFY(config.options().size() > 60);
    for (const char *key :
         {"table.exec.state.ttl", "execution.runtime-mode", "pipeline.name", "parallelism.default",
          "state.backend.type", "sql-client.execution.result-mode", "table.local-time-zone",
          "execution.checkpointing.interval"})
        QVERIFY2(config.option(QString::fromLatin1(key)), key);
    QString previous;
    for (const CatalogOption &option : config.options()) {
        QVERIFY2(previous < option.key, qPrintable(option.key));
        if (!option.values.isEmpty() && !option.defaultValue.isEmpty())
            QVERIFY2(option.values.contains(option.defaultValue), qPrintable(option.key));
        previous = option.key;
    }
    QCOMPARE(config.option(u"execution.runtime-mode")->values,
             QStringList({QStringLiteral("STREAMING"), QStringLiteral("BATCH"),
                          QStringLiteral("AUTOMATIC")}));
}

void TestCompletionCatalogs::matcher_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<int>("match");
    const int exact = CompletionMatcher::Exact;
    const int prefix = CompletionMatcher::Prefix;
    const int word = CompletionMatcher::WordStart;
    const int subsequence = CompletionMatcher::Subsequence;
    const int none = CompletionMatcher::NoMatch;
    QTest::newRow("empty") << ""
                           << "orders" << prefix;
    QTest::newRow("exact any case") << "ORDERS"
                                    << "orders" << exact;
    QTest::newRow("prefix") << "ord"
                            << "order_id" << prefix;
    QTest::newRow("underscore words") << "oid"
                                      << "order_id" << word;
    QTest::newRow("word prefixes") << "ordid"
                                   << "order_id" << word;
    QTest::newRow("later word") << "id"
                                << "order_id" << word;
    QTest::newRow("camel") << "oT"
                           << "orderTime" << word;
    QTest::newRow("dotted key") << "tes"
                                << "table.exec.state.ttl" << word;
    QTest::newRow("dashed key") << "ssm"
                                << "scan.startup.mode" << word;
    QTest::newRow("subsequence") << "odt"
                                 << "order_item" << subsequence;
    QTest::newRow("no match") << "xyz"
                              << "order_id" << none;
    QTest::newRow("too long") << "orders_x"
                              << "orders" << none;
    QTest::newRow("unicode") << "订"
                             << "订单" << prefix;
}

void TestCompletionCatalogs::matcher()
{
    QFETCH(QString, pattern);
    QFETCH(QString, candidate);
    QFETCH(int, match);
    QCOMPARE(int(CompletionMatcher(pattern).match(candidate)), match);
}

void TestCompletionCatalogs::metadataCatalog()
{
    InMemoryCatalog provider;
    provider.setCurrent(QStringLiteral("c"), QStringLiteral("d"));
    provider.addTable(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("Zeta"), {});
    provider.addTable(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("alpha"),
                      {{QStringLiteral("x"), QStringLiteral("INT")}});
    provider.addTable(QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("beta"), {});
    provider.addTable(QStringLiteral("c2"), QStringLiteral("f"), QStringLiteral("alpha"), {});
    provider.addDatabase(QStringLiteral("c2"), QStringLiteral("empty"));
    const MetadataCatalog catalog = provider.snapshot();
    QCOMPARE(catalog.catalogs(), QStringList({QStringLiteral("c"), QStringLiteral("c2")}));
    QCOMPARE(catalog.databases(u"c2"), QStringList({QStringLiteral("empty"), QStringLiteral("f")}));
    QVERIFY(catalog.hasDatabase(u"C", u"E"));
    const MetadataCatalog::TableList tables = catalog.tablesIn(u"c", u"d");
    QCOMPARE(tables.size(), 2);
    QCOMPARE(catalog.tables().at(tables.table(0)).name, QStringLiteral("alpha"));
    QCOMPARE(tables.name(1), QStringLiteral("Zeta"));
    QCOMPARE(tables.lowerName(1), QStringLiteral("zeta"));
    QVERIFY(catalog.tablesIn(u"c", u"nope").isEmpty());
    QCOMPARE(catalog.resolve({QStringLiteral("ALPHA")})->columns.size(), 1);
    QCOMPARE(catalog.resolve({QStringLiteral("e"), QStringLiteral("beta")})->database,
             QStringLiteral("e"));
    QCOMPARE(catalog.resolve({QStringLiteral("c2"), QStringLiteral("f"), QStringLiteral("alpha")})
                 ->catalog,
             QStringLiteral("c2"));
    QVERIFY(!catalog.resolve({QStringLiteral("beta")}));
    // Snapshots are values: a later change does not touch one taken before.
    provider.addTable(QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("gamma"), {});
    QCOMPARE(catalog.tablesIn(u"c", u"d").size(), 2);
    QCOMPARE(provider.snapshot().tablesIn(u"c", u"d").size(), 3);
    QVERIFY(MetadataCatalog().tables().isEmpty());
}

QTEST_GUILESS_MAIN(TestCompletionCatalogs)
#include "tst_sql_completioncatalogs.moc"
