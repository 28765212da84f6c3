#pragma once

#include "sql/catalogoption.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Weir {

// The table connectors, formats and catalog types Weir knows the WITH options of, read from the
// resource catalog :/weir/catalogs/connectors.json (data, not code: see that file for sources).
// Format options are stored without their format prefix ("ignore-parse-errors" of json); a
// table writes them as "json.ignore-parse-errors", or "key.json.ignore-parse-errors" for a
// 'key.format'. Immutable after loading; builtin() is built once on first use; any thread.
class ConnectorCatalog
{
public:
    struct Entry
    {
        QString name; // 'connector' or 'format' value, e.g. "kafka", "debezium-json"
        QString description;
        QVector<CatalogOption> options;

        const CatalogOption *option(QStringView key) const;
    };

    ConnectorCatalog() = default;
    static ConnectorCatalog fromJson(const QByteArray &json, QString *error = nullptr);
    static const ConnectorCatalog &builtin();

    const QVector<Entry> &connectors() const { return m_connectors; }
    const QVector<Entry> &formats() const { return m_formats; }
    // CREATE CATALOG ... WITH ('type' = ...): the catalog types.
    const QVector<Entry> &catalogTypes() const { return m_catalogTypes; }
    const Entry *connector(QStringView name) const;
    const Entry *format(QStringView name) const;
    const Entry *catalogType(QStringView name) const;

private:
    QVector<Entry> m_connectors;
    QVector<Entry> m_formats;
    QVector<Entry> m_catalogTypes;
};

} // namespace Weir
