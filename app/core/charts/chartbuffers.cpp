#include "charts/chartbuffers.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Weir {

ChartPlan ChartPlan::make(const ChartSettings &settings, const QList<ColumnInfo> &columns)
{
    ChartPlan plan;
    plan.xKind = settings.source == ChartSource::Changelog ? ChartAxisKind::Time
                                                            : ChartAxisKind::Number;
    const int x = ChartColumns::indexOf(columns, settings.xColumn);
    if (x >= 0) {
        plan.x = int(plan.storeColumns.size());
        plan.storeColumns.append(x);
        plan.xRoot = columns.at(x).type().root();
        plan.xKind = ChartColumns::kindOf(columns.at(x).type());
    }
    for (const QString &name : settings.yColumns) {
        const int y = ChartColumns::indexOf(columns, name);
        if (y < 0 || ChartColumns::kindOf(columns.at(y).type()) != ChartAxisKind::Number)
            continue;
        plan.y.append(int(plan.storeColumns.size()));
        plan.storeColumns.append(y);
        plan.yRoots.append(columns.at(y).type().root());
        plan.yDecimals.append(columns.at(y).type().root() == TypeRoot::Decimal
                                  ? columns.at(y).type().scale()
                                  : -1);
        plan.yNames.append(name);
    }
    const int by = ChartColumns::indexOf(columns, settings.seriesBy);
    if (by >= 0 && !plan.y.isEmpty()) {
        plan.by = int(plan.storeColumns.size());
        plan.storeColumns.append(by);
    }
    return plan;
}

ChartBuffers::ChartBuffers(ChartSettings settings, ChartPlan plan)
    : m_settings(std::move(settings)), m_plan(std::move(plan)), m_groups(m_settings.maxSeries)
{
}

ChartBuffers::Series &ChartBuffers::seriesFor(int group, int yIndex)
{
    const qint64 key = (qint64(group) << 16) | yIndex;
    const auto it = m_seriesIndex.constFind(key);
    if (it != m_seriesIndex.constEnd())
        return m_series[size_t(it.value())];
    m_seriesIndex.insert(key, int(m_series.size()));
    Series series;
    series.group = group;
    series.yIndex = yIndex;
    m_series.push_back(std::move(series));
    return m_series.back();
}

double ChartBuffers::xOf(const ResultSnapshot &s, const ChartInput &input, int row,
                         qint64 rowNumber)
{
    if (m_plan.x < 0) {
        return m_settings.source == ChartSource::Changelog ? double(input.arrivalMs.value(row))
                                                           : double(rowNumber);
    }
    if (s.isNull(row, m_plan.x))
        return std::nan("");
    const QStringView text = s.text(row, m_plan.x);
    if (m_plan.xKind != ChartAxisKind::Category)
        return ChartColumns::toNumber(text, m_plan.xRoot);
    const QString key = text.toString();
    const auto it = m_xCategoryIndex.constFind(key);
    if (it != m_xCategoryIndex.constEnd())
        return it.value();
    const int index = int(m_xCategories.size());
    m_xCategories.append(key);
    m_xCategoryIndex.insert(key, index);
    return index;
}

void ChartBuffers::ingest(const ChartInput &input)
{
    if (input.replace) {
        for (Series &series : m_series) {
            series.x.clear();
            series.y.clear();
        }
    }
    const ResultSnapshot &s = input.snapshot;
    const int ny = int(m_plan.y.size());
    const bool changelog = m_settings.source == ChartSource::Changelog;
    // Series of this group resolved once per group switch, not per value.
    int lastGroup = -1;
    std::vector<size_t> targets(size_t(ny), 0); // indices: seriesFor() may grow m_series
    for (int row = 0; row < s.rowCount(); ++row) {
        const qint64 rowNumber = input.replace ? row : m_rowsSeen + row;
        if (changelog) {
            const RowKind kind = s.kind(row);
            if (kind == RowKind::UpdateBefore || kind == RowKind::Delete)
                continue; // an old value going away; the chart shows what arrived
        }
        const double x = xOf(s, input, row, rowNumber);
        if (std::isnan(x))
            continue;
        int group = 0;
        if (m_plan.by >= 0) {
            group = m_groups.groupOf(s.isNull(row, m_plan.by)
                                         ? QStringLiteral("NULL")
                                         : s.text(row, m_plan.by).toString());
        }
        if (group != lastGroup) {
            for (int i = 0; i < ny; ++i)
                targets[size_t(i)] = size_t(&seriesFor(group, i) - m_series.data());
            lastGroup = group;
        }
        for (int i = 0; i < ny; ++i) {
            const int column = m_plan.y.at(i);
            const double y = s.isNull(row, column)
                                 ? std::nan("")
                                 : ChartColumns::toNumber(s.text(row, column), m_plan.yRoots.at(i));
            Series &target = m_series[targets[size_t(i)]];
            target.x.push_back(x);
            target.y.push_back(y);
        }
    }
    if (!input.replace)
        m_rowsSeen += s.rowCount();
    for (Series &series : m_series)
        finish(series);
}

void ChartBuffers::appendPoints(int group, int yIndex, const double *x, const double *y,
                                qsizetype count)
{
    Series &series = seriesFor(group, yIndex);
    series.x.insert(series.x.end(), x, x + count);
    series.y.insert(series.y.end(), y, y + count);
    finish(series);
}

void ChartBuffers::finish(Series &series)
{
    if (!std::is_sorted(series.x.begin(), series.x.end())) {
        // Stable, so equal x keep their arrival order (the latest value is the last).
        std::vector<qsizetype> order(series.x.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return series.x[a] < series.x[b]; });
        std::vector<double> x(order.size()), y(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            x[i] = series.x[size_t(order[i])];
            y[i] = series.y[size_t(order[i])];
        }
        series.x.swap(x);
        series.y.swap(y);
    }
    size_t drop = 0;
    const size_t n = series.x.size();
    const qsizetype cap = m_settings.windowPoints > 0
                              ? qMin<qsizetype>(m_settings.windowPoints, MaxPointsPerSeries)
                              : MaxPointsPerSeries;
    if (qsizetype(n) > cap)
        drop = n - size_t(cap);
    if (m_settings.windowSeconds > 0 && m_plan.xKind == ChartAxisKind::Time && n > 0) {
        const double from = series.x.back() - m_settings.windowSeconds * 1000.0;
        drop = qMax(drop, size_t(std::lower_bound(series.x.begin(), series.x.end(), from) -
                                 series.x.begin()));
    }
    if (drop > 0) {
        series.x.erase(series.x.begin(), series.x.begin() + qsizetype(drop));
        series.y.erase(series.y.begin(), series.y.begin() + qsizetype(drop));
    }
}

qint64 ChartBuffers::pointCount() const
{
    qint64 n = 0;
    for (const Series &series : m_series)
        n += qint64(series.x.size());
    return n;
}

qint64 ChartBuffers::memoryBytes() const
{
    qint64 bytes = qint64(sizeof(ChartBuffers)) + qint64(m_series.capacity() * sizeof(Series));
    for (const Series &series : m_series)
        bytes += qint64((series.x.capacity() + series.y.capacity()) * sizeof(double));
    return bytes;
}

} // namespace Weir
