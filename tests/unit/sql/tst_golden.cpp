// Golden files: for every tests/data/sql/NAME.sql, `weir split` output must equal NAME.split and
// `weir check` output NAME.check (both produced by SqlReports, which the commands print).
// With WEIR_REGEN_GOLDEN=1 the test rewrites the golden files instead (scripts/regen-golden).
// Every script also goes through the lexer properties: every byte in one token, and restarting
// from every line start gives the same tokens.
#include "sql/lexer.h"
#include "sql/sqlreports.h"
#include "sql/statementsplitter.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
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
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool regenerate()
{
    return qEnvironmentVariableIntValue("WEIR_REGEN_GOLDEN") == 1;
}

void compareOrWrite(const QString &path, const QString &actual)
{
    if (regenerate()) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write(actual.toUtf8());
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("missing golden file %1 (run "
                                                            "scripts/regen-golden)")
                                                 .arg(path)));
    const QString expected = QString::fromUtf8(readFile(path));
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
            const QString got = a.value(i);
            const QString want = e.value(i);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("%1:%2\n   got: %3\n  want: %4")
                                     .arg(path)
                                     .arg(i + 1)
                                     .arg(got, want)));
        }
    }
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void split_data() { scripts(); }
    void split();
    void check_data() { scripts(); }
    void check();
    void lexerProperties_data() { scripts(); }
    void lexerProperties();
    void splitterAgreesWithTheListing_data() { scripts(); }
    void splitterAgreesWithTheListing();

private:
    void scripts();
};

void TestGolden::initTestCase()
{
    QVERIFY2(QDir(dataDir()).exists(), qPrintable(dataDir()));
}

void TestGolden::scripts()
{
    QTest::addColumn<QString>("path");
    const QStringList names =
        QDir(dataDir()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << QDir(dataDir()).filePath(name);
}

void TestGolden::split()
{
    QFETCH(QString, path);
    const QByteArray script = readFile(path);
    QString golden = path;
    golden.replace(golden.size() - 4, 4, QStringLiteral(".split"));
    compareOrWrite(golden, SqlReports::splitListing(script));
}

void TestGolden::check()
{
    QFETCH(QString, path);
    const QByteArray script = readFile(path);
    QString golden = path;
    golden.replace(golden.size() - 4, 4, QStringLiteral(".check"));
    compareOrWrite(golden, SqlReports::checkListing(QFileInfo(path).fileName(), script));
}

void TestGolden::lexerProperties()
{
    QFETCH(QString, path);
    const QByteArray script = readFile(path);
    const QVector<Token> tokens = Lexer::tokenize(script);
    qsizetype end = 0;
    for (const Token &t : tokens) {
        QCOMPARE(t.offset, end);
        QVERIFY(t.length > 0);
        end += t.length;
    }
    QCOMPARE(end, script.size());

    // Restart from every line start with its state.
    const QVector<LexState> states = Lexer::lineStartStates(script);
    int line = 0;
    for (qsizetype i = 0; i <= script.size(); ++i) {
        const bool lineStart = i == 0 || script[i - 1] == '\n' ||
                               (script[i - 1] == '\r' && (i == script.size() || script[i] != '\n'));
        if (!lineStart)
            continue;
        QVERIFY(line < states.size());
        Lexer lexer(script, i, states.at(line++));
        Token t;
        qsizetype fi = 0;
        while (fi < tokens.size() && tokens[fi].offset + tokens[fi].length <= i)
            ++fi;
        while (lexer.next(&t)) {
            QVERIFY(fi < tokens.size());
            const Token &full = tokens.at(fi++);
            QCOMPARE(t.offset + t.length, full.offset + full.length);
            QCOMPARE(int(t.kind), int(full.kind));
        }
        QCOMPARE(fi, tokens.size());
    }
    QCOMPARE(line, states.size());
}

void TestGolden::splitterAgreesWithTheListing()
{
    // The statements' text round-trips through both overloads and never contains the ';'
    // that ends it.
    QFETCH(QString, path);
    const QByteArray script = readFile(path);
    const QString source = QString::fromUtf8(script);
    const QVector<Statement> bytes = StatementSplitter::split(QByteArrayView(script));
    const QVector<Statement> utf16 = StatementSplitter::split(source);
    QCOMPARE(bytes.size(), utf16.size());
    for (int i = 0; i < bytes.size(); ++i) {
        QCOMPARE(bytes[i].text(QByteArrayView(script)), utf16[i].text(source));
        if (bytes[i].terminator >= 0)
            QCOMPARE(script.at(bytes[i].terminator), ';');
        QVERIFY(bytes[i].end.value <= bytes[i].terminator || bytes[i].terminator < 0);
    }
}

QTEST_APPLESS_MAIN(TestGolden)
#include "tst_golden.moc"
