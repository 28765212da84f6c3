#include "sql/connectorcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace Weir {

namespace {

Q_LOGGING_CATEGORY(lcConnectors, "weir.sql.connectors")

QVector<ConnectorCatalog::Entry> readEntries(const QJsonArray &array)
{
    QVector<ConnectorCatalog::Entry> entries;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ConnectorCatalog::Entry entry;
        entry.name = object.value(QLatin1String("name")).toString();
        entry.description = object.value(QLatin1String("description")).toString();
        for (const QJsonValue &option : object.value(QLatin1String("options")).toArray())
            entry.options.append(CatalogOption::fromJson(option.toObject()));
        if (!entry.name.isEmpty())
            entries.append(entry);
    }
    return entries;
}

const ConnectorCatalog::Entry *findEntry(const QVector<ConnectorCatalog::Entry> &entries,
                                         QStringView name)
{
    for (const ConnectorCatalog::Entry &entry : entries) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace

const CatalogOption *ConnectorCatalog::Entry::option(QStringView key) const
{
    for (const CatalogOption &option : options) {
        if (option.key.compare(key, Qt::CaseInsensitive) == 0)
            return &option;
    }
    return nullptr;
}

ConnectorCatalog ConnectorCatalog::fromJson(const QByteArray &json, QString *error)
{
    ConnectorCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    const QJsonObject root = document.object();
    catalog.m_connectors = readEntries(root.value(QLatin1String("connectors")).toArray());
    catalog.m_formats = readEntries(root.value(QLatin1String("formats")).toArray());
    catalog.m_catalogTypes = readEntries(root.value(QLatin1String("catalogs")).toArray());
    return catalog;
}

const ConnectorCatalog &ConnectorCatalog::builtin()
{
    static const ConnectorCatalog instance = [] {
        QFile file(QStringLiteral(":/weir/catalogs/connectors.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcConnectors) << "the connector catalog resource is missing";
            return ConnectorCatalog();
        }
        QString error;
        ConnectorCatalog catalog = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcConnectors) << "the connector catalog does not parse:" << error;
        return catalog;
    }();
    return instance;
}

const ConnectorCatalog::Entry *ConnectorCatalog::connector(QStringView name) const
{
    return findEntry(m_connectors, name);
}

const ConnectorCatalog::Entry *ConnectorCatalog::format(QStringView name) const
{
    return findEntry(m_formats, name);
}

const ConnectorCatalog::Entry *ConnectorCatalog::catalogType(QStringView name) const
{
    return findEntry(m_catalogTypes, name);
}

} // namespace Weir
