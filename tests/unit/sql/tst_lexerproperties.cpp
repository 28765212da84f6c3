// Lexer properties: every byte of any input belongs to exactly one token, and lexing from any
// line start with that line's state gives the same tokens as lexing the whole text.
#include "sql/lexer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Weir;

namespace {

// Checks that the tokens tile the text: contiguous, non-empty, from 0 to the end.
bool coversEveryByte(const QByteArray &text, const QVector<Token> &tokens, QString *why)
{
    qsizetype expected = 0;
    for (const Token &t : tokens) {
        if (t.offset != expected || t.length <= 0) {
            *why = QStringLiteral("token at %1 (length %2), expected offset %3")
                       .arg(t.offset)
                       .arg(t.length)
                       .arg(expected);
            return false;
        }
        expected += t.length;
    }
    if (expected != text.size()) {
        *why = QStringLiteral("tokens end at %1 of %2").arg(expected).arg(text.size());
        return false;
    }
    return true;
}

// Lexing from each line start with its state gives the full lexing's tokens (the first one cut
// at the line start).
bool restartsMatch(const QByteArray &text, QString *why)
{
    const QVector<Token> full = Lexer::tokenize(text);
    const QVector<LexState> states = Lexer::lineStartStates(text);
    QVector<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            lineStarts.append(i + 1);
    }
    if (lineStarts.size() != states.size()) {
        *why =
            QStringLiteral("%1 line states for %2 lines").arg(states.size()).arg(lineStarts.size());
        return false;
    }
    for (int line = 0; line < lineStarts.size(); ++line) {
        const qsizetype start = lineStarts.at(line);
        Lexer lexer(text, start, states.at(line));
        qsizetype fi = 0;
        while (fi < full.size() && full.at(fi).offset + full.at(fi).length <= start)
            ++fi;
        Token t;
        bool first = true;
        while (lexer.next(&t)) {
            if (fi >= full.size()) {
                *why = QStringLiteral("line %1: extra token at %2").arg(line + 1).arg(t.offset);
                return false;
            }
            Token expected = full.at(fi++);
            if (first && expected.offset < start) {
                expected.length -= start - expected.offset;
                expected.offset = start;
            }
            first = false;
            if (t != expected) {
                *why = QStringLiteral("line %1: got %2 [%3,+%4) expected %5 [%6,+%7)")
                           .arg(line + 1)
                           .arg(QLatin1String(tokenKindName(t.kind)))
                           .arg(t.offset)
                           .arg(t.length)
                           .arg(QLatin1String(tokenKindName(expected.kind)))
                           .arg(expected.offset)
                           .arg(expected.length);
                return false;
            }
        }
        if (fi != full.size() && !(full.size() == 0)) {
            *why = QStringLiteral("line %1: stopped early").arg(line + 1);
            return false;
        }
    }
    return true;
}

QByteArray randomScript(QRandomGenerator &random, int pieces)
{
    static const char *const fragments[] = {
        "SELECT",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "'",
        "''",
        "`",
        "``",
        "\"",
        "--",
        "//",
        "/*",
        "/*+",
        "*/",
        "*",
        "/",
        "-",
        ";",
        "(",
        ")",
        "${",
        "}",
        "${x}",
        "$",
        "a",
        "订单",
        "😀",
        "，",
        "\xe3\x80\x80",
        "\xff",
        "\xe8\xae",
        "\x80",
        "1.5e-3",
        ".",
        "<>",
        ":=",
        "#",
        "\\",
        "END",
        "BEGIN",
        "STATEMENT",
        "SET",
        "EXECUTE",
        "\xef\xbb\xbf",
        "\0",
    };
    constexpr int count = int(sizeof(fragments) / sizeof(fragments[0]));
    QByteArray text;
    for (int i = 0; i < pieces; ++i) {
        const int pick = random.bounded(count + 1);
        if (pick == count)
            text.append(char(random.bounded(256)));
        else if (fragments[pick][0] == '\0')
            text.append('\0');
        else
            text.append(fragments[pick]);
    }
    return text;
}

} // namespace

class TestLexerProperties : public QObject
{
    Q_OBJECT

private slots:
    void lineStartStates();
    void restartFromLineStates_data();
    void restartFromLineStates();
    void randomInputIsCoveredAndRestartable();
};

void TestLexerProperties::lineStartStates()
{
    const QByteArray text("SELECT '\n" // line 2 starts in a string
                          "x' /* c\n"  // line 3 in a block comment
                          "*/ /*+ h\n" // line 4 in a hint
                          "*/ `a\n"    // line 5 in backticks
                          "b` \"q\r\n" // line 6 in double quotes
                          "\" -- x\n"  // line 7 normal
                          "y");
    const QVector<LexState> states = Lexer::lineStartStates(text);
    QCOMPARE(states, (QVector<LexState>{LexState::Normal, LexState::String, LexState::BlockComment,
                                        LexState::Hint, LexState::Backtick, LexState::DoubleQuote,
                                        LexState::Normal}));
    QString why;
    QVERIFY2(restartsMatch(text, &why), qPrintable(why));
}

void TestLexerProperties::restartFromLineStates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("statement set") << QByteArray(
        "EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO a SELECT 'x;\ny' FROM b;\nEND;\n");
    QTest::newRow("unterminated comment") << QByteArray("SELECT 1;\n/* open\nSELECT 2;\n");
    QTest::newRow("unterminated string") << QByteArray("SELECT 'open\n\nmore\n");
    QTest::newRow("crlf and cr") << QByteArray("a\r\n'b\r\nc'\rd /*\r*/\r\n");
    QTest::newRow("doubled quote at line start") << QByteArray("'a\n''b'\n");
    QTest::newRow("empty lines") << QByteArray("\n\n\n");
    QTest::newRow("empty") << QByteArray();
}

void TestLexerProperties::restartFromLineStates()
{
    QFETCH(QByteArray, text);
    QString why;
    QVERIFY2(restartsMatch(text, &why), qPrintable(why));
}

void TestLexerProperties::randomInputIsCoveredAndRestartable()
{
    QRandomGenerator random(20240601); // fixed: a failure must be reproducible
    for (int round = 0; round < 5000; ++round) {
        const QByteArray text =
            randomScript(random, 1 + random.bounded(round % 10 == 0 ? 400 : 40));
        const QVector<Token> tokens =
            Lexer::tokenize(text, round % 2 ? SqlDialect::Flink1_20 : SqlDialect::Flink2);
        QString why;
        QVERIFY2(coversEveryByte(text, tokens, &why),
                 qPrintable(why + QStringLiteral(" in ") + QString::fromLatin1(text.toHex())));
        QVERIFY2(restartsMatch(text, &why),
                 qPrintable(why + QStringLiteral(" in ") + QString::fromLatin1(text.toHex())));
    }
}

QTEST_APPLESS_MAIN(TestLexerProperties)
#include "tst_lexerproperties.moc"
