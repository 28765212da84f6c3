#include "charts/chartsettings.h"

#include <QJsonArray>

namespace Weir {

namespace {

struct TypeName
{
    ChartType type;
    const char *name;
};
constexpr TypeName kTypes[] = {
    {ChartType::Line, "line"},       {ChartType::Area, "area"},
    {ChartType::Bar, "bar"},         {ChartType::StackedBar, "stacked-bar"},
    {ChartType::Scatter, "scatter"}, {ChartType::Pie, "pie"},
};

} // namespace

QString ChartSettings::typeName(ChartType type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return QLatin1String(t.name);
    }
    return QStringLiteral("line");
}

ChartType ChartSettings::typeFromName(const QString &name, ChartType fallback)
{
    for (const TypeName &t : kTypes) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return fallback;
}

QJsonObject ChartSettings::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), typeName(type));
    json.insert(QStringLiteral("source"), source == ChartSource::Changelog
                                              ? QStringLiteral("changelog")
                                              : QStringLiteral("table"));
    json.insert(QStringLiteral("x"), xColumn);
    json.insert(QStringLiteral("y"), QJsonArray::fromStringList(yColumns));
    json.insert(QStringLiteral("seriesBy"), seriesBy);
    json.insert(QStringLiteral("maxSeries"), maxSeries);
    json.insert(QStringLiteral("windowPoints"), windowPoints);
    json.insert(QStringLiteral("windowSeconds"), windowSeconds);
    json.insert(QStringLiteral("configured"), configured);
    return json;
}

ChartSettings ChartSettings::fromJson(const QJsonObject &json)
{
    ChartSettings s;
    s.type = typeFromName(json.value(QLatin1String("type")).toString(), s.type);
    s.source = json.value(QLatin1String("source")).toString() == QLatin1String("changelog")
                   ? ChartSource::Changelog
                   : ChartSource::Table;
    s.xColumn = json.value(QLatin1String("x")).toString();
    for (const QJsonValue &y : json.value(QLatin1String("y")).toArray())
        s.yColumns.append(y.toString());
    s.seriesBy = json.value(QLatin1String("seriesBy")).toString();
    s.maxSeries = qBound(1, json.value(QLatin1String("maxSeries")).toInt(s.maxSeries), 50);
    s.windowPoints = qMax(0, json.value(QLatin1String("windowPoints")).toInt());
    s.windowSeconds = qMax(0, json.value(QLatin1String("windowSeconds")).toInt());
    s.configured = json.value(QLatin1String("configured")).toBool();
    return s;
}

bool operator==(const ChartSettings &a, const ChartSettings &b)
{
    return a.type == b.type && a.source == b.source && a.xColumn == b.xColumn &&
           a.yColumns == b.yColumns && a.seriesBy == b.seriesBy && a.maxSeries == b.maxSeries &&
           a.windowPoints == b.windowPoints && a.windowSeconds == b.windowSeconds &&
           a.configured == b.configured;
}

} // namespace Weir
