#pragma once

#include "sql/completiontokens.h"
#include "sql/metadatacatalog.h"

#include <functional>

namespace Weir::Internal {

// The relations the queries of one statement read from: tables and views with their aliases
// (FROM t AS a, JOIN ... b), derived tables (FROM (SELECT ...) d), window TVFs
// (FROM TABLE(TUMBLE(TABLE t, ...))), and the statement's CTEs (WITH x AS (...)), each with the
// columns it provides. Knows which of them a position can see: those of its own query block
// and of the blocks around it. Built per request over a statement's tokens; any thread.
class CompletionScope
{
public:
    using Columns = QVector<MetadataCatalog::Column>;
    // Columns of a named table or view (script-defined or from the catalog), if known.
    using Resolver = std::function<bool(const QStringList &path, Columns *columns)>;

    struct Source
    {
        QStringList path; // the table's name as written; empty for a derived table
        QString alias;    // empty when none was given
        Columns columns;
        bool resolved = false; // whether `columns` is known
        int region = -1;       // index of the '(' whose contents hold it, -1 at the top

        // The name a qualifier refers to it by: its alias, else its table name.
        QString referenceName() const
        {
            return alias.isEmpty() ? path.value(path.size() - 1) : alias;
        }
    };
    struct Cte
    {
        QString name;
        Columns columns;
    };

    CompletionScope(const CompletionTokens &tokens, Resolver resolver);

    const QVector<Source> &sources() const { return m_sources; }
    const QVector<Cte> &ctes() const { return m_ctes; }
    // The sources visible at a byte offset: its own query block's first, then outer blocks'.
    QVector<const Source *> visibleAt(qsizetype offset) const;
    // The visible source that `qualifier` names (alias, else table name; any case), or null.
    const Source *findQualified(const QString &qualifier, qsizetype offset) const;
    // A CTE's, then the resolver's, columns for a path.
    bool resolve(const QStringList &path, Columns *columns) const;
    // The output columns of the query in tokens [from, to): its select list, with * expanded.
    Columns queryColumns(int from, int to) const;
    // The region (see Source::region) that holds a byte offset.
    int regionAt(qsizetype offset) const;

private:
    void collectCtes();
    QVector<Source> collectSources(int from, int to) const;
    int parsePrimary(int i, int to, QVector<Source> *out) const;
    Columns selectListColumns(int select, int end, const QVector<Source> &sources) const;

    const CompletionTokens &m_tokens;
    Resolver m_resolver;
    QVector<int> m_region; // per token: index of the innermost enclosing '(' or -1
    QVector<Cte> m_ctes;
    QVector<Source> m_sources;
    QVector<int> m_derived; // '(' of derived tables in FROM: they cannot see outward
};

} // namespace Weir::Internal
