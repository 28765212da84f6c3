// StatementSplitter: exact ranges in bytes, UTF-16 and line/column; what splits and what does not;
// statement sets in both forms; empty statements; a last statement without ';'.
#include "sql/lexer.h"
#include "sql/statementsplitter.h"
#include "sql/textpositions.h"

#include <QTest>

using namespace Weir;

namespace {

QStringList texts(const QByteArray &script)
{
    QStringList result;
    for (const Statement &s : StatementSplitter::split(QByteArrayView(script)))
        result.append(s.text(QByteArrayView(script)));
    return result;
}

QStringList kinds(const QByteArray &script)
{
    QStringList result;
    for (const Statement &s : StatementSplitter::split(QByteArrayView(script)))
        result.append(statementKindName(s.kind));
    return result;
}

} // namespace

class TestSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnlyOnTopLevelSemicolons();
    void trimsCommentsAndWhitespace();
    void dropsEmptyStatements();
    void lastStatementWithoutSemicolon();
    void executeStatementSetIsOneStatement();
    void legacyStatementSet();
    void unclosedStatementSet();
    void rangesInEveryUnit();
    void qstringOverloadUsesUtf16();
    void extentsTileTheScript();
    void indexAt();
    void tokensOverloadMatches();
};

void TestSplitter::splitsOnlyOnTopLevelSemicolons()
{
    const QByteArray script("SELECT 'a;b' AS `c;d`, \"e;f\" FROM t -- g;h\n"
                            "/* i;j */ WHERE x = 1 // k;l\n;"
                            "SELECT 2");
    QCOMPARE(texts(script),
             (QStringList{QStringLiteral("SELECT 'a;b' AS `c;d`, \"e;f\" FROM t -- g;h\n"
                                         "/* i;j */ WHERE x = 1"),
                          QStringLiteral("SELECT 2")}));
    // Several statements on one line, and a comment after the ';'.
    QCOMPARE(texts("SET a=1; SET b=2; -- note\nSELECT 1; -- done"),
             (QStringList{QStringLiteral("SET a=1"), QStringLiteral("SET b=2"),
                          QStringLiteral("SELECT 1")}));
}

void TestSplitter::trimsCommentsAndWhitespace()
{
    const QByteArray script("\n  -- leading comment\n/* block */\tSELECT 1 /* trailing */ \n;");
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements[0].text(QByteArrayView(script)), QStringLiteral("SELECT 1"));
    QCOMPARE(statements[0].start, (LineColumn{3, 13}));
    // A hint is part of the statement.
    QCOMPARE(texts("/*+ hint */ SELECT 1;"), QStringList{QStringLiteral("/*+ hint */ SELECT 1")});
}

void TestSplitter::dropsEmptyStatements()
{
    QCOMPARE(texts(";;  ;\n-- only a comment\n;/* and */;"), QStringList());
    QCOMPARE(texts(""), QStringList());
    QCOMPARE(texts("   \n"), QStringList());
    QCOMPARE(texts("SELECT 1;;;SELECT 2;;"),
             (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}));
}

void TestSplitter::lastStatementWithoutSemicolon()
{
    const QByteArray script("SELECT 1;\nSELECT 2\n-- tail\n");
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements[0].terminator, 8);
    QCOMPARE(statements[1].terminator, -1);
    QCOMPARE(statements[1].text(QByteArrayView(script)), QStringLiteral("SELECT 2"));
    QCOMPARE(statements[1].extentEnd.value, script.size());
}

void TestSplitter::executeStatementSetIsOneStatement()
{
    const QByteArray script("EXECUTE STATEMENT SET\nBEGIN\n"
                            "INSERT INTO a SELECT 'end;' FROM s;\n"
                            "-- end;\n"
                            "INSERT INTO b SELECT * FROM s;\n"
                            "END;\n"
                            "SELECT 1;\n"
                            "statement set begin insert into a values (1); end;");
    QCOMPARE(kinds(script), (QStringList{QStringLiteral("STATEMENT_SET"), QStringLiteral("QUERY"),
                                         QStringLiteral("STATEMENT_SET")}));
    const QStringList t = texts(script);
    QVERIFY(t[0].startsWith(QStringLiteral("EXECUTE STATEMENT SET\nBEGIN")));
    QVERIFY(t[0].endsWith(QStringLiteral("FROM s;\nEND")));
    QCOMPARE(t[2], QStringLiteral("statement set begin insert into a values (1); end"));
    // END as a column name inside an inner statement does not end the block.
    QCOMPARE(kinds("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT x AS `end`, y end FROM s; "
                   "END; SELECT 1"),
             (QStringList{QStringLiteral("STATEMENT_SET"), QStringLiteral("QUERY")}));
}

