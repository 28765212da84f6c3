#include "chartadapter.h"

#include "charts/chartframebuilder.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Weir {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qsizetype kDensePoints = 1000;

// A qualitative palette (Tableau 10), brightened for dark backgrounds: neighbouring series get
// clearly different hues in both themes, unlike the charts module's monochrome pie palettes.
QColor seriesColor(qsizetype index, bool dark)
{
    static const QRgb light[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    static const QRgb bright[] = {0x5fa8e8, 0xffa54d, 0x63c963, 0xf06b68, 0xb792e0,
                                  0xc79a8b, 0xf29ad8, 0xb4b4b4, 0xdede5a, 0x4fd6e6};
    const qsizetype i = index % 10;
    return QColor(dark ? bright[i] : light[i]);
}

// DECIMALs with their scale, so the tooltip reads like the grid; 15 digits round-trip the
// decimal text of a double.
QString valueText(double v, int decimals = -1)
{
    return decimals >= 0 && decimals <= 15 ? QString::number(v, 'f', decimals)
                                           : QString::number(v, 'g', 15);
}

} // namespace

ChartAdapter::ChartAdapter(QChart *chart, QObject *parent)
    : QObject(parent), m_chart(chart), m_frame(std::make_shared<const ChartFrame>())
{
    m_chart->setAnimationOptions(QChart::NoAnimation); // live data: animations would lag
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setDark(false);
}

void ChartAdapter::setDark(bool dark)
{
    m_dark = dark;
    // The theme recolours series; rebuild so every series gets the theme's palette in order.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
    m_chart->legend()->setLabelColor(dark ? QColor(0xdc, 0xdf, 0xe4) : QColor(0x20, 0x20, 0x20));
    m_built = false;
    apply(m_frame);
}

void ChartAdapter::setOpenGLEnabled(bool enabled)
{
    m_openGL = enabled;
    for (QXYSeries *series : std::as_const(m_xy))
        series->setUseOpenGL(enabled);
}

void ChartAdapter::setZoomed(bool zoomed)
{
    m_zoomed = zoomed;
    if (!zoomed) {
        m_yRange.reset();
        rescale(*m_frame);
    }
}

bool ChartAdapter::visibleXRange(double *x0, double *x1) const
{
    if (auto *axis = qobject_cast<QValueAxis *>(m_x)) {
        *x0 = axis->min();
        *x1 = axis->max();
        return true;
    }
    if (auto *axis = qobject_cast<QDateTimeAxis *>(m_x)) {
        *x0 = double(axis->min().toMSecsSinceEpoch());
        *x1 = double(axis->max().toMSecsSinceEpoch());
        return true;
    }
    return false;
}

bool ChartAdapter::sameShape(const ChartFrame &frame) const
{
    const ChartFrame &old = *m_frame;
    if (!m_built || old.settings.type != frame.settings.type || old.xKind != frame.xKind ||
        old.series.size() != frame.series.size())
        return false;
    for (qsizetype i = 0; i < frame.series.size(); ++i) {
        if (old.series.at(i).name != frame.series.at(i).name)
            return false;
    }
    return true;
}

void ChartAdapter::apply(const std::shared_ptr<const ChartFrame> &frame)
{
    if (!frame)
        return;
    if (!sameShape(*frame))
        rebuild(*frame);
    m_frame = frame;
    switch (frame->settings.type) {
    case ChartType::Bar:
    case ChartType::StackedBar:
        fillBars(*frame);
        break;
    case ChartType::Pie:
        fillPie(*frame);
        break;
    default:
        fillXY(*frame);
        break;
    }
    rescale(*frame);
}

