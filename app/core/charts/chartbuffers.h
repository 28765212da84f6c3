#pragma once

#include "charts/chartcolumns.h"
#include "charts/chartframe.h"
#include "charts/seriesgrouper.h"
#include "results/resultsnapshot.h"

#include <QHash>
#include <QVector>
#include <vector>

namespace Weir {

// Which snapshot column is what: built from the settings and the result's columns.
struct ChartPlan
{
    // Store columns to snapshot, in this order: X (if any), the Ys, series-by (if any).
    QList<int> storeColumns;
    int x = -1; // snapshot column; -1: row order (table) / arrival time (changelog)
    QList<int> y;
    int by = -1;
    TypeRoot xRoot = TypeRoot::BigInt;
    QList<TypeRoot> yRoots;
    QList<int> yDecimals; // DECIMAL scale, else -1
    QStringList yNames;
    ChartAxisKind xKind = ChartAxisKind::Number;

    // Empty `y` if nothing in `columns` can be charted with `settings`.
    static ChartPlan make(const ChartSettings &settings, const QList<ColumnInfo> &columns);
};

// New rows for the buffers, cut on the GUI thread (a snapshot shares the store's pages).
struct ChartInput
{
    ResultSnapshot snapshot;
    QVector<qint64> arrivalMs; // changelog: per snapshot row
    bool replace = false;      // table: the snapshot is the whole state
};

// The chart's own per-series buffers (x, y as doubles; 16 bytes a point): rows of the result
// are parsed, grouped by series-by, kept sorted by x and trimmed to the sliding window.
// Owned by the chart pipeline and used by one worker job at a time.
class ChartBuffers
{
public:
    // A series never keeps more than this, window or not, so a changelog cannot grow unbounded.
    static constexpr qsizetype MaxPointsPerSeries = 2'000'000;

    struct Series
    {
        int group = 0;
        int yIndex = 0;
        std::vector<double> x;
        std::vector<double> y;
    };

    ChartBuffers(ChartSettings settings, ChartPlan plan);

    void ingest(const ChartInput &input);
    // Appends one point straight to a series (benchmarks and tests of the drawing path).
    void appendPoints(int group, int yIndex, const double *x, const double *y, qsizetype count);

    const ChartSettings &settings() const { return m_settings; }
    const ChartPlan &plan() const { return m_plan; }
    const std::vector<Series> &series() const { return m_series; }
    const SeriesGrouper &groups() const { return m_groups; }
    const QStringList &xCategories() const { return m_xCategories; }
    bool xIsTimeOfDay() const { return m_plan.xRoot == TypeRoot::Time && m_plan.x >= 0; }
    qint64 pointCount() const;
    // Bytes held by the buffers (capacity, not size).
    qint64 memoryBytes() const;

private:
    Series &seriesFor(int group, int yIndex);
    double xOf(const ResultSnapshot &s, const ChartInput &input, int row, qint64 rowNumber);
    void finish(Series &series);

    ChartSettings m_settings;
    ChartPlan m_plan;
    SeriesGrouper m_groups;
    std::vector<Series> m_series;
    QHash<qint64, int> m_seriesIndex; // group << 16 | yIndex → m_series
    QStringList m_xCategories;
    QHash<QString, int> m_xCategoryIndex;
    qint64 m_rowsSeen = 0; // row order of the changelog when X is the row
};

} // namespace Weir
