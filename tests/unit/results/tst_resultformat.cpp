// ResultFormat: the exact text of every copy / export format (CSV quoting, Markdown escaping,
// JSON typing with null, SQL literals), the changelog's op column, and streamed file export.

#include "results/resultformat.h"
#include "results/resultstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

namespace {

// id BIGINT, name STRING, price DECIMAL(10, 2), ok BOOLEAN, d DATE
QList<ColumnInfo> columns()
{
    ColumnType decimal = ColumnType::fromJson(
        QJsonDocument::fromJson(R"({"type":"DECIMAL","nullable":true,"precision":10,"scale":2})")
            .object());
    return {ColumnInfo(QStringLiteral("id"), ColumnType(TypeRoot::BigInt)),
            ColumnInfo(QStringLiteral("name"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("price"), decimal),
            ColumnInfo(QStringLiteral("ok"), ColumnType(TypeRoot::Boolean)),
            ColumnInfo(QStringLiteral("d"), ColumnType(TypeRoot::Date))};
}

void storeRows(ResultStore &store)
{
    store.begin(1, columns());
    RowBatch::Builder b(5, 1, 0);
    b.beginRow(RowKind::Insert);
    b.addText(u"1");
    b.addText(u"a,\"b\"|c");
    b.addText(u"12.50");
    b.addText(u"TRUE");
    b.addText(u"2024-02-29");
    b.beginRow(RowKind::Insert);
    b.addText(u"92233720368547758");
    b.addNull();
    b.addNull();
    b.addText(u"FALSE");
    b.addNull();
    b.beginRow(RowKind::Insert);
    b.addText(u"3");
    b.addText(u"");
    b.addText(u"-0.01");
    b.addNull();
    b.addText(u"1970-01-01");
    b.beginRow(RowKind::Insert);
    b.addText(u"4");
    b.addText(u"it's\nline\ttab");
    b.addText(u"0.00");
    b.addText(u"TRUE");
    b.addText(u"2000-01-01");
    QVERIFY(store.apply(b.build()));
}

} // namespace

class TestResultFormat : public QObject
{
    Q_OBJECT

private slots:
    void tsv()
    {
        ResultStore store;
        storeRows(store);
        QCOMPARE(ResultFormat::toText(store.tableSnapshot(), ResultFormat::Kind::Tsv),
                 QStringLiteral("1\ta,\"b\"|c\t12.50\tTRUE\t2024-02-29\n"
                                "92233720368547758\t\t\tFALSE\t\n"
                                "3\t\t-0.01\t\t1970-01-01\n"
                                "4\tit's line tab\t0.00\tTRUE\t2000-01-01\n"));
    }

    void csv()
    {
        ResultStore store;
        storeRows(store);
        QCOMPARE(ResultFormat::toText(store.tableSnapshot(), ResultFormat::Kind::Csv),
                 QStringLiteral("id,name,price,ok,d\n"
                                "1,\"a,\"\"b\"\"|c\",12.50,TRUE,2024-02-29\n"
                                "92233720368547758,,,FALSE,\n"
                                "3,\"\",-0.01,,1970-01-01\n"
                                "4,\"it's\nline\ttab\",0.00,TRUE,2000-01-01\n"));
    }

    void markdown()
    {
        ResultStore store;
        storeRows(store);
        QCOMPARE(
            ResultFormat::toText(store.tableSnapshot({0, 3}, {0, 1}), ResultFormat::Kind::Markdown),
            QStringLiteral("| id | name |\n"
                           "| ---: | --- |\n"
                           "| 1 | a,\"b\"\\|c |\n"
                           "| 4 | it's<br>line\ttab |\n"));
    }

