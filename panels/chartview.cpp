#include "chartview.h"

#include <QChart>
#include <QWheelEvent>

namespace Weir {

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (!plot.contains(at) || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    // Zoom by 20% a notch, keeping the point under the cursor in place.
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    QRectF area(0, 0, plot.width() * factor, plot.height() * factor);
    area.moveLeft(at.x() - (at.x() - plot.left()) * factor);
    area.moveTop(at.y() - (at.y() - plot.top()) * factor);
    chart()->zoomIn(area);
    event->accept();
    emit zoomed();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView applies the rubber band (or a right-click zoom-out) on release.
    const bool zoom = event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
    QChartView::mouseReleaseEvent(event);
    if (zoom && chart()->isZoomed())
        emit zoomed();
}

} // namespace Weir
