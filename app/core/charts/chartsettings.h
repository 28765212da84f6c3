#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Weir {

enum class ChartType : quint8 { Line, Area, Bar, StackedBar, Scatter, Pie };
// What the chart reads: the materialized table (the current state) or the changelog (values
// over arrival time; retractions are not drawn).
enum class ChartSource : quint8 { Table, Changelog };

// How one result is charted: type, columns (by name, so they survive a re-run of the script),
// source and sliding window. Remembered with the script as JSON. Value type; any thread.
struct ChartSettings
{
    static constexpr int DefaultMaxSeries = 8;

    ChartType type = ChartType::Line;
    ChartSource source = ChartSource::Table;
    // Empty: the row order of the table, or the arrival time of the changelog.
    QString xColumn;
    QStringList yColumns;
    // Empty: no grouping. Else one series per distinct value, the rest in an "others" series.
    QString seriesBy;
    int maxSeries = DefaultMaxSeries;
    // Sliding window; 0 = off. Seconds apply to a time (or arrival time) X axis.
    int windowPoints = 0;
    int windowSeconds = 0;
    // False until the user or the defaults chose columns.
    bool configured = false;

    QJsonObject toJson() const;
    // Unknown or missing keys keep their defaults.
    static ChartSettings fromJson(const QJsonObject &json);

    static QString typeName(ChartType type);
    static ChartType typeFromName(const QString &name, ChartType fallback = ChartType::Line);

    friend bool operator==(const ChartSettings &a, const ChartSettings &b);
    friend bool operator!=(const ChartSettings &a, const ChartSettings &b) { return !(a == b); }
};

} // namespace Weir