void ChartAdapter::rebuild(const ChartFrame &frame)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_xy.clear();
    m_bars = nullptr;
    m_pie = nullptr;
    m_x = nullptr;
    m_y = nullptr;
    m_yRange.reset();
    m_built = true;
    const ChartType type = frame.settings.type;
    if (frame.series.isEmpty()) {
        m_chart->legend()->setVisible(false);
        return;
    }
    if (type == ChartType::Pie) {
        m_pie = new QPieSeries(m_chart);
        m_pie->setPieSize(0.7);
        m_chart->addSeries(m_pie);
        m_chart->legend()->setVisible(true);
        m_chart->legend()->setAlignment(Qt::AlignRight);
        return;
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(frame.series.size() > 1);
    if (type == ChartType::Bar || type == ChartType::StackedBar) {
        m_bars = type == ChartType::Bar ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                        : new QStackedBarSeries;
        for (qsizetype i = 0; i < frame.series.size(); ++i) {
            auto *set = new QBarSet(frame.series.at(i).name);
            set->setColor(seriesColor(i, m_dark));
            set->setBorderColor(seriesColor(i, m_dark));
            connect(set, &QBarSet::hovered, this, [this, set, i](bool status, int index) {
                emit tipChanged(status ? QStringLiteral("%1\n%2: %3")
                                             .arg(set->label(),
                                                  m_frame->categories.value(index),
                                                  valueText(set->at(index),
                                                            m_frame->series.value(i).decimals))
                                       : QString());
            });
            m_bars->append(set);
        }
        m_chart->addSeries(m_bars);
        createAxes(frame);
        return;
    }
    for (qsizetype i = 0; i < frame.series.size(); ++i) {
        QXYSeries *xy = nullptr;
        QAbstractSeries *added = nullptr;
        if (type == ChartType::Scatter) {
            auto *scatter = new QScatterSeries;
            scatter->setMarkerSize(7);
            scatter->setBorderColor(Qt::transparent);
            xy = scatter;
            added = scatter;
        } else if (type == ChartType::Area) {
            auto *upper = new QLineSeries;
            auto *area = new QAreaSeries(upper);
            xy = upper;
            added = area;
            connect(area, &QAreaSeries::hovered, this, [this, i](const QPointF &p, bool state) {
                emit tipChanged(state ? describePoint(int(i), p) : QString());
            });
        } else {
            xy = new QLineSeries;
            added = xy;
        }
        added->setName(frame.series.at(i).name);
        xy->setUseOpenGL(m_openGL);
        if (xy == added) {
            connect(xy, &QXYSeries::hovered, this, [this, i](const QPointF &p, bool state) {
                emit tipChanged(state ? describePoint(int(i), p) : QString());
            });
        }
        m_chart->addSeries(added);
        const QColor color = seriesColor(i, m_dark);
        if (auto *area = qobject_cast<QAreaSeries *>(added)) {
            // Translucent fills so that overlapping areas stay readable; the legend shows the
            // full colour.
            QPen pen(color, 2);
            area->setPen(pen);
            QColor fill = color;
            fill.setAlpha(60);
            area->setColor(fill);
            area->setBorderColor(color);
            for (QLegendMarker *marker : m_chart->legend()->markers(area))
                marker->setBrush(color);
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(added)) {
            scatter->setColor(color);
        } else {
            xy->setPen(QPen(color, 2));
        }
        m_xy.append(xy);
    }
    createAxes(frame);
}

void ChartAdapter::createAxes(const ChartFrame &frame)
{
    const bool bars = m_bars != nullptr;
    if (bars || frame.xKind == ChartAxisKind::Category) {
        auto *axis = new QBarCategoryAxis;
        m_x = axis;
    } else if (frame.xKind == ChartAxisKind::Time) {
        auto *axis = new QDateTimeAxis;
        axis->setTickCount(6);
        m_x = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        m_x = axis;
    }
    m_y = new QValueAxis;
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_x->setTitleText(frame.settings.xColumn);
    m_y->setTitleText(frame.series.size() == 1 || frame.settings.yColumns.size() == 1
                          ? frame.settings.yColumns.value(0)
                          : QString());
    styleAxes();
}

void ChartAdapter::styleAxes()
{
    const QColor text = m_dark ? QColor(0xdc, 0xdf, 0xe4) : QColor(0x30, 0x30, 0x30);
    const QColor grid = m_dark ? QColor(0x3a, 0x3d, 0x42) : QColor(0xe2, 0xe4, 0xe8);
    for (QAbstractAxis *axis : {m_x, static_cast<QAbstractAxis *>(m_y)}) {
        if (!axis)
            continue;
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid.darker(130));
    }
}

void ChartAdapter::fillXY(const ChartFrame &frame)
{
    for (qsizetype i = 0; i < m_xy.size() && i < frame.series.size(); ++i) {
        QXYSeries *series = m_xy.at(i);
        const QList<QPointF> &points = frame.series.at(i).points;
        // Dense lines: a 1 px cosmetic pen takes the raster engine's fast path; a 2 px pen goes
        // through the path stroker, several times slower for thousands of points.
        if (frame.settings.type != ChartType::Scatter) {
            const qreal width = points.size() > kDensePoints ? 1 : 2;
            if (series->pen().widthF() != width) {
                QPen pen = series->pen();
                pen.setWidthF(width);
                pen.setCosmetic(true);
                series->setPen(pen);
            }
        }
        series->replace(points); // once per series and tick
    }
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_x)) {
        if (axis->categories() != frame.categories)
            axis->setCategories(frame.categories);
    }
}

void ChartAdapter::fillBars(const ChartFrame &frame)
{
    if (!m_bars)
        return;
    const QList<QBarSet *> sets = m_bars->barSets();
    for (qsizetype i = 0; i < sets.size() && i < frame.series.size(); ++i) {
        QBarSet *set = sets.at(i);
        const QList<QPointF> &points = frame.series.at(i).points;
        if (set->count() != points.size()) {
            set->remove(0, set->count());
            QList<qreal> values;
            values.reserve(points.size());
            for (const QPointF &p : points)
                values.append(p.y());
            set->append(values);
        } else {
            for (qsizetype j = 0; j < points.size(); ++j) {
                if (set->at(j) != points.at(j).y())
                    set->replace(j, points.at(j).y());
            }
        }
    }
    auto *axis = qobject_cast<QBarCategoryAxis *>(m_x);
    if (axis && axis->categories() != frame.categories) {
        axis->setCategories(frame.categories);
        // Many time labels do not fit side by side.
        axis->setLabelsAngle(frame.categories.size() > 8 ? -60 : 0);
    }
}

