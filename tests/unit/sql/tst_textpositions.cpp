// TextPositions and PositionCursor: bytes <-> UTF-16 <-> line/column on Chinese text, emoji
// (surrogate pairs), tabs, CRLF and lone CR, checked against QString as the oracle.
#include "sql/positioncursor.h"
#include "sql/textpositions.h"

#include <QTest>

using namespace Weir;

namespace {

QByteArray u8(const char *text)
{
    return QByteArray(text);
}

// Independent oracle: line/column of a UTF-16 offset computed from the QString itself.
LineColumn oracleLineColumn(const QString &text, qsizetype utf16)
{
    LineColumn lc;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < utf16; ++i) {
        const QChar c = text.at(i);
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !crlf)) {
            ++lc.line;
            lineStart = i + 1;
        }
    }
    lc.column = int(utf16 - lineStart) + 1;
    return lc;
}

} // namespace

class TestTextPositions : public QObject
{
    Q_OBJECT

private slots:
    void ascii();
    void chinese();
    void emojiSurrogatePairs();
    void tabsCountOneColumn();
    void crlfAndLoneCr();
    void everyOffsetMatchesQString_data();
    void everyOffsetMatchesQString();
    void roundsDownInsideCharacters();
    void clampsOutOfRange();
    void statementRelative();
    void cursorMatchesTextPositions();
    void invalidUtf8CountsOneUnitPerByte();
};

void TestTextPositions::ascii()
{
    const TextPositions p(u8("ab\ncd"));
    QCOMPARE(p.lineCount(), 2);
    QCOMPARE(p.lineColumn(ByteOffset{0}), (LineColumn{1, 1}));
    QCOMPARE(p.lineColumn(ByteOffset{2}), (LineColumn{1, 3}));
    QCOMPARE(p.lineColumn(ByteOffset{3}), (LineColumn{2, 1}));
    QCOMPARE(p.lineColumn(ByteOffset{5}), (LineColumn{2, 3}));
    QCOMPARE(p.byteOffset(LineColumn{2, 2}).value, 4);
    QCOMPARE(p.lineStart(2).value, 3);
    QCOMPARE(p.lineEnd(1).value, 2);
    QCOMPARE(p.utf16Size().value, 5);
}

void TestTextPositions::chinese()
{
    // "订单" is 2 characters, 6 bytes, 2 UTF-16 units.
    const QString text = QStringLiteral("SELECT 订单\n名称, x");
    const TextPositions p = TextPositions::fromString(text);
    const qsizetype afterOrder = QByteArray("SELECT 订单").size(); // 13 bytes
    QCOMPARE(afterOrder, 13);
    QCOMPARE(p.utf16Offset(ByteOffset{afterOrder}).value, 9);
    QCOMPARE(p.lineColumn(ByteOffset{afterOrder}), (LineColumn{1, 10}));
    // "x" on line 2: after "名称, " (2 characters + 2 ASCII).
    const qsizetype x = p.text().indexOf('x');
    QCOMPARE(p.lineColumn(ByteOffset{x}), (LineColumn{2, 5}));
    QCOMPARE(p.byteOffset(LineColumn{2, 5}).value, x);
    QCOMPARE(p.byteOffset(Utf16Offset{text.indexOf(QLatin1Char('x'))}).value, x);
    QCOMPARE(p.utf16Offset(LineColumn{2, 2}).value, text.indexOf(QStringLiteral("称")));
}

void TestTextPositions::emojiSurrogatePairs()
{
    const QString text = QStringLiteral("a😀b\n😀😀c");
    const TextPositions p = TextPositions::fromString(text);
    QCOMPARE(p.text().size(), 1 + 4 + 1 + 1 + 8 + 1);
    QCOMPARE(p.utf16Size().value, text.size());
    QCOMPARE(p.lineColumn(ByteOffset{5}), (LineColumn{1, 4})); // "b": the emoji takes 2 columns
    QCOMPARE(p.utf16Offset(ByteOffset{5}).value, 3);
    QCOMPARE(p.lineColumn(ByteOffset{15}), (LineColumn{2, 5})); // "c"
    QCOMPARE(p.byteOffset(LineColumn{2, 3}).value, 11);         // the second emoji
    QCOMPARE(p.byteOffset(Utf16Offset{3}).value, 5);
}

