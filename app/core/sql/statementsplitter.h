#pragma once

#include "sql/statement.h"
#include "sql/statementclassifier.h"
#include "sql/token.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace Weir {

// Splits a Flink SQL script into statements with exact ranges and kinds (see Statement for what
// a range covers). Splits only on ';' outside literals, comments and quoted identifiers; keeps
// EXECUTE STATEMENT SET BEGIN ... END as one statement (its inner ';' do not split; it ends at
// the ';' after the END that starts an inner statement); splits the legacy
// BEGIN STATEMENT SET; ...; END; form into its statements; drops empty statements (only white
// space and comments); a last statement without ';' counts.
//
// Feed it tokens in order (add) and collect the statements (finish), or use the static split().
// Value type over a view of the script (the script must outlive it); any thread.
class StatementSplitter
{
public:
    explicit StatementSplitter(QByteArrayView script);

    void add(const Token &token);
    QVector<Statement> finish();

    static QVector<Statement> split(QByteArrayView script, SqlDialect dialect = SqlDialect::Latest);
    // Byte offsets refer to the UTF-8 form of `script`, UTF-16 offsets to `script` itself.
    static QVector<Statement> split(const QString &script, SqlDialect dialect = SqlDialect::Latest);
    // With the script's tokens already at hand (all of them, in order).
    static QVector<Statement> split(QByteArrayView script, const QVector<Token> &tokens);

    // The index of the statement whose extent holds `offset` (the one before it when the offset
    // lies in trailing text after the last statement), or -1 when there are none.
    static int indexAt(const QVector<Statement> &statements, ByteOffset offset);

private:
    void addSignificant(const Token &token);
    void endStatement(qsizetype terminator, qsizetype extentEnd);

    QByteArrayView m_script;
    QVector<Statement> m_statements;

    // The statement being collected.
    qsizetype m_extentBegin = 0;
    qsizetype m_begin = -1; // first significant byte, -1 while there is none
    qsizetype m_end = 0;    // end of the last significant token
    Token m_head[StatementClassifier::Lookahead];
    int m_headCount = 0;
    int m_significantCount = 0;
    bool m_inBlock = false;      // inside EXECUTE STATEMENT SET BEGIN ...
    bool m_atInnerStart = false; // the next significant token starts an inner statement
    bool m_blockEnded = false;   // saw the END of the block
};

} // namespace Weir
