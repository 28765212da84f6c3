#include "charts/chartframebuilder.h"

#include "charts/decimator.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace Weir {

namespace {

using Series = ChartBuffers::Series;

// x and y of a series, with equal x summed: the "others" bucket holds several keys' values.
struct Merged
{
    std::vector<double> x;
    std::vector<double> y;
};

Merged mergeEqualX(const Series &s)
{
    Merged m;
    for (size_t i = 0; i < s.x.size(); ++i) {
        if (std::isnan(s.y[i]))
            continue;
        if (!m.x.empty() && m.x.back() == s.x[i]) {
            m.y.back() += s.y[i];
        } else {
            m.x.push_back(s.x[i]);
            m.y.push_back(s.y[i]);
        }
    }
    return m;
}

// The last value at exactly `x`, NaN if the series has none there.
double valueAt(const Series &s, double x)
{
    auto it = std::upper_bound(s.x.begin(), s.x.end(), x);
    while (it != s.x.begin()) {
        --it;
        if (*it != x)
            break;
        const double y = s.y[size_t(it - s.x.begin())];
        if (!std::isnan(y))
            return y;
    }
    return std::nan("");
}

double lastValue(const Series &s)
{
    for (size_t i = s.y.size(); i-- > 0;) {
        if (!std::isnan(s.y[i]))
            return s.y[i];
    }
    return std::nan("");
}

void growY(ChartFrame &f, double y)
{
    if (std::isnan(y))
        return;
    f.yMin = std::isnan(f.yMin) ? y : qMin(f.yMin, y);
    f.yMax = std::isnan(f.yMax) ? y : qMax(f.yMax, y);
}

} // namespace

QString ChartFrameBuilder::xLabel(double x, ChartAxisKind kind, bool timeOfDay, bool withDate)
{
    if (kind != ChartAxisKind::Time)
        return QString::number(x, 'g', 12);
    const QDateTime t = timeOfDay ? QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC)
                                  : QDateTime::fromMSecsSinceEpoch(qint64(x));
    const bool millis = qint64(x) % 1000 != 0;
    QString format = withDate && !timeOfDay ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                            : QStringLiteral("HH:mm:ss");
    if (millis)
        format += QStringLiteral(".zzz");
    return t.toString(format);
}

