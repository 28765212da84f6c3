#pragma once

#include "sql/completioncalltip.h"
#include "sql/completioncandidate.h"
#include "sql/configcatalog.h"
#include "sql/connectorcatalog.h"
#include "sql/functioncatalog.h"
#include "sql/metadatacatalog.h"
#include "sql/statement.h"
#include "sql/token.h"

#include <QByteArray>
#include <QHash>

namespace Weir {

// Context-aware, ranked completion for Flink SQL: keywords valid at the position, tables after
// FROM/JOIN/INTO, columns (through aliases, CTEs, derived tables and the script's own CREATE
// TABLE/VIEW), built-in functions, WITH option keys and values of the chosen connector and
// format, SET configuration keys, ${variables}; and the call tip of the function call around
// the caret. Pure: works on a snapshot of the text and of the catalog, holds no state between
// requests. Widget-free; const and safe to use from any thread at once.
class CompletionEngine
{
public:
    struct Request
    {
        QByteArray text; // the whole script, UTF-8, as the editor holds it
        ByteOffset caret;
        MetadataCatalog metadata;
        QHash<QString, QString> variables; // known outside the script: name -> value
        SqlDialect dialect = SqlDialect::Latest;
        int limit = 200; // candidates at most
    };

    // Over the built-in resource catalogs.
    CompletionEngine();
    // Over other catalogs (tests); they must outlive the engine.
    CompletionEngine(const FunctionCatalog *functions, const ConnectorCatalog *connectors,
                     const ConfigCatalog *config);

    CompletionResult complete(const Request &request) const;
    // Convenience: the script, the caret and a catalog snapshot.
    CompletionResult complete(const QByteArray &text, qsizetype caret,
                              const MetadataCatalog &metadata = MetadataCatalog()) const;

    // The innermost call of a known function around the caret, or an invalid tip.
    CallTip signatureAt(QByteArrayView text, ByteOffset caret,
                        SqlDialect dialect = SqlDialect::Latest) const;

    const FunctionCatalog &functions() const { return *m_functions; }

private:
    CompletionResult completeVariable(const Request &request, qsizetype nameBegin,
                                      const QVector<Statement> &statements) const;

    const FunctionCatalog *m_functions;
    const ConnectorCatalog *m_connectors;
    const ConfigCatalog *m_config;
};

} // namespace Weir