void TestSplitter::legacyStatementSet()
{
    QCOMPARE(kinds("BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nINSERT INTO b SELECT 2;\nEND;"),
             (QStringList{QStringLiteral("BEGIN_STATEMENT_SET"), QStringLiteral("INSERT"),
                          QStringLiteral("INSERT"), QStringLiteral("END")}));
}

void TestSplitter::unclosedStatementSet()
{
    const QByteArray script("EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT 1;\n"
                            "INSERT INTO b SELECT 2;\n");
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(statements.size(), 1);
    QVERIFY(statements[0].unclosedBlock);
    QCOMPARE(statements[0].text(QByteArrayView(script)),
             QStringLiteral("EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT 1;\n"
                            "INSERT INTO b SELECT 2"));
    QVERIFY(!StatementSplitter::split(QByteArrayView("EXECUTE STATEMENT SET BEGIN END;"))
                 .first()
                 .unclosedBlock);
}

void TestSplitter::rangesInEveryUnit()
{
    const QString source = QStringLiteral("-- 注释 😀\n\tSELECT 名称 FROM 订单;\n😀 SELECT 2");
    const QByteArray script = source.toUtf8();
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(statements.size(), 2);
    const TextPositions positions(script);
    for (const Statement &s : statements) {
        QCOMPARE(s.utf16Begin, positions.utf16Offset(s.begin));
        QCOMPARE(s.utf16End, positions.utf16Offset(s.end));
        QCOMPARE(s.start, positions.lineColumn(s.begin));
        QCOMPARE(s.finish, positions.lineColumn(s.end));
        QCOMPARE(s.text(source), s.text(QByteArrayView(script)));
    }
    QCOMPARE(statements[0].start, (LineColumn{2, 2}));
    QCOMPARE(statements[0].finish, (LineColumn{2, 19}));
    QCOMPARE(statements[0].text(source), QStringLiteral("SELECT 名称 FROM 订单"));
    QCOMPARE(statements[1].start, (LineColumn{3, 1}));
    QCOMPARE(statements[1].utf16Begin.value, source.indexOf(QStringLiteral("😀 SELECT")));
    QCOMPARE(statements[1].finish, (LineColumn{3, 12})); // the emoji counts two columns
}

void TestSplitter::qstringOverloadUsesUtf16()
{
    const QString source = QStringLiteral("SELECT '😀';\nSELECT `名`;");
    const QVector<Statement> statements = StatementSplitter::split(source);
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements[0].text(source), QStringLiteral("SELECT '😀'"));
    QCOMPARE(statements[1].text(source), QStringLiteral("SELECT `名`"));
    QCOMPARE(statements[1].utf16Begin.value, 13);
    QCOMPARE(statements[1].begin.value, 15);
}

void TestSplitter::extentsTileTheScript()
{
    const QByteArray script("-- a\nSELECT 1;;\n/* b */ SELECT 2; -- c\nSELECT 3\n-- d");
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements[0].extentBegin.value, 0);
    for (int i = 1; i < statements.size(); ++i)
        QCOMPARE(statements[i].extentBegin, statements[i - 1].extentEnd);
    QCOMPARE(statements.last().extentEnd.value, script.size());
    for (const Statement &s : statements) {
        QVERIFY(s.extentBegin <= s.begin);
        QVERIFY(s.begin < s.end);
        QVERIFY(s.end <= s.extentEnd);
    }
}

void TestSplitter::indexAt()
{
    const QByteArray script("SELECT 1;\n-- between\nSELECT 2;\n\n-- trailing");
    const QVector<Statement> statements = StatementSplitter::split(QByteArrayView(script));
    QCOMPARE(StatementSplitter::indexAt(statements, ByteOffset{0}), 0);
    QCOMPARE(StatementSplitter::indexAt(statements, ByteOffset{8}), 0);  // the ';'
    QCOMPARE(StatementSplitter::indexAt(statements, ByteOffset{9}), 1);  // after it
    QCOMPARE(StatementSplitter::indexAt(statements, ByteOffset{12}), 1); // in the comment
    QCOMPARE(StatementSplitter::indexAt(statements, ByteOffset{script.size()}), 1);
    QCOMPARE(StatementSplitter::indexAt({}, ByteOffset{0}), -1);
}

void TestSplitter::tokensOverloadMatches()
{
    const QByteArray script("SET 'a' = '1'; EXECUTE STATEMENT SET BEGIN INSERT INTO t SELECT 1; "
                            "END; SELECT 2");
    const QVector<Statement> a = StatementSplitter::split(QByteArrayView(script));
    const QVector<Statement> b =
        StatementSplitter::split(QByteArrayView(script), Lexer::tokenize(script));
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].begin, b[i].begin);
        QCOMPARE(a[i].end, b[i].end);
        QCOMPARE(a[i].kind, b[i].kind);
    }
}

QTEST_APPLESS_MAIN(TestSplitter)
#include "tst_splitter.moc"
