// The lexer: every token kind, keywords by dialect, variables, Unicode identifiers and errors.
// (Its properties on random input are in tst_lexerproperties.cpp.)
#include "sql/keywords.h"
#include "sql/lexer.h"

#include <QTest>

using namespace Weir;

Q_DECLARE_METATYPE(Weir::TokenKind)

namespace {

struct Lexed
{
    TokenKind kind;
    QByteArray text;
};

QVector<Lexed> lex(const QByteArray &text, SqlDialect dialect = SqlDialect::Latest,
                   bool keepWhitespace = false)
{
    QVector<Lexed> result;
    for (const Token &t : Lexer::tokenize(text, dialect)) {
        if (t.kind == TokenKind::Whitespace && !keepWhitespace)
            continue;
        result.append({t.kind, text.mid(t.offset, t.length)});
    }
    return result;
}

QString describe(const QVector<Lexed> &tokens)
{
    QStringList parts;
    for (const Lexed &t : tokens)
        parts.append(QStringLiteral("%1(%2)").arg(QLatin1String(tokenKindName(t.kind)),
                                                  QString::fromUtf8(t.text)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestLexer : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void keywordsAndTypes();
    void dialects();
    void reservedFlag();
    void keywordTable();
    void variables();
    void unicodeIdentifiers();
    void errors_data();
    void errors();
};

void TestLexer::kinds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TokenKind>("kind");
    QTest::addColumn<QByteArray>("token"); // the first non-whitespace token's text

    QTest::newRow("whitespace") << QByteArray(" \t\r\n\f") << TokenKind::Whitespace
                                << QByteArray(" \t\r\n\f");
    QTest::newRow("line comment") << QByteArray("-- a; b\nx") << TokenKind::LineComment
                                  << QByteArray("-- a; b");
    QTest::newRow("line comment at end")
        << QByteArray("--") << TokenKind::LineComment << QByteArray("--");
    QTest::newRow("slash comment")
        << QByteArray("// a\r\n") << TokenKind::LineComment << QByteArray("// a");
    QTest::newRow("block comment")
        << QByteArray("/* a;\n b */x") << TokenKind::BlockComment << QByteArray("/* a;\n b */");
    QTest::newRow("empty block comment")
        << QByteArray("/**/") << TokenKind::BlockComment << QByteArray("/**/");
    QTest::newRow("hint") << QByteArray("/*+ OPTIONS('a'='b') */") << TokenKind::Hint
                          << QByteArray("/*+ OPTIONS('a'='b') */");
    QTest::newRow("keyword") << QByteArray("select") << TokenKind::Keyword << QByteArray("select");
    QTest::newRow("flink keyword")
        << QByteArray("WATERMARK") << TokenKind::Keyword << QByteArray("WATERMARK");
    QTest::newRow("cdcsource") << QByteArray("CdcSource") << TokenKind::Keyword
                               << QByteArray("CdcSource");
    QTest::newRow("data type") << QByteArray("TIMESTAMP_LTZ(3)") << TokenKind::DataType
                               << QByteArray("TIMESTAMP_LTZ");
    QTest::newRow("identifier") << QByteArray("order_number1") << TokenKind::Identifier
                                << QByteArray("order_number1");
    QTest::newRow("identifier with $")
        << QByteArray("a$b") << TokenKind::Identifier << QByteArray("a$b");
    QTest::newRow("backticks") << QByteArray("`a;``b`") << TokenKind::QuotedIdentifier
                               << QByteArray("`a;``b`");
    QTest::newRow("double quotes")
        << QByteArray("\"a;b\"") << TokenKind::QuotedIdentifier << QByteArray("\"a;b\"");
    QTest::newRow("string") << QByteArray("'it''s; -- x'") << TokenKind::String
                            << QByteArray("'it''s; -- x'");
    QTest::newRow("multi-line string")
        << QByteArray("'a\nb'") << TokenKind::String << QByteArray("'a\nb'");
    QTest::newRow("empty string") << QByteArray("''") << TokenKind::String << QByteArray("''");
    QTest::newRow("integer") << QByteArray("42,") << TokenKind::Number << QByteArray("42");
    QTest::newRow("decimal") << QByteArray("3.14") << TokenKind::Number << QByteArray("3.14");
    QTest::newRow("leading dot") << QByteArray(".5") << TokenKind::Number << QByteArray(".5");
    QTest::newRow("exponent") << QByteArray("1.5E-3x") << TokenKind::Number << QByteArray("1.5E-3");
    QTest::newRow("not an exponent") << QByteArray("1e") << TokenKind::Number << QByteArray("1");
    QTest::newRow("operator <>") << QByteArray("<>1") << TokenKind::Operator << QByteArray("<>");
    QTest::newRow("operator ||") << QByteArray("||") << TokenKind::Operator << QByteArray("||");
    QTest::newRow("operator :=") << QByteArray(":=") << TokenKind::Operator << QByteArray(":=");
    QTest::newRow("operator -") << QByteArray("-1") << TokenKind::Operator << QByteArray("-");
    QTest::newRow("operator /") << QByteArray("/2") << TokenKind::Operator << QByteArray("/");
    QTest::newRow("punctuation ;") << QByteArray(";") << TokenKind::Punctuation << QByteArray(";");
    QTest::newRow("punctuation .") << QByteArray(".a") << TokenKind::Punctuation << QByteArray(".");
    QTest::newRow("variable") << QByteArray("${my.var}") << TokenKind::Variable
                              << QByteArray("${my.var}");
    QTest::newRow("byte order mark")
        << QByteArray("\xef\xbb\xbfSELECT") << TokenKind::Whitespace << QByteArray("\xef\xbb\xbf");
}

void TestLexer::kinds()
{
    QFETCH(QByteArray, text);
    QFETCH(TokenKind, kind);
    QFETCH(QByteArray, token);
    const QVector<Lexed> tokens = lex(text, SqlDialect::Latest, kind == TokenKind::Whitespace);
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(tokenKindName(tokens.first().kind), tokenKindName(kind));
    QCOMPARE(tokens.first().text, token);
}

void TestLexer::keywordsAndTypes()
{
    const QByteArray text("CREATE TABLE t (a INT, b MAP<STRING, ARRAY<BIGINT>>, "
                          "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)");
    const QVector<Lexed> tokens = lex(text);
    QStringList types;
    QStringList keywords;
    for (const Lexed &t : tokens) {
        if (t.kind == TokenKind::DataType)
            types.append(QString::fromUtf8(t.text));
        if (t.kind == TokenKind::Keyword)
            keywords.append(QString::fromUtf8(t.text));
    }
    QCOMPARE(types,
             (QStringList{QStringLiteral("INT"), QStringLiteral("MAP"), QStringLiteral("STRING"),
                          QStringLiteral("ARRAY"), QStringLiteral("BIGINT")}));
    QCOMPARE(keywords,
             (QStringList{QStringLiteral("CREATE"), QStringLiteral("TABLE"),
                          QStringLiteral("WATERMARK"), QStringLiteral("FOR"), QStringLiteral("AS"),
                          QStringLiteral("INTERVAL"), QStringLiteral("SECOND")}));
}

void TestLexer::dialects()
{
    // CREATE MODEL is Flink 2.x; in 1.20 MODEL is a plain identifier.
    QCOMPARE(lex("MODEL", SqlDialect::Flink1_20).first().kind, TokenKind::Identifier);
    QCOMPARE(lex("MODEL", SqlDialect::Flink2).first().kind, TokenKind::Keyword);
    QCOMPARE(lex("VARIANT", SqlDialect::Flink1_20).first().kind, TokenKind::Identifier);
    QCOMPARE(lex("VARIANT", SqlDialect::Flink2).first().kind, TokenKind::DataType);
    QCOMPARE(lex("WATERMARK", SqlDialect::Flink1_20).first().kind, TokenKind::Keyword);
    QVERIFY(!Keywords::isKeyword(u"MODELS", SqlDialect::Flink1_20));
    QVERIFY(Keywords::isReserved(u"models", SqlDialect::Flink2));
    QVERIFY(Keywords::words(TokenKind::Keyword, SqlDialect::Flink2).size() >
            Keywords::words(TokenKind::Keyword, SqlDialect::Flink1_20).size());
}

void TestLexer::reservedFlag()
{
    const QVector<Token> tokens = Lexer::tokenize("SELECT comment, `value`, name, string");
    auto tokenAt = [&](int index) {
        int significant = 0;
        for (const Token &t : tokens) {
            if (t.kind == TokenKind::Whitespace || t.kind == TokenKind::Punctuation)
                continue;
            if (significant++ == index)
                return t;
        }
        return Token();
    };
    QVERIFY(tokenAt(0).isReserved()); // SELECT
    QVERIFY(tokenAt(1).isReserved()); // COMMENT is reserved in Flink
    QCOMPARE(tokenAt(2).kind, TokenKind::QuotedIdentifier);
    QVERIFY(!tokenAt(3).isReserved()); // NAME is a non-reserved keyword
    QCOMPARE(tokenAt(3).kind, TokenKind::Keyword);
    QVERIFY(tokenAt(4).isReserved()); // STRING is a reserved type name
}

void TestLexer::keywordTable()
{
    for (const auto kind : {TokenKind::Keyword, TokenKind::DataType}) {
        const QStringList words = Keywords::words(kind);
        QVERIFY(!words.isEmpty());
        for (const QString &word : words) {
            Keywords::Entry entry;
            QVERIFY2(Keywords::lookup(word.toLower(), SqlDialect::Latest, &entry),
                     qPrintable(word));
            QCOMPARE(entry.kind, kind);
        }
    }
    QVERIFY(Keywords::words(TokenKind::Keyword).size() > 600);
    QVERIFY(Keywords::isReserved(u"Select"));
    QVERIFY(!Keywords::isReserved(u"STATEMENT"));
    QVERIFY(Keywords::isKeyword(u"statement"));
    QVERIFY(!Keywords::isKeyword(u"orders"));
    QVERIFY(!Keywords::isKeyword(u"SELECTX"));
    QVERIFY(!Keywords::isKeyword(u""));
    QVERIFY(!Keywords::isKeyword(u"订单"));
}

void TestLexer::variables()
{
    QCOMPARE(describe(lex("ods_${date}_di")),
             QStringLiteral("Identifier(ods_) Variable(${date}) Identifier(_di)"));
    QCOMPARE(describe(lex("${a}${b}")), QStringLiteral("Variable(${a}) Variable(${b})"));
    // Not variables: no name, no closing brace, white space in the name.
    QCOMPARE(describe(lex("${}")), QStringLiteral("Identifier($) Punctuation({) Punctuation(})"));
    QCOMPARE(describe(lex("${a")), QStringLiteral("Identifier($) Punctuation({) Identifier(a)"));
    QCOMPARE(describe(lex("${a b}")),
             QStringLiteral("Identifier($) Punctuation({) Identifier(a) Identifier(b) "
                            "Punctuation(})"));
    // Inside a string a variable is part of the literal.
    QCOMPARE(describe(lex("'${tableName}'")), QStringLiteral("String('${tableName}')"));
}

void TestLexer::unicodeIdentifiers()
{
    QCOMPARE(describe(lex("SELECT 名称, 数量1 FROM 订单表")),
             QStringLiteral("Keyword(SELECT) Identifier(名称) Punctuation(,) Identifier(数量1) "
                            "Keyword(FROM) Identifier(订单表)"));
    QCOMPARE(describe(lex("Straße😀")), QStringLiteral("Identifier(Straße😀)"));
    // Full-width punctuation ends an identifier and is an error of its own.
    QCOMPARE(describe(lex("名称，数量")),
             QStringLiteral("Identifier(名称) Error(，) Identifier(数量)"));
}

void TestLexer::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("token");

    QTest::newRow("string") << QByteArray("SELECT 'abc;\nd") << int(LexError::UnterminatedString)
                            << QByteArray("'abc;\nd");
    QTest::newRow("string ending in doubled quote")
        << QByteArray("'a''") << int(LexError::UnterminatedString) << QByteArray("'a''");
    QTest::newRow("block comment") << QByteArray("x /* a */ /* b")
                                   << int(LexError::UnterminatedBlockComment) << QByteArray("/* b");
    QTest::newRow("comment /*/") << QByteArray("/*/") << int(LexError::UnterminatedBlockComment)
                                 << QByteArray("/*/");
    QTest::newRow("hint") << QByteArray("/*+ x") << int(LexError::UnterminatedHint)
                          << QByteArray("/*+ x");
    QTest::newRow("backtick") << QByteArray("`a``") << int(LexError::UnterminatedBacktick)
                              << QByteArray("`a``");
    QTest::newRow("double quote") << QByteArray("\"a") << int(LexError::UnterminatedDoubleQuote)
                                  << QByteArray("\"a");
    QTest::newRow("hash") << QByteArray("#") << int(LexError::UnexpectedCharacter)
                          << QByteArray("#");
    QTest::newRow("control") << QByteArray("\x01") << int(LexError::UnexpectedCharacter)
                             << QByteArray("\x01");
    QTest::newRow("full-width comma")
        << QByteArray("，") << int(LexError::UnexpectedCharacter) << QByteArray("，");
    QTest::newRow("ideographic space")
        << QByteArray("\xe3\x80\x80") << int(LexError::UnexpectedCharacter)
        << QByteArray("\xe3\x80\x80");
    QTest::newRow("invalid utf-8")
        << QByteArray("\xff") << int(LexError::UnexpectedCharacter) << QByteArray("\xff");
    QTest::newRow("truncated utf-8")
        << QByteArray("\xe8\xae") << int(LexError::UnexpectedCharacter) << QByteArray("\xe8");
}

void TestLexer::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, error);
    QFETCH(QByteArray, token);
    for (const Token &t : Lexer::tokenize(text)) {
        if (t.kind != TokenKind::Error)
            continue;
        QCOMPARE(int(t.error), error);
        QCOMPARE(text.mid(t.offset, t.length), token);
        return;
    }
    QFAIL("no error token");
}

QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
