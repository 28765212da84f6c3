// LocalDiagnostics: each problem with its exact range (bytes, UTF-16, line/column) on Chinese
// text and tabs; variables against known definitions.
#include "sql/localdiagnostics.h"
#include "sql/variables.h"

#include <QTest>

using namespace Weir;

namespace {

QVector<Diagnostic> check(const QString &script, LocalDiagnostics::Options options = {})
{
    return LocalDiagnostics::check(script, options);
}

QStringList codesOf(const QVector<Diagnostic> &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result.append(
            QStringLiteral("%1:%2:%3").arg(int(d.code)).arg(d.start.line).arg(d.start.column));
    return result;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void cleanScriptHasNone();
    void unterminatedOnChineseTextAndTabs();
    void parentheses();
    void unknownStatement();
    void unexpectedCharacters();
    void doubleQuotedIdentifier();
    void unclosedStatementSet();
    void undefinedVariables();
    void variableDefinitions();
    void messagesAreSentences();
};

void TestDiagnostics::cleanScriptHasNone()
{
    const QString script = QStringLiteral(
        "-- 订单\nCREATE TABLE 订单 (`名称` STRING, price DECIMAL(10, 2)) WITH ('connector' = "
        "'datagen');\nSELECT 名称, COUNT(*) FROM 订单 GROUP BY 名称;\n");
    QCOMPARE(check(script).size(), 0);
}

void TestDiagnostics::unterminatedOnChineseTextAndTabs()
{
    // The quote sits after a tab and Chinese text: line 2, column 12 in UTF-16 units.
    const QString script = QStringLiteral("SELECT 1;\n\tSELECT 名称, '未完\n结束");
    const QVector<Diagnostic> d = check(script);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].code, Diagnostic::Code::UnterminatedString);
    QCOMPARE(d[0].start, (LineColumn{2, 13}));
    QCOMPARE(d[0].finish, (LineColumn{2, 14}));
    QCOMPARE(d[0].utf16Begin.value, script.indexOf(QLatin1Char('\'')));
    QCOMPARE(d[0].begin.value, script.toUtf8().indexOf('\''));
    QCOMPARE(d[0].end.value - d[0].begin.value, 1);

    const QVector<Diagnostic> c = check(QStringLiteral("SELECT 1; /* 注释"));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].code, Diagnostic::Code::UnterminatedBlockComment);
    QCOMPARE(c[0].start, (LineColumn{1, 11}));
    QCOMPARE(c[0].end.value - c[0].begin.value, 2);

    const QVector<Diagnostic> b = check(QStringLiteral("\t😀 `名"));
    QCOMPARE(
        codesOf(b),
        (QStringList{QStringLiteral("%1:1:2").arg(int(Diagnostic::Code::UnknownStatement)),
                     QStringLiteral("%1:1:5").arg(int(Diagnostic::Code::UnterminatedBacktick))}));

    const QVector<Diagnostic> h = check(QStringLiteral("SELECT /*+ 提示"));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h[0].code, Diagnostic::Code::UnterminatedHint);
}

void TestDiagnostics::parentheses()
{
    const QString script =
        QStringLiteral("SELECT (名称 FROM t;\nSELECT\t1) FROM t;\nSELECT ((1));");
    const QVector<Diagnostic> d = check(script);
    QCOMPARE(d.size(), 2);
    QCOMPARE(d[0].code, Diagnostic::Code::UnclosedParenthesis);
    QCOMPARE(d[0].start, (LineColumn{1, 8}));
    QCOMPARE(d[1].code, Diagnostic::Code::UnexpectedClosingParenthesis);
    QCOMPARE(d[1].start, (LineColumn{2, 9}));
    QCOMPARE(d[1].finish, (LineColumn{2, 10}));
    // Parentheses do not pair across statements.
    QCOMPARE(check(QStringLiteral("SELECT (1;\n SELECT 2);")).size(), 2);
    // Inside strings, comments and quoted identifiers they do not count.
    QCOMPARE(check(QStringLiteral("SELECT '(', `)`, 1 -- (\n;")).size(), 0);
}

void TestDiagnostics::unknownStatement()
{
    const QVector<Diagnostic> d = check(QStringLiteral("SELECT 1;\n  -- 注释\n\t选择 * FROM t;"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].code, Diagnostic::Code::UnknownStatement);
    QCOMPARE(d[0].start, (LineColumn{3, 2}));
    QCOMPARE(d[0].finish, (LineColumn{3, 4}));
    QVERIFY(d[0].message.contains(QStringLiteral("选择")));
    QCOMPARE(check(QStringLiteral("x := 1; TRUNCATE TABLE t; CALL p()")).size(), 0);
}

