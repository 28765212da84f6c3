#pragma once

#include "sql/completiontokens.h"
#include "sql/metadatacatalog.h"
#include "sql/statement.h"

#include <optional>

namespace Weir::Internal {

// The tables and views a script defines itself (CREATE TABLE with its column list, LIKE and
// AS SELECT; CREATE VIEW with its query's columns), so that completion knows them before
// they exist in any catalog. Names are noted from each CREATE statement's first tokens; its
// columns are read the first time they are asked for, so that a 10 MB script of DDL costs
// little per request. Lives for one request (lazy, so not shared between threads).
class ScriptCatalog
{
public:
    using Table = MetadataCatalog::Table;
    using Columns = QVector<MetadataCatalog::Column>;

    struct Entry
    {
        QString name;
        bool view = false;
        ByteOffset begin; // the CREATE statement
        ByteOffset end;
    };

    ScriptCatalog() = default;
    // Notes every CREATE TABLE/VIEW among `statements` but statements[skip]. `script` and
    // `metadata` (which resolves what definitions refer to) must outlive it.
    ScriptCatalog(QByteArrayView script, const QVector<Statement> &statements, int skip,
                  const MetadataCatalog *metadata, SqlDialect dialect);

    const QVector<Entry> &entries() const { return m_entries; }
    // By name (the last part of `path`; any case), the last definition winning; read now if
    // it was not yet. Null when unknown (or when defined through itself).
    const Table *find(const QStringList &path) const;

    // The columns of a CREATE TABLE column list whose '(' is at `open`: physical, metadata and
    // computed columns, without constraints and watermarks. Types as written.
    static Columns columnDefinitions(const CompletionTokens &tokens, int open);

private:
    Table read(const Entry &entry) const;

    QByteArrayView m_script;
    const MetadataCatalog *m_metadata = nullptr;
    SqlDialect m_dialect = SqlDialect::Latest;
    QVector<Entry> m_entries;
    mutable QVector<std::optional<Table>> m_tables; // read lazily, per entry
    mutable QVector<bool> m_reading;                // guards definitions through themselves
};

} // namespace Weir::Internal
