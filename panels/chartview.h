#pragma once

#include <QChartView>

namespace Weir {

// A QChartView that zooms with the mouse wheel (around the cursor) and a rubber band (drag a
// rectangle; right click zooms out) and says when the user zoomed, so that live ticks keep the
// user's ranges until reset. GUI thread.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

signals:
    // The user changed the visible range.
    void zoomed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace Weir
