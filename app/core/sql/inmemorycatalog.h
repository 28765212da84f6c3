#pragma once

#include "sql/metadataprovider.h"

#include <optional>

namespace Weir {

// A MetadataProvider over tables added by hand: for tests, benchmarks and offline use. The
// snapshot is rebuilt (and its indexes with it) on the first snapshot() after a change.
// Not thread-safe itself (use it from one thread); the snapshots it returns are.
class InMemoryCatalog : public MetadataProvider
{
public:
    InMemoryCatalog();

    void setCurrent(const QString &catalog, const QString &database);
    void addDatabase(const QString &catalog, const QString &database);
    // Columns as (name, type) pairs in their order in the table.
    void addTable(const QString &catalog, const QString &database, const QString &name,
                  const QVector<MetadataCatalog::Column> &columns, bool view = false);
    void addTable(const MetadataCatalog::Table &table);
    void clear();

    MetadataCatalog snapshot() const override;

private:
    QVector<MetadataCatalog::Table> m_tables;
    QVector<MetadataCatalog::Location> m_databases;
    MetadataCatalog::Location m_current;
    mutable std::optional<MetadataCatalog> m_snapshot;
};

} // namespace Weir