void TestTextPositions::tabsCountOneColumn()
{
    const TextPositions p(u8("\t\tSELECT\t1"));
    QCOMPARE(p.lineColumn(ByteOffset{2}), (LineColumn{1, 3}));
    QCOMPARE(p.lineColumn(ByteOffset{9}), (LineColumn{1, 10}));
    QCOMPARE(p.byteOffset(LineColumn{1, 10}).value, 9);
}

void TestTextPositions::crlfAndLoneCr()
{
    const TextPositions p(u8("a\r\nb\rc\nd"));
    QCOMPARE(p.lineCount(), 4);
    QCOMPARE(p.lineStart(2).value, 3);
    QCOMPARE(p.lineStart(3).value, 5);
    QCOMPARE(p.lineStart(4).value, 7);
    QCOMPARE(p.lineEnd(1).value, 1);
    QCOMPARE(p.lineColumn(ByteOffset{3}), (LineColumn{2, 1}));
    QCOMPARE(p.lineColumn(ByteOffset{5}), (LineColumn{3, 1}));
    QCOMPARE(p.lineColumn(ByteOffset{7}), (LineColumn{4, 1}));
    // A column past the end of a line stays before its line break.
    QCOMPARE(p.byteOffset(LineColumn{1, 99}).value, 1);
}

void TestTextPositions::everyOffsetMatchesQString_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("chinese and tabs") << QStringLiteral("-- 中文注释\n\tSELECT\t名称 FROM 订单;\n");
    QTest::newRow("emoji") << QStringLiteral("😀\n😀a😀\n\n😀");
    QTest::newRow("crlf") << QStringLiteral("SET 'a' = '1';\r\n-- 注释\r\nSELECT 1;\r\n");
    QTest::newRow("lone cr") << QStringLiteral("a\rb\r\rc");
    QTest::newRow("mixed") << QStringLiteral("é€😀\t\r\nЖ\n");
    QTest::newRow("empty") << QString();
}

void TestTextPositions::everyOffsetMatchesQString()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    const TextPositions p(utf8);
    QCOMPARE(p.utf16Size().value, text.size());
    for (qsizetype b = 0; b <= utf8.size(); ++b) {
        if (b < utf8.size() && (quint8(utf8[b]) & 0xC0) == 0x80)
            continue; // not a character start
        if (b > 0 && b < utf8.size() && utf8[b - 1] == '\r' && utf8[b] == '\n')
            continue; // inside a CRLF: no line/column names it
        const qsizetype u = QString::fromUtf8(utf8.left(b)).size();
        QCOMPARE(p.utf16Offset(ByteOffset{b}).value, u);
        QCOMPARE(p.byteOffset(Utf16Offset{u}).value, b);
        const LineColumn lc = oracleLineColumn(text, u);
        QCOMPARE(p.lineColumn(ByteOffset{b}), lc);
        QCOMPARE(p.lineColumn(Utf16Offset{u}), lc);
        QCOMPARE(p.byteOffset(lc).value, b);
        QCOMPARE(p.utf16Offset(lc).value, u);
        QCOMPARE(p.lineAt(ByteOffset{b}), lc.line);
    }
}