    void json()
    {
        ResultStore store;
        storeRows(store);
        QCOMPARE(
            ResultFormat::toText(store.tableSnapshot({0, 1}), ResultFormat::Kind::Json),
            QStringLiteral(
                "[\n"
                "  {\"id\": 1, \"name\": \"a,\\\"b\\\"|c\", \"price\": 12.50, \"ok\": true, "
                "\"d\": \"2024-02-29\"},\n"
                "  {\"id\": 92233720368547758, \"name\": null, \"price\": null, \"ok\": false, "
                "\"d\": null}\n"
                "]\n"));
        QCOMPARE(ResultFormat::toText(store.tableSnapshot({3}, {1}), ResultFormat::Kind::Json),
                 QStringLiteral("[\n  {\"name\": \"it's\\nline\\ttab\"}\n]\n"));
        QCOMPARE(ResultFormat::jsonValue(u"NaN", false, ColumnType(TypeRoot::Double)),
                 QStringLiteral("\"NaN\""));
        QCOMPARE(ResultFormat::jsonValue(u"1.0E300", false, ColumnType(TypeRoot::Double)),
                 QStringLiteral("1.0E300"));
    }

    void sqlInsert()
    {
        ResultStore store;
        storeRows(store);
        QCOMPARE(ResultFormat::toText(store.tableSnapshot({1, 3}), ResultFormat::Kind::SqlInsert,
                                      QStringLiteral("my`t")),
                 QStringLiteral("INSERT INTO `my``t` (`id`, `name`, `price`, `ok`, `d`) VALUES\n"
                                "  (92233720368547758, NULL, NULL, FALSE, NULL),\n"
                                "  (4, 'it''s\nline\ttab', 0.00, TRUE, DATE '2000-01-01');\n"));
        QCOMPARE(ResultFormat::sqlLiteral(u"NaN", false, ColumnType(TypeRoot::Double)),
                 QStringLiteral("CAST('NaN' AS DOUBLE)"));
    }

    void changelogHasOpColumn()
    {
        ResultStore store;
        store.begin(1, {ColumnInfo(QStringLiteral("k"), ColumnType(TypeRoot::Varchar))});
        RowBatch::Builder b(1, 1, 0);
        b.beginRow(RowKind::Insert);
        b.addText(u"a");
        b.beginRow(RowKind::UpdateBefore);
        b.addText(u"a");
        b.beginRow(RowKind::UpdateAfter);
        b.addText(u"b");
        b.beginRow(RowKind::Delete);
        b.addText(u"b");
        QVERIFY(store.apply(b.build()));
        QCOMPARE(ResultFormat::toText(store.changelogSnapshot(), ResultFormat::Kind::Csv),
                 QStringLiteral("op,k\n+I,a\n-U,a\n+U,b\n-D,b\n"));
        QCOMPARE(ResultFormat::toText(store.changelogSnapshot({1}), ResultFormat::Kind::Json),
                 QStringLiteral("[\n  {\"op\": \"-U\", \"k\": \"a\"}\n]\n"));
    }

    void exportStreamsToFile()
    {
        ResultStore store;
        store.setMaxRows(20000);
        store.begin(1, columns());
        RowBatch::Builder b(5, 1, 0);
        for (int i = 0; i < 10000; ++i) {
            b.beginRow(RowKind::Insert);
            b.addText(QString::number(i));
            b.addText(QStringLiteral("名前 %1").arg(i));
            b.addText(u"1.00");
            b.addText(u"TRUE");
            b.addNull();
        }
        QVERIFY(store.apply(b.build()));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QList<int> progress;
        const Status status = ResultFormat::write(store.tableSnapshot(), ResultFormat::Kind::Json,
                                                  &file, [&](int rows) {
                                                      progress.append(rows);
                                                      return true;
                                                  });
        file.close();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(progress, (QList<int>{4096, 8192, 10000}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 10000);
        QCOMPARE(doc.array().at(9999).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("名前 9999"));
        QVERIFY(doc.array().at(0).toObject().value(QStringLiteral("d")).isNull());

        // Cancelling stops the write with a failure.
        QFile csv(dir.filePath(QStringLiteral("out.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const Status cancelled = ResultFormat::write(store.tableSnapshot(), ResultFormat::Kind::Csv,
                                                     &csv, [](int) { return false; });
        QVERIFY(!cancelled.ok());
    }
};

QTEST_GUILESS_MAIN(TestResultFormat)
#include "tst_resultformat.moc"
