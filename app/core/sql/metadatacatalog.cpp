#include "sql/metadatacatalog.h"

#include <QHash>
#include <algorithm>

namespace Weir {

struct MetadataCatalog::Data
{
    struct Database
    {
        QString catalog;
        QString name;
        QVector<int> tables;  // sorted by lower-case name
        QString names;        // their names, packed in that order
        QString lowerNames;   // the same in lower case
        QVector<int> offsets; // where name i starts in both; one more at the end
    };

    QVector<Table> tables;
    QVector<Database> databases;
    QHash<QString, int> databaseIndex; // lower "catalog\x1fdatabase" -> index in databases
    QStringList catalogs;
    Location current;
};

namespace {

QString databaseKey(QStringView catalog, QStringView database)
{
    return catalog.toString().toLower() + QChar(0x1f) + database.toString().toLower();
}

} // namespace

MetadataCatalog::MetadataCatalog() : MetadataCatalog({}, {}, {}) {}

MetadataCatalog::MetadataCatalog(QVector<Table> tables, Location current,
                                 QVector<Location> databases)
{
    auto data = std::make_shared<Data>();
    data->current = current;
    data->tables = std::move(tables);
    QVector<QString> lower;
    lower.reserve(data->tables.size());
    for (const Table &table : std::as_const(data->tables))
        lower.append(table.name.toLower());

    auto addDatabase = [&](const QString &catalog, const QString &name) {
        const QString key = databaseKey(catalog, name);
        auto it = data->databaseIndex.constFind(key);
        if (it != data->databaseIndex.constEnd())
            return *it;
        const int index = int(data->databases.size());
        data->databases.append({catalog, name, {}});
        data->databaseIndex.insert(key, index);
        return index;
    };
    if (!current.catalog.isEmpty() && !current.database.isEmpty())
        addDatabase(current.catalog, current.database);
    for (const Location &location : std::as_const(databases))
        addDatabase(location.catalog, location.database);
    for (int i = 0; i < data->tables.size(); ++i) {
        const Table &table = data->tables.at(i);
        data->databases[addDatabase(table.catalog, table.database)].tables.append(i);
    }
    for (Data::Database &database : data->databases) {
        std::sort(database.tables.begin(), database.tables.end(), [&](int a, int b) {
            const int c = lower.at(a).compare(lower.at(b));
            return c != 0 ? c < 0 : data->tables.at(a).name < data->tables.at(b).name;
        });
        database.offsets.reserve(database.tables.size() + 1);
        for (const int index : std::as_const(database.tables)) {
            database.offsets.append(int(database.names.size()));
            database.names += data->tables.at(index).name;
            database.lowerNames += lower.at(index);
        }
        database.offsets.append(int(database.names.size()));
        if (!data->catalogs.contains(database.catalog))
            data->catalogs.append(database.catalog);
    }
    if (!current.catalog.isEmpty() && !data->catalogs.contains(current.catalog))
        data->catalogs.append(current.catalog);
    data->catalogs.sort(Qt::CaseInsensitive);
    m_data = std::move(data);
}

MetadataCatalog::Location MetadataCatalog::current() const
{
    return data()->current;
}

const QVector<MetadataCatalog::Table> &MetadataCatalog::tables() const
{
    return data()->tables;
}

QStringList MetadataCatalog::catalogs() const
{
    return data()->catalogs;
}

QStringList MetadataCatalog::databases(QStringView catalog) const
{
    QStringList names;
    for (const Data::Database &database : data()->databases) {
        if (database.catalog.compare(catalog, Qt::CaseInsensitive) == 0)
            names.append(database.name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool MetadataCatalog::hasCatalog(QStringView catalog) const
{
    return data()->catalogs.contains(catalog.toString(), Qt::CaseInsensitive);
}

bool MetadataCatalog::hasDatabase(QStringView catalog, QStringView database) const
{
    return databaseIndex(catalog, database) >= 0;
}

int MetadataCatalog::databaseIndex(QStringView catalog, QStringView database) const
{
    return data()->databaseIndex.value(databaseKey(catalog, database), -1);
}

MetadataCatalog::TableList MetadataCatalog::tablesIn(QStringView catalog,
                                                     QStringView database) const
{
    TableList list;
    const int index = databaseIndex(catalog, database);
    if (index >= 0) {
        list.m_database = &data()->databases.at(index);
        list.m_size = int(data()->databases.at(index).tables.size());
    }
    return list;
}

int MetadataCatalog::TableList::table(int i) const
{
    return static_cast<const Data::Database *>(m_database)->tables.at(i);
}

QStringView MetadataCatalog::TableList::name(int i) const
{
    const auto *database = static_cast<const Data::Database *>(m_database);
    const int from = database->offsets.at(i);
    return QStringView(database->names).mid(from, database->offsets.at(i + 1) - from);
}

QStringView MetadataCatalog::TableList::lowerName(int i) const
{
    const auto *database = static_cast<const Data::Database *>(m_database);
    const int from = database->offsets.at(i);
    return QStringView(database->lowerNames).mid(from, database->offsets.at(i + 1) - from);
}

const MetadataCatalog::Table *MetadataCatalog::resolve(const QStringList &path) const
{
    if (path.isEmpty() || path.size() > 3)
        return nullptr;
    const Location current = data()->current;
    const QString catalog = path.size() == 3 ? path.at(0) : current.catalog;
    const QString database = path.size() >= 2 ? path.at(path.size() - 2) : current.database;
    const QString &name = path.last();
    const TableList list = tablesIn(catalog, database);
    const QString lower = name.toLower();
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (list.lowerName(mid) < QStringView(lower))
            lo = mid + 1;
        else
            hi = mid;
    }
    const Table *anyCase = nullptr;
    for (int i = lo; i < list.size() && list.lowerName(i) == QStringView(lower); ++i) {
        const Table &table = data()->tables.at(list.table(i));
        if (table.name == name)
            return &table;
        if (!anyCase)
            anyCase = &table;
    }
    return anyCase;
}

} // namespace Weir