void ChartAdapter::fillPie(const ChartFrame &frame)
{
    if (!m_pie || frame.series.isEmpty())
        return;
    m_pie->clear();
    double total = 0;
    for (const QPointF &p : frame.series.first().points)
        total += p.y();
    for (const QPointF &p : frame.series.first().points) {
        const QString label = frame.categories.value(int(p.x()));
        QPieSlice *slice = m_pie->append(label, p.y());
        slice->setColor(seriesColor(m_pie->count() - 1, m_dark));
        slice->setBorderColor(m_dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
        slice->setLabelVisible(p.y() / total >= 0.04);
        slice->setLabel(QStringLiteral("%1 (%2%)").arg(label).arg(p.y() * 100 / total, 0, 'f', 1));
        slice->setLabelColor(m_dark ? QColor(0xdc, 0xdf, 0xe4) : QColor(0x20, 0x20, 0x20));
        const QString value = valueText(p.y(), frame.series.first().decimals);
        connect(slice, &QPieSlice::hovered, this, [this, label, value](bool state) {
            emit tipChanged(state ? QStringLiteral("%1: %2").arg(label, value)
                                  : QString());
        });
    }
}

void ChartAdapter::rescale(const ChartFrame &frame)
{
    if (!m_y || !m_x || m_zoomed)
        return;
    const ChartType type = frame.settings.type;
    const bool fromZero =
        type == ChartType::Area || type == ChartType::Bar || type == ChartType::StackedBar;
    if (!std::isnan(frame.yMin) && m_yRange.update(frame.yMin, frame.yMax, fromZero)) {
        m_y->setRange(m_yRange.min(), m_yRange.max());
        m_y->setTickCount(m_yRange.tickCount());
        const int decimals = m_yRange.step() >= 1
                                 ? 0
                                 : qMin(9, int(std::ceil(-std::log10(m_yRange.step()) - 1e-9)));
        m_y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) +
                            QStringLiteral("f"));
    }
    if (std::isnan(frame.xMin))
        return;
    double x0 = frame.xMin, x1 = frame.xMax;
    if (auto *axis = qobject_cast<QDateTimeAxis *>(m_x)) {
        if (x1 <= x0) {
            x0 -= 1000;
            x1 += 1000;
        }
        // Ticks on round clock times: the range snaps to whole steps of local time.
        const double step = AxisRange::niceTimeStep(x1 - x0);
        const double offset =
            QDateTime::fromMSecsSinceEpoch(qint64(x0)).offsetFromUtc() * 1000.0;
        x0 = std::floor((x0 + offset) / step) * step - offset;
        x1 = std::ceil((x1 + offset) / step) * step - offset;
        if (x1 <= x0)
            x1 = x0 + step;
        QString format = frame.xIsTimeOfDay || x1 - x0 < kDayMs ? QStringLiteral("HH:mm:ss")
                                                                : QStringLiteral("MM-dd HH:mm");
        if (step < 1000)
            format += QStringLiteral(".zzz");
        axis->setFormat(format);
        axis->setTickCount(qBound(2, int(std::lround((x1 - x0) / step)) + 1, 13));
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0)),
                       QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    } else if (auto *axis = qobject_cast<QValueAxis *>(m_x)) {
        if (x1 <= x0) {
            x0 -= 1;
            x1 += 1;
        }
        axis->setRange(x0, x1);
    }
}

QString ChartAdapter::xText(double x) const
{
    const ChartFrame &f = *m_frame;
    if (f.xKind == ChartAxisKind::Category || m_bars)
        return f.categories.value(qRound(x));
    return ChartFrameBuilder::xLabel(x, f.xKind, f.xIsTimeOfDay, true);
}

QString ChartAdapter::describePoint(int series, const QPointF &position) const
{
    const ChartFrame &f = *m_frame;
    if (series < 0 || series >= f.series.size())
        return QString();
    const QList<QPointF> &points = f.series.at(series).points;
    if (points.isEmpty())
        return QString();
    auto it = std::lower_bound(points.cbegin(), points.cend(), position.x(),
                               [](const QPointF &p, double x) { return p.x() < x; });
    if (it == points.cend() ||
        (it != points.cbegin() && position.x() - (it - 1)->x() < it->x() - position.x()))
        --it;
    const QString xName = f.settings.xColumn.isEmpty() ? tr("X") : f.settings.xColumn;
    return QStringLiteral("%1\n%2: %3\n%4")
        .arg(f.series.at(series).name, xName, xText(it->x()),
             valueText(it->y(), f.series.at(series).decimals));
}

} // namespace Weir