void TestTextPositions::roundsDownInsideCharacters()
{
    const TextPositions p = TextPositions::fromString(QStringLiteral("a订😀b"));
    // Bytes: a(0) 订(1..3) 😀(4..7) b(8).
    QCOMPARE(p.utf16Offset(ByteOffset{2}).value, 1);
    QCOMPARE(p.utf16Offset(ByteOffset{6}).value, 2);
    QCOMPARE(p.lineColumn(ByteOffset{3}), (LineColumn{1, 2}));
    // UTF-16 offset 3 is between the halves of the emoji: round down to its start.
    QCOMPARE(p.byteOffset(Utf16Offset{3}).value, 4);
    QCOMPARE(p.byteOffset(LineColumn{1, 4}).value, 4);
    QCOMPARE(p.lineColumn(Utf16Offset{3}), (LineColumn{1, 3}));
}

void TestTextPositions::clampsOutOfRange()
{
    const TextPositions p(u8("ab\ncd"));
    QCOMPARE(p.lineColumn(ByteOffset{-5}), (LineColumn{1, 1}));
    QCOMPARE(p.lineColumn(ByteOffset{99}), (LineColumn{2, 3}));
    QCOMPARE(p.byteOffset(LineColumn{9, 1}).value, 3);
    QCOMPARE(p.byteOffset(LineColumn{0, 0}).value, 0);
    QCOMPARE(p.byteOffset(Utf16Offset{99}).value, 5);
    const TextPositions empty;
    QCOMPARE(empty.lineCount(), 1);
    QCOMPARE(empty.lineColumn(ByteOffset{0}), (LineColumn{1, 1}));
}

void TestTextPositions::statementRelative()
{
    // A statement starting at line 3, column 5; Flink reports positions within it.
    const LineColumn start{3, 5};
    QCOMPARE(TextPositions::fromStatementRelative(start, {1, 1}), (LineColumn{3, 5}));
    QCOMPARE(TextPositions::fromStatementRelative(start, {1, 8}), (LineColumn{3, 12}));
    QCOMPARE(TextPositions::fromStatementRelative(start, {2, 3}), (LineColumn{4, 3}));
    QCOMPARE(TextPositions::toStatementRelative(start, {3, 12}), (LineColumn{1, 8}));
    QCOMPARE(TextPositions::toStatementRelative(start, {4, 3}), (LineColumn{2, 3}));

    // End to end: the script has Chinese text and a tab before the statement; Flink says
    // "line 1, column 8" (UTF-16 units) within "SELECT 名称 FROM"; that is the F of FROM.
    const QString script = QStringLiteral("-- 注释\n\t\tSELECT 名称 FROM t");
    const TextPositions p = TextPositions::fromString(script);
    const LineColumn absolute = TextPositions::fromStatementRelative({2, 3}, {1, 11});
    const ByteOffset byte = p.byteOffset(absolute);
    QCOMPARE(p.text().mid(byte.value, 4), QByteArray("FROM"));
}

void TestTextPositions::cursorMatchesTextPositions()
{
    const QByteArray text = QStringLiteral("a😀\r\nb订\rc\n\td😀e").toUtf8();
    const TextPositions p(text);
    Internal::PositionCursor cursor(text);
    for (qsizetype b = 0; b <= text.size(); ++b) {
        cursor.advanceTo(ByteOffset{b});
        QCOMPARE(cursor.utf16(), p.utf16Offset(ByteOffset{b}));
        QCOMPARE(cursor.lineColumn(), p.lineColumn(ByteOffset{b}));
    }
}

void TestTextPositions::invalidUtf8CountsOneUnitPerByte()
{
    const QByteArray text("a\xff\x80z\xe8\xae", 6); // invalid bytes and a truncated sequence
    const TextPositions p(text);
    QCOMPARE(p.utf16Size().value, 6);
    QCOMPARE(TextPositions::utf16Length(text.constData(), text.size()), 6);
    QCOMPARE(p.lineColumn(ByteOffset{4}), (LineColumn{1, 5}));
    QCOMPARE(p.byteOffset(LineColumn{1, 6}).value, 5);
}

QTEST_APPLESS_MAIN(TestTextPositions)
#include "tst_textpositions.moc"
