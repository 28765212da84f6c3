#include "sql/variables.h"

#include "sql/lexer.h"

#include <cstring>

namespace Weir {

namespace {

bool isNameByte(char c)
{
    switch (c) {
    case '{':
    case '}':
    case '$':
    case '\'':
    case '"':
    case '`':
    case ';':
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
        return false;
    default:
        return true;
    }
}

} // namespace

bool Variables::parseDefinition(QByteArrayView statement, QString *name, QString *value)
{
    Lexer lexer(statement);
    Token token;
    Token first;
    int significant = 0;
    while (lexer.next(&token)) {
        if (token.isTrivia())
            continue;
        if (significant == 0) {
            if (token.kind != TokenKind::Identifier && token.kind != TokenKind::Keyword &&
                token.kind != TokenKind::DataType)
                return false;
            first = token;
            significant = 1;
            continue;
        }
        if (token.kind != TokenKind::Operator ||
            statement.sliced(token.offset, token.length) != QByteArrayView(":="))
            return false;
        if (name)
            *name = QString::fromUtf8(statement.sliced(first.offset, first.length));
        if (value)
            *value = QString::fromUtf8(statement.sliced(token.offset + 2)).trimmed();
        return true;
    }
    return false;
}

QVector<Variables::Definition> Variables::definitions(QByteArrayView script,
                                                      const QVector<Statement> &statements)
{
    QVector<Definition> result;
    for (const Statement &statement : statements) {
        if (statement.kind != StatementKind::Other || !statement.recognized)
            continue;
        Definition definition;
        if (parseDefinition(statement.bytes(script), &definition.name, &definition.value)) {
            definition.begin = statement.begin;
            definition.end = statement.end;
            result.append(definition);
        }
    }
    return result;
}

QVector<Variables::Use> Variables::uses(QByteArrayView script, qsizetype from, qsizetype to)
{
    QVector<Use> result;
    to = qMin(to, script.size());
    const char *data = script.data();
    qsizetype p = qMax<qsizetype>(from, 0);
    while (p < to) {
        const void *dollar = std::memchr(data + p, '$', size_t(to - p));
        if (!dollar)
            break;
        p = static_cast<const char *>(dollar) - data;
        if (p + 1 >= to || data[p + 1] != '{') {
            ++p;
            continue;
        }
        qsizetype q = p + 2;
        while (q < to && isNameByte(data[q]))
            ++q;
        if (q < to && data[q] == '}' && q > p + 2) {
            result.append(
                {QString::fromUtf8(data + p + 2, q - p - 2), ByteOffset{p}, ByteOffset{q + 1}});
            p = q + 1;
        } else {
            p += 2;
        }
    }
    return result;
}

} // namespace Weir
