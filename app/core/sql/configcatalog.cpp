#include "sql/configcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <algorithm>

namespace Weir {

namespace {
Q_LOGGING_CATEGORY(lcConfig, "weir.sql.config")
} // namespace

ConfigCatalog ConfigCatalog::fromJson(const QByteArray &json, QString *error)
{
    ConfigCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("options")).toArray())
        catalog.m_options.append(CatalogOption::fromJson(value.toObject()));
    std::stable_sort(catalog.m_options.begin(), catalog.m_options.end(),
                     [](const CatalogOption &a, const CatalogOption &b) { return a.key < b.key; });
    return catalog;
}

const ConfigCatalog &ConfigCatalog::builtin()
{
    static const ConfigCatalog instance = [] {
        QFile file(QStringLiteral(":/weir/catalogs/config.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcConfig) << "the configuration catalog resource is missing";
            return ConfigCatalog();
        }
        QString error;
        ConfigCatalog catalog = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcConfig) << "the configuration catalog does not parse:" << error;
        return catalog;
    }();
    return instance;
}

const CatalogOption *ConfigCatalog::option(QStringView key) const
{
    for (const CatalogOption &option : m_options) {
        if (option.key.compare(key, Qt::CaseInsensitive) == 0)
            return &option;
    }
    return nullptr;
}

} // namespace Weir
