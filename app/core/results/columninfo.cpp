#include "results/columninfo.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Weir {

ColumnInfo::ColumnInfo(QString name, ColumnType type, QString comment)
    : m_name(std::move(name)), m_type(std::move(type)), m_comment(std::move(comment))
{}

ColumnInfo ColumnInfo::fromJson(const QJsonObject &json)
{
    return ColumnInfo(json.value(QLatin1String("name")).toString(),
                      ColumnType::fromJson(json.value(QLatin1String("logicalType")).toObject()),
                      json.value(QLatin1String("comment")).toString());
}

QList<ColumnInfo> ColumnInfo::listFromJson(const QJsonArray &json)
{
    QList<ColumnInfo> columns;
    columns.reserve(json.size());
    for (const QJsonValue &value : json)
        columns.append(fromJson(value.toObject()));
    return columns;
}

} // namespace Weir
