#pragma once

#include "sql/completioncontext.h"
#include "sql/completionranking.h"
#include "sql/completionscope.h"
#include "sql/configcatalog.h"
#include "sql/connectorcatalog.h"
#include "sql/functioncatalog.h"
#include "sql/scriptcatalog.h"

namespace Weir::Internal {

// Offers the candidates of each kind to a ranking: keywords, types, functions, tables of the
// script and the catalog, columns (CompletionOptions offers WITH options and configuration
// keys). Knows how each is written: backticks around identifiers that need them, keywords in
// the case being typed. Lives for one request; any thread.
class CompletionSources
{
public:
    using Columns = QVector<MetadataCatalog::Column>;

    struct Inputs
    {
        const CompletionContext *context = nullptr;
        const MetadataCatalog *metadata = nullptr;
        const ScriptCatalog *script = nullptr;
        const CompletionScope *scope = nullptr; // null outside statements with queries
        const FunctionCatalog *functions = nullptr;
        const ConnectorCatalog *connectors = nullptr;
        const ConfigCatalog *config = nullptr;
        SqlDialect dialect = SqlDialect::Latest;
        qsizetype caret = 0;
    };

    CompletionSources(const Inputs &inputs, CompletionRanking *ranking);

    void addKeywords(const QStringList &keywords, int priority);
    void addDataTypes(int priority);
    void addFunctions(int priority, bool tableFunctions);
    void addTables(int priority);
    void addTablesIn(const QString &catalog, const QString &database, int priority);
    void addDatabases(const QString &catalog, int priority);
    void addCatalogs(int priority);
    void addColumns(const Columns &columns, const QString &owner, int priority);
    void addVisibleColumns(int columnPriority, int aliasPriority);
    void addQualified();

    // `name` as it must be written: in backticks when it is reserved or has characters an
    // identifier cannot (a doubled backtick inside).
    static QString quoteIdentifier(const QString &name, SqlDialect dialect);
    // The fields of a ROW<name TYPE, ...> type (empty for other types).
    static Columns rowFields(const QString &type);

private:
    QString identifierText(const QString &name) const;
    QString keywordText(const QString &keyword) const;
    void addStrings(const QStringList &names, CompletionKind kind, const QStringList &details,
                    int priority);
    bool columnsOfPath(const QStringList &path, Columns *columns) const;

    Inputs m_in;
    const CompletionContext &m_context;
    CompletionRanking *m_ranking;
    bool m_lowerCase = false; // the user types keywords in lower case
};

} // namespace Weir::Internal
