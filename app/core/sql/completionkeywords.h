#pragma once

#include "sql/completioncontext.h"
#include "sql/token.h"

#include <QStringList>

namespace Weir::Internal {

// Which keywords (and phrases such as GROUP BY) are valid where: at a statement's start,
// after its leading keywords (CREATE TEMPORARY -> TABLE, VIEW, FUNCTION, ...), at the start of
// an expression, after an expression in each clause, after a table reference. Flink SQL
// grammar of 1.20 and 2.x (Parser.tdd statements, Calcite's query grammar). Constant data;
// any thread.
class CompletionKeywords
{
public:
    struct Follow
    {
        CompletionExpect expect = CompletionExpect::Keywords;
        QStringList keywords;
    };

    // What may follow a statement made so far only of keywords (`words`: upper case, one
    // space apart; empty at a statement's start). False when the words are not a known prefix.
    static bool afterLeadingWords(const QString &words, SqlDialect dialect, Follow *follow);
    // Keywords that complete a phrase after `word` (GROUP -> BY, IS -> NULL, ...), if any.
    static QStringList afterWord(const QString &upperWord);
    static QStringList expressionStart();
    static QStringList afterExpression(CompletionClause clause);
    static QStringList afterTableReference(bool join);
    static QStringList columnDefinitionStart();
    static QStringList afterColumnType();
    static QStringList afterCreateTable(bool hasColumns);
    static QStringList timeUnits();

    // Keeps the phrases whose every word is a keyword of `dialect` (MODEL is Flink 2.x only).
    static QStringList forDialect(const QStringList &phrases, SqlDialect dialect);
};

} // namespace Weir::Internal