ChartFrame ChartFrameBuilder::build(const ChartBuffers &buffers, const ChartViewport &viewport,
                                    quint64 generation)
{
    ChartFrame f;
    f.generation = generation;
    f.settings = buffers.settings();
    f.xKind = buffers.plan().xKind;
    f.xIsTimeOfDay = buffers.xIsTimeOfDay();
    f.bufferedPoints = buffers.pointCount();

    // Series in group order (first-seen keys, others last), then Y column order.
    const std::vector<Series> &all = buffers.series();
    std::vector<const Series *> ordered;
    for (const Series &s : all)
        ordered.push_back(&s);
    std::sort(ordered.begin(), ordered.end(), [](const Series *a, const Series *b) {
        return a->group != b->group ? a->group < b->group : a->yIndex < b->yIndex;
    });
    const SeriesGrouper &groups = buffers.groups();
    const QStringList &yNames = buffers.plan().yNames;
    const bool grouped = buffers.plan().by >= 0;
    const auto nameOf = [&](const Series &s) {
        QString group;
        if (grouped)
            group = s.group == groups.othersIndex() ? tr("Others (%n values)", nullptr,
                                                         groups.othersCount())
                                                    : groups.keys().value(s.group);
        if (!grouped)
            return yNames.value(s.yIndex);
        return yNames.size() > 1 ? group + QStringLiteral(" · ") + yNames.value(s.yIndex)
                                 : group;
    };
    for (const Series *s : ordered) {
        if (s->x.empty())
            continue;
        f.xMin = std::isnan(f.xMin) ? s->x.front() : qMin(f.xMin, s->x.front());
        f.xMax = std::isnan(f.xMax) ? s->x.back() : qMax(f.xMax, s->x.back());
    }

    const ChartType type = f.settings.type;
    if (type == ChartType::Line || type == ChartType::Area || type == ChartType::Scatter) {
        if (f.xKind == ChartAxisKind::Category)
            f.categories = buffers.xCategories();
        const double x0 = viewport.zoomed ? viewport.x0 : f.xMin;
        const double x1 = viewport.zoomed ? viewport.x1 : f.xMax;
        // The GUI thread's cost grows with the points of all series (QtCharts strokes every
        // line for its hover shape), so the series share one budget of buckets: a single series
        // gets one a pixel, five get one every five pixels (extremes are kept either way).
        const int buckets =
            qMax(MinBuckets, viewport.widthPx / qMax(1, int(ordered.size())));
        for (const Series *s : ordered) {
            ChartSeriesData data;
            data.name = nameOf(*s);
            data.decimals = buffers.plan().yDecimals.value(s->yIndex, -1);
            data.others = grouped && s->group == groups.othersIndex();
            if (data.others) {
                const Merged m = mergeEqualX(*s);
                data.points = Decimator::minMax(m.x.data(), m.y.data(), qsizetype(m.x.size()),
                                                x0, x1, buckets);
            } else {
                data.points = Decimator::minMax(s->x.data(), s->y.data(), qsizetype(s->x.size()),
                                                x0, x1, buckets);
            }
            for (const QPointF &p : std::as_const(data.points))
                growY(f, p.y());
            f.drawnPoints += data.points.size();
            f.series.append(data);
        }
        return f;
    }

    // Bars and pies: one value per (series, category), the latest at that x.
    std::vector<double> xs;
    for (const Series *s : ordered)
        xs.insert(xs.end(), s->x.begin(), s->x.end());
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    const bool pieBySeries = type == ChartType::Pie && ordered.size() > 1;
    if (type != ChartType::Pie && xs.size() > size_t(MaxBarCategories)) {
        // A category axis shows its first categories (stable); a time or number axis its latest.
        if (f.xKind == ChartAxisKind::Category)
            xs.resize(size_t(MaxBarCategories));
        else
            xs.erase(xs.begin(), xs.end() - MaxBarCategories);
    }
    const bool withDate = !std::isnan(f.xMin) &&
                          QDateTime::fromMSecsSinceEpoch(qint64(f.xMin)).date() !=
                              QDateTime::fromMSecsSinceEpoch(qint64(f.xMax)).date();
    const auto label = [&](double x) {
        return f.xKind == ChartAxisKind::Category
                   ? buffers.xCategories().value(int(x))
                   : xLabel(x, f.xKind, f.xIsTimeOfDay, withDate);
    };

    if (type == ChartType::Pie) {
        ChartSeriesData pie;
        pie.name = yNames.value(0);
        pie.decimals = buffers.plan().yDecimals.value(0, -1);
        QList<QPair<QString, double>> slices;
        if (pieBySeries) {
            for (const Series *s : ordered)
                slices.append({nameOf(*s), lastValue(*s)});
        } else if (!ordered.empty()) {
            for (double x : xs)
                slices.append({label(x), valueAt(*ordered.front(), x)});
            std::stable_sort(slices.begin(), slices.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            if (slices.size() > MaxPieSlices) {
                double rest = 0;
                for (qsizetype i = MaxPieSlices - 1; i < slices.size(); ++i)
                    rest += std::isnan(slices.at(i).second) ? 0 : slices.at(i).second;
                const qsizetype others = slices.size() - (MaxPieSlices - 1);
                slices.resize(MaxPieSlices - 1);
                slices.append({tr("Others (%n values)", nullptr, int(others)), rest});
            }
        }
        for (const auto &slice : std::as_const(slices)) {
            if (std::isnan(slice.second) || slice.second <= 0)
                continue; // a pie cannot show it
            pie.points.append(QPointF(f.categories.size(), slice.second));
            f.categories.append(slice.first);
            growY(f, slice.second);
        }
        f.drawnPoints = pie.points.size();
        f.series.append(pie);
        return f;
    }

    for (double x : xs)
        f.categories.append(label(x));
    std::vector<double> stackPos(xs.size(), 0), stackNeg(xs.size(), 0);
    for (const Series *s : ordered) {
        ChartSeriesData data;
        data.name = nameOf(*s);
        data.decimals = buffers.plan().yDecimals.value(s->yIndex, -1);
        data.others = grouped && s->group == groups.othersIndex();
        const Merged merged = data.others ? mergeEqualX(*s) : Merged();
        Series summed;
        if (data.others) {
            summed.x = merged.x;
            summed.y = merged.y;
        }
        const Series &source = data.others ? summed : *s;
        for (size_t i = 0; i < xs.size(); ++i) {
            double v = valueAt(source, xs[i]);
            if (std::isnan(v))
                v = 0;
            data.points.append(QPointF(double(i), v));
            (v >= 0 ? stackPos[i] : stackNeg[i]) += v;
            if (type == ChartType::Bar)
                growY(f, v);
        }
        f.drawnPoints += data.points.size();
        f.series.append(data);
    }
    if (type == ChartType::StackedBar) {
        for (size_t i = 0; i < xs.size(); ++i) {
            growY(f, stackPos[i]);
            growY(f, stackNeg[i]);
        }
    }
    return f;
}

} // namespace Weir
