#include "sql/inmemorycatalog.h"

namespace Weir {

InMemoryCatalog::InMemoryCatalog()
    : m_current{QStringLiteral("default_catalog"), QStringLiteral("default_database")}
{}

void InMemoryCatalog::setCurrent(const QString &catalog, const QString &database)
{
    m_current = {catalog, database};
    m_snapshot.reset();
}

void InMemoryCatalog::addDatabase(const QString &catalog, const QString &database)
{
    m_databases.append({catalog, database});
    m_snapshot.reset();
}

void InMemoryCatalog::addTable(const QString &catalog, const QString &database, const QString &name,
                               const QVector<MetadataCatalog::Column> &columns, bool view)
{
    addTable(MetadataCatalog::Table{catalog, database, name, view, columns});
}

void InMemoryCatalog::addTable(const MetadataCatalog::Table &table)
{
    m_tables.append(table);
    m_snapshot.reset();
}

void InMemoryCatalog::clear()
{
    m_tables.clear();
    m_databases.clear();
    m_snapshot.reset();
}

MetadataCatalog InMemoryCatalog::snapshot() const
{
    if (!m_snapshot)
        m_snapshot = MetadataCatalog(m_tables, m_current, m_databases);
    return *m_snapshot;
}

} // namespace Weir
