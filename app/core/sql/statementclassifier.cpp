#include "sql/statementclassifier.h"

#include "sql/lexer.h"

#include <cstring>

namespace Weir {

bool StatementClassifier::isWord(QByteArrayView script, const Token &token, const char *upperWord)
{
    if (token.kind != TokenKind::Keyword && token.kind != TokenKind::DataType &&
        token.kind != TokenKind::Identifier)
        return false;
    const qsizetype length = qsizetype(std::strlen(upperWord));
    if (token.length != length || token.offset + length > script.size())
        return false;
    const char *text = script.data() + token.offset;
    for (qsizetype i = 0; i < length; ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 32);
        if (c != upperWord[i])
            return false;
    }
    return true;
}

StatementClassifier::Classification StatementClassifier::classify(QByteArrayView script,
                                                                  const Token *tokens, int count)
{
    // Leading parentheses and hints do not decide anything: "(SELECT ...) UNION ...".
    int i = 0;
    bool parenthesized = false;
    while (i < count &&
           (tokens[i].kind == TokenKind::Hint ||
            (tokens[i].kind == TokenKind::Punctuation && script[tokens[i].offset] == '('))) {
        parenthesized |= tokens[i].kind == TokenKind::Punctuation;
        ++i;
    }
    auto word = [&](int k, const char *upper) {
        return i + k < count && isWord(script, tokens[i + k], upper);
    };
    auto known = [](StatementKind kind) { return Classification{kind, true}; };
    const Classification other{StatementKind::Other, false};
    const Classification otherKnown{StatementKind::Other, true};

    if (word(0, "SELECT") || word(0, "WITH") || word(0, "VALUES"))
        return known(StatementKind::Query);
    if (parenthesized)
        return other;
    if (word(0, "SET"))
        return known(StatementKind::Set);
    if (word(0, "RESET"))
        return known(StatementKind::Reset);
    if (word(0, "CREATE")) {
        int k = 1;
        while (word(k, "OR") || word(k, "REPLACE") || word(k, "TEMPORARY") || word(k, "SYSTEM"))
            ++k;
        return known(word(k, "FUNCTION") ? StatementKind::CreateFunction : StatementKind::Create);
    }
    if (word(0, "REPLACE") && word(1, "TABLE"))
        return known(StatementKind::Create); // REPLACE TABLE ... AS SELECT
    if (word(0, "DROP"))
        return known(StatementKind::Drop);
    if (word(0, "ALTER"))
        return known(StatementKind::Alter);
    if (word(0, "INSERT"))
        return known(StatementKind::Insert);
    if (word(0, "EXPLAIN"))
        return known(StatementKind::Explain);
    if (word(0, "SHOW"))
        return known(StatementKind::Show);
    if (word(0, "DESCRIBE") || word(0, "DESC"))
        return known(StatementKind::Describe);
    if (word(0, "USE"))
        return known(StatementKind::Use);
    if (word(0, "ADD"))
        return word(1, "JAR") ? known(StatementKind::AddJar) : otherKnown; // ADD CUSTOMJAR, FILE
    if (word(0, "REMOVE") && word(1, "JAR"))
        return known(StatementKind::RemoveJar);
    if (word(0, "EXECUTE")) {
        if (word(1, "STATEMENT") && word(2, "SET"))
            return known(StatementKind::StatementSet);
        if (word(1, "INSERT"))
            return known(StatementKind::Insert);
        if (word(1, "CDCSOURCE"))
            return known(StatementKind::CdcSource);
        if (word(1, "SELECT") || word(1, "WITH") || word(1, "VALUES"))
            return known(StatementKind::Query);
        return word(1, "PLAN") || word(1, "JAR") ? otherKnown : other;
    }
    if (word(0, "STATEMENT") && word(1, "SET") && word(2, "BEGIN"))
        return known(StatementKind::StatementSet);
    if (word(0, "BEGIN") && word(1, "STATEMENT") && word(2, "SET"))
        return known(StatementKind::BeginStatementSet);
    if (word(0, "END"))
        return known(StatementKind::End);
    if (word(0, "LOAD") && word(1, "MODULE"))
        return known(StatementKind::LoadModule);
    if (word(0, "UNLOAD") && word(1, "MODULE"))
        return known(StatementKind::UnloadModule);

    // Other statements Flink accepts, and the reference product's PRINT and variables.
    for (const char *start :
         {"UPDATE", "DELETE", "TRUNCATE", "ANALYZE", "CALL", "COMPILE", "PRINT"}) {
        if (word(0, start))
            return otherKnown;
    }
    if (word(0, "STOP") && word(1, "JOB"))
        return otherKnown;
    if (i + 1 < count && tokens[i + 1].kind == TokenKind::Operator &&
        script.sliced(tokens[i + 1].offset, tokens[i + 1].length) == QByteArrayView(":=") &&
        (tokens[i].kind == TokenKind::Identifier || tokens[i].kind == TokenKind::Keyword ||
         tokens[i].kind == TokenKind::DataType))
        return otherKnown; // name := value
    return other;
}

StatementClassifier::Classification StatementClassifier::classify(QByteArrayView statement,
                                                                  SqlDialect dialect)
{
    Token tokens[Lookahead];
    int count = 0;
    Lexer lexer(statement, dialect);
    Token token;
    while (count < Lookahead && lexer.next(&token)) {
        if (!token.isTrivia())
            tokens[count++] = token;
    }
    return classify(statement, tokens, count);
}

} // namespace Weir
