#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace Weir {

// An immutable snapshot of what a Flink session knows: catalogs -> databases -> tables ->
// columns with types, and the current catalog and database. Built once (indexes: the tables of
// each database sorted by lower-case name) so that completion over 50,000 tables stays in
// milliseconds. Copies share the data; any thread.
class MetadataCatalog
{
public:
    struct Column
    {
        QString name;
        QString type; // Flink SQL type as Flink prints it, e.g. "BIGINT NOT NULL"
    };
    struct Table
    {
        QString catalog;
        QString database;
        QString name;
        bool view = false;
        QVector<Column> columns;
    };
    struct Location
    {
        QString catalog;
        QString database;
    };

    MetadataCatalog();
    // `databases` adds databases that hold no table yet; those of `tables` are added anyway.
    MetadataCatalog(QVector<Table> tables, Location current, QVector<Location> databases = {});

    Location current() const;
    const QVector<Table> &tables() const;
    QStringList catalogs() const;                     // sorted
    QStringList databases(QStringView catalog) const; // sorted
    bool hasCatalog(QStringView catalog) const;
    bool hasDatabase(QStringView catalog, QStringView database) const;

    // The tables of one database ordered by name without regard to case, their names packed
    // into one buffer: matching all 50,000 of them then reads memory in order instead of
    // chasing a pointer per table (which costs more than the matching itself).
    class TableList
    {
    public:
        int size() const { return m_size; }
        bool isEmpty() const { return m_size == 0; }
        int table(int i) const; // index into tables()
        QStringView name(int i) const;
        QStringView lowerName(int i) const;

    private:
        friend class MetadataCatalog;
        const void *m_database = nullptr; // Data::Database
        int m_size = 0;
    };
    TableList tablesIn(QStringView catalog, QStringView database) const;

    // A table by name, database.name or catalog.database.name, relative to current(); the
    // exact spelling first, then any case (Flink resolves exactly, but a user typing 'orders'
    // for 'Orders' still wants its columns).
    const Table *resolve(const QStringList &path) const;

private:
    struct Data;
    const Data *data() const { return m_data.get(); }
    int databaseIndex(QStringView catalog, QStringView database) const;

    std::shared_ptr<const Data> m_data;
};

} // namespace Weir
