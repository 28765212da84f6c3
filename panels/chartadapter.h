#pragma once

#include "charts/axisrange.h"
#include "charts/chartframe.h"

#include <QList>
#include <QObject>
#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QChart;
class QPieSeries;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace Weir {

// Owns a QChart's series and axes and draws one ChartFrame per tick: QXYSeries::replace once
// per series (never a per-row append, no model mappers), bar sets and pie slices refilled, axes
// rescaled once (Y on nice numbers with hysteresis, X following the data) unless the user
// zoomed. Series are rebuilt only when the frame's shape (type, axis kind, series names)
// changes. GUI thread.
class ChartAdapter : public QObject
{
    Q_OBJECT

public:
    explicit ChartAdapter(QChart *chart, QObject *parent = nullptr);

    void apply(const std::shared_ptr<const ChartFrame> &frame);
    const ChartFrame &frame() const { return *m_frame; }
    QChart *chart() const { return m_chart; }

    // Light or dark colours; series are rebuilt in the theme's palette.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    // XY series drawn through OpenGL (off by default: must work offscreen, without a GPU).
    void setOpenGLEnabled(bool enabled);

    // While zoomed the axes keep the user's ranges and frames only refill the series.
    void setZoomed(bool zoomed);
    bool isZoomed() const { return m_zoomed; }
    // The X range on screen (axis units), for decimating to what is visible.
    bool visibleXRange(double *x0, double *x1) const;

    // "name\nX: …\nY: …" for the data point of series `series` nearest to `position`
    // (series coordinates); empty if there is none. Hover tooltips show it.
    QString describePoint(int series, const QPointF &position) const;
    QString xText(double x) const;

signals:
    // A tooltip to show at the cursor; empty to hide it.
    void tipChanged(const QString &text);

private:
    bool sameShape(const ChartFrame &frame) const;
    void rebuild(const ChartFrame &frame);
    void createAxes(const ChartFrame &frame);
    void fillXY(const ChartFrame &frame);
    void fillBars(const ChartFrame &frame);
    void fillPie(const ChartFrame &frame);
    void rescale(const ChartFrame &frame);
    void styleAxes();

    QChart *m_chart;
    std::shared_ptr<const ChartFrame> m_frame;
    QList<QXYSeries *> m_xy;
    QAbstractBarSeries *m_bars = nullptr;
    QPieSeries *m_pie = nullptr;
    QAbstractAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    AxisRange m_yRange;
    bool m_dark = false;
    bool m_openGL = false;
    bool m_zoomed = false;
    bool m_built = false;
};

} // namespace Weir
