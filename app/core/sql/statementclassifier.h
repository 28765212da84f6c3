#pragma once

#include "sql/statementkind.h"
#include "sql/token.h"

#include <QByteArrayView>

namespace Weir {

// Gives a statement its kind from its first significant tokens (comments and white space
// already dropped). Stateless; any thread.
class StatementClassifier
{
public:
    struct Classification
    {
        StatementKind kind = StatementKind::Other;
        bool recognized = false; // see Statement::recognized
    };

    // How many significant tokens classify() looks at, at most.
    static constexpr int Lookahead = 8;

    // `tokens` are the first (up to Lookahead) significant tokens of one statement of `script`.
    static Classification classify(QByteArrayView script, const Token *tokens, int count);
    // Convenience: lexes `statement` (UTF-8) itself.
    static Classification classify(QByteArrayView statement,
                                   SqlDialect dialect = SqlDialect::Latest);

    // Whether the token's text is `upperWord` (ASCII upper case) in any case; quoted
    // identifiers never match.
    static bool isWord(QByteArrayView script, const Token &token, const char *upperWord);
};

} // namespace Weir
