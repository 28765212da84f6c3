#include "sql/catalogoption.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Weir {

QStringList CatalogOption::suggestedValues() const
{
    if (!values.isEmpty())
        return values;
    if (type.compare(QLatin1String("Boolean"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("true"), QStringLiteral("false")};
    return {};
}

QString CatalogOption::summary() const
{
    // Shown in the completion list next to the key.
    if (required)
        return QCoreApplication::translate("Weir::CompletionEngine", "%1, required").arg(type);
    if (!defaultValue.isEmpty())
        return QCoreApplication::translate("Weir::CompletionEngine", "%1, default %2")
            .arg(type, defaultValue);
    return type;
}

CatalogOption CatalogOption::fromJson(const QJsonObject &object)
{
    CatalogOption option;
    option.key = object.value(QLatin1String("key")).toString();
    option.type = object.value(QLatin1String("type")).toString(QStringLiteral("String"));
    option.defaultValue = object.value(QLatin1String("default")).toString();
    option.required = object.value(QLatin1String("required")).toBool();
    option.description = object.value(QLatin1String("description")).toString();
    const QJsonArray values = object.value(QLatin1String("values")).toArray();
    for (const QJsonValue &value : values)
        option.values.append(value.toString());
    return option;
}

} // namespace Weir
