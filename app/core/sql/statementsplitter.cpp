#include "sql/statementsplitter.h"

#include "sql/lexer.h"
#include "sql/positioncursor.h"

#include <algorithm>

namespace Weir {

StatementSplitter::StatementSplitter(QByteArrayView script) : m_script(script) {}

void StatementSplitter::add(const Token &token)
{
    if (token.isTrivia())
        return;
    const bool semicolon =
        token.kind == TokenKind::Punctuation && token.length == 1 && m_script[token.offset] == ';';
    if (!semicolon) {
        addSignificant(token);
        return;
    }
    if (m_inBlock && !m_blockEnded) {
        m_atInnerStart = true; // an inner statement of the statement set ends here
        return;
    }
    endStatement(token.offset, token.offset + 1);
}

void StatementSplitter::addSignificant(const Token &token)
{
    if (m_begin < 0)
        m_begin = token.offset;
    m_end = token.offset + token.length;
    ++m_significantCount;
    if (m_headCount < StatementClassifier::Lookahead)
        m_head[m_headCount++] = token;

    if (m_inBlock) {
        if (m_atInnerStart && StatementClassifier::isWord(m_script, token, "END"))
            m_blockEnded = true;
        m_atInnerStart = false;
        return;
    }
    // EXECUTE STATEMENT SET BEGIN (or STATEMENT SET BEGIN) opens a block with inner ';'.
    auto headIs = [&](std::initializer_list<const char *> words) {
        if (m_significantCount != int(words.size()) || m_headCount != m_significantCount)
            return false;
        int k = 0;
        for (const char *word : words) {
            if (!StatementClassifier::isWord(m_script, m_head[k++], word))
                return false;
        }
        return true;
    };
    if (headIs({"EXECUTE", "STATEMENT", "SET", "BEGIN"}) || headIs({"STATEMENT", "SET", "BEGIN"})) {
        m_inBlock = true;
        m_atInnerStart = true;
    }
}

void StatementSplitter::endStatement(qsizetype terminator, qsizetype extentEnd)
{
    if (m_begin >= 0) {
        Statement statement;
        const auto classification = StatementClassifier::classify(m_script, m_head, m_headCount);
        statement.kind = classification.kind;
        statement.recognized = classification.recognized;
        statement.unclosedBlock = m_inBlock && !m_blockEnded;
        statement.begin = ByteOffset{m_begin};
        // An unclosed statement set ends at its last significant token, not at an inner ';'.
        statement.end = ByteOffset{m_end};
        statement.extentBegin = ByteOffset{m_extentBegin};
        statement.extentEnd = ByteOffset{extentEnd};
        statement.terminator = terminator;
        m_statements.append(statement);
        m_extentBegin = extentEnd; // an empty statement's ';' joins the next extent
    }
    m_begin = -1;
    m_end = extentEnd;
    m_headCount = 0;
    m_significantCount = 0;
    m_inBlock = false;
    m_atInnerStart = false;
    m_blockEnded = false;
}

QVector<Statement> StatementSplitter::finish()
{
    if (m_begin >= 0)
        endStatement(-1, m_script.size());
    // Fill in UTF-16 offsets and line/column in one forward pass over the bytes.
    Internal::PositionCursor cursor(m_script);
    for (Statement &statement : m_statements) {
        cursor.advanceTo(statement.begin);
        statement.utf16Begin = cursor.utf16();
        statement.start = cursor.lineColumn();
        cursor.advanceTo(statement.end);
        statement.utf16End = cursor.utf16();
        statement.finish = cursor.lineColumn();
    }
    QVector<Statement> result;
    result.swap(m_statements);
    return result;
}

QVector<Statement> StatementSplitter::split(QByteArrayView script, SqlDialect dialect)
{
    StatementSplitter splitter(script);
    Lexer lexer(script, dialect);
    Token token;
    while (lexer.next(&token))
        splitter.add(token);
    return splitter.finish();
}

QVector<Statement> StatementSplitter::split(const QString &script, SqlDialect dialect)
{
    const QByteArray utf8 = script.toUtf8();
    return split(QByteArrayView(utf8), dialect);
}

QVector<Statement> StatementSplitter::split(QByteArrayView script, const QVector<Token> &tokens)
{
    StatementSplitter splitter(script);
    for (const Token &token : tokens)
        splitter.add(token);
    return splitter.finish();
}

int StatementSplitter::indexAt(const QVector<Statement> &statements, ByteOffset offset)
{
    if (statements.isEmpty())
        return -1;
    // The first statement whose extent ends after the offset.
    const auto it =
        std::upper_bound(statements.cbegin(), statements.cend(), offset,
                         [](ByteOffset o, const Statement &s) { return o < s.extentEnd; });
    if (it == statements.cend())
        return int(statements.size()) - 1;
    return int(it - statements.cbegin());
}

} // namespace Weir