void TestDiagnostics::unexpectedCharacters()
{
    const QVector<Diagnostic> d = check(QStringLiteral("SELECT a，b FROM t WHERE x　= 1 # c"));
    QCOMPARE(d.size(), 3);
    QCOMPARE(d[0].code, Diagnostic::Code::UnexpectedCharacter);
    QCOMPARE(d[0].start, (LineColumn{1, 9}));
    QCOMPARE(d[0].end.value - d[0].begin.value, 3);
    QVERIFY2(d[0].message.contains(QStringLiteral("U+FF0C")), qPrintable(d[0].message));
    QCOMPARE(d[1].start, (LineColumn{1, 26}));
    QVERIFY2(d[1].message.contains(QStringLiteral("U+3000")), qPrintable(d[1].message));
    QCOMPARE(d[2].start, (LineColumn{1, 31}));

    // A byte that is not UTF-8 is named by its value.
    const QVector<Diagnostic> b = LocalDiagnostics::check(QByteArrayView("SELECT \xff;"));
    QCOMPARE(b.size(), 1);
    QVERIFY2(b[0].message.contains(QStringLiteral("0xFF")), qPrintable(b[0].message));
    QCOMPARE(b[0].start, (LineColumn{1, 8}));
    // A statement that starts with a stray character is reported once, not also as unknown.
    QCOMPARE(check(QStringLiteral("，SELECT 1")).size(), 1);
}

void TestDiagnostics::doubleQuotedIdentifier()
{
    const QVector<Diagnostic> d = check(QStringLiteral("SELECT \"名称\" FROM t"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].code, Diagnostic::Code::DoubleQuotedIdentifier);
    QCOMPARE(d[0].start, (LineColumn{1, 8}));
    QCOMPARE(d[0].finish, (LineColumn{1, 12}));
    QVERIFY(d[0].message.contains(QStringLiteral("`名称`")));
}

void TestDiagnostics::unclosedStatementSet()
{
    const QVector<Diagnostic> d = check(
        QStringLiteral("SET 'a' = 'b';\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO t SELECT 1;\n"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].code, Diagnostic::Code::UnclosedStatementSet);
    QCOMPARE(d[0].start, (LineColumn{2, 1}));
}

void TestDiagnostics::undefinedVariables()
{
    const QString script =
        QStringLiteral("SELECT * FROM ${表名} WHERE d = '${日期}' AND x = ${known};");
    // Definitions unknown: no variable diagnostics at all.
    QCOMPARE(check(script).size(), 0);

    LocalDiagnostics::Options options;
    options.checkVariables = true;
    options.definedVariables = {QStringLiteral("known")};
    const QVector<Diagnostic> d = check(script, options);
    QCOMPARE(d.size(), 2);
    QCOMPARE(d[0].code, Diagnostic::Code::UndefinedVariable);
    QCOMPARE(d[0].severity, Diagnostic::Severity::Error);
    QCOMPARE(d[0].start, (LineColumn{1, 15}));
    QCOMPARE(d[0].finish, (LineColumn{1, 20}));
    QVERIFY(d[0].message.contains(QStringLiteral("${表名}")));
    // Inside a string literal only a warning.
    QCOMPARE(d[1].severity, Diagnostic::Severity::Warning);
    QCOMPARE(d[1].start, (LineColumn{1, 32}));

    // CDCSOURCE fills in ${tableName} and ${schemaName} itself.
    const QString cdc = QStringLiteral(
        "EXECUTE CDCSOURCE s WITH ('sink.table-name' = '${schemaName}_${tableName}', "
        "'x' = '${other}')");
    const QVector<Diagnostic> c = check(cdc, options);
    QCOMPARE(c.size(), 1);
    QVERIFY(c[0].message.contains(QStringLiteral("${other}")));
}

void TestDiagnostics::variableDefinitions()
{
    LocalDiagnostics::Options options;
    options.checkVariables = true;
    // Defined by a statement before the use: fine; used before its definition: undefined.
    const QString script =
        QStringLiteral("SELECT ${later};\ntbl := orders;\nSELECT * FROM ${tbl};\n"
                       "later := 1;");
    const QVector<Diagnostic> d = check(script, options);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].start, (LineColumn{1, 8}));

    QString name;
    QString value;
    QVERIFY(Variables::parseDefinition("bizdate := '2024-01-01'", &name, &value));
    QCOMPARE(name, QStringLiteral("bizdate"));
    QCOMPARE(value, QStringLiteral("'2024-01-01'"));
    QVERIFY(Variables::parseDefinition("-- c\nx:=a b", &name, &value));
    QCOMPARE(value, QStringLiteral("a b"));
    QVERIFY(!Variables::parseDefinition("SELECT a := b", &name, &value));
    QVERIFY(!Variables::parseDefinition("x = 1", &name, &value));

    const QByteArray text("a := 1; SELECT '${a}', ${b}");
    const auto uses = Variables::uses(text, 0, text.size());
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses[0].name, QStringLiteral("a"));
    QCOMPARE(uses[0].begin.value, 16);
    QCOMPARE(uses[1].name, QStringLiteral("b"));
}

void TestDiagnostics::messagesAreSentences()
{
    const QVector<Diagnostic> d = check(QStringLiteral("FOO (;\n)'"));
    QVERIFY(d.size() >= 3);
    for (const Diagnostic &diagnostic : d) {
        QVERIFY(!diagnostic.message.isEmpty());
        QVERIFY2(diagnostic.message.endsWith(QLatin1Char('.')), qPrintable(diagnostic.message));
    }
}

QTEST_APPLESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
