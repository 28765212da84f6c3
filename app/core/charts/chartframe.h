#pragma once

#include "charts/chartcolumns.h"
#include "charts/chartsettings.h"

#include <QList>
#include <QPointF>
#include <QStringList>
#include <limits>

namespace Weir {

// One decimated series of a frame.
struct ChartSeriesData
{
    QString name;
    bool others = false; // the "others" bucket of series-by
    // Digits after the point of a DECIMAL column (its scale), so values read back as Flink
    // wrote them; -1 for other types.
    int decimals = -1;
    // Sorted by x. Line/area/scatter: (x, y) with x in axis units (ms since the epoch for time);
    // bars: (category index, value); pie: (slice index, value).
    QList<QPointF> points;
};

// What a chart draws for one tick, computed on a worker from the chart's buffers and handed
// to the GUI thread whole: immutable once built. Value type; any thread.
struct ChartFrame
{
    quint64 generation = 0;
    ChartSettings settings;
    // Time for a time column or the changelog's arrival time; Number for a number or the
    // table's row order; Category for text.
    ChartAxisKind xKind = ChartAxisKind::Number;
    bool xIsTimeOfDay = false; // a TIME column: ms of the day, labelled without a date
    // Bar categories, pie slices, or the values of a category X axis.
    QStringList categories;
    QList<ChartSeriesData> series;
    // The range of all buffered data (not only the visible part); NaN when there is none.
    double xMin = std::numeric_limits<double>::quiet_NaN();
    double xMax = std::numeric_limits<double>::quiet_NaN();
    double yMin = std::numeric_limits<double>::quiet_NaN();
    double yMax = std::numeric_limits<double>::quiet_NaN();
    qint64 bufferedPoints = 0; // before decimation
    qint64 drawnPoints = 0;    // after

    bool isEmpty() const { return drawnPoints == 0; }
};

// What the frame is built for: the plot's width in pixels and, when zoomed, the visible x range.
struct ChartViewport
{
    int widthPx = 800;
    bool zoomed = false;
    double x0 = 0;
    double x1 = 0;
};

} // namespace Weir
