#pragma once

#include "sql/catalogoption.h"

#include <QByteArray>
#include <QVector>

namespace Weir {

// The Flink configuration keys a script commonly sets with SET 'key' = 'value' (table.*,
// execution.*, pipeline.*, state.*, sql-client.*, ...), read from the resource catalog
// :/weir/catalogs/config.json (data, not code: see that file for sources). Immutable after
// loading; builtin() is built once on first use; any thread.
class ConfigCatalog
{
public:
    ConfigCatalog() = default;
    static ConfigCatalog fromJson(const QByteArray &json, QString *error = nullptr);
    static const ConfigCatalog &builtin();

    const QVector<CatalogOption> &options() const { return m_options; } // sorted by key
    const CatalogOption *option(QStringView key) const;

private:
    QVector<CatalogOption> m_options;
};

} // namespace Weir
