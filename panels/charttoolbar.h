#pragma once

#include "charts/chartsettings.h"
#include "results/columninfo.h"

#include <QWidget>

class QComboBox;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Weir {

// The chart's controls: type, X column, Y columns (a multi-choice menu), series-by, source
// (table / changelog), sliding window (N points, T seconds), pause, zoom reset and export.
// Edits the ChartSettings value it shows and says so; owns no chart state. GUI thread.
class ChartToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit ChartToolbar(QWidget *parent = nullptr);

    // The result's columns the choices are made from.
    void setColumns(const QList<ColumnInfo> &columns);
    // Shows `settings` without emitting settingsEdited().
    void setSettings(const ChartSettings &settings);
    const ChartSettings &settings() const { return m_settings; }
    void setPaused(bool paused);

    QComboBox *typeBox() const { return m_type; }
    QComboBox *xBox() const { return m_x; }
    QPushButton *yButton() const { return m_y; }
    QComboBox *seriesByBox() const { return m_seriesBy; }
    QComboBox *sourceBox() const { return m_source; }
    QSpinBox *pointsBox() const { return m_points; }
    QSpinBox *secondsBox() const { return m_seconds; }
    QToolButton *pauseButton() const { return m_pause; }

signals:
    void settingsEdited(const ChartSettings &settings);
    void pauseToggled(bool paused);
    void resetZoomRequested();
    void exportPngRequested();
    void exportSvgRequested();
    void copyRequested();

private:
    void refill();
    void edited();
    void updateYText();

    QList<ColumnInfo> m_columns;
    ChartSettings m_settings;
    bool m_filling = false;
    QComboBox *m_type = nullptr;
    QComboBox *m_x = nullptr;
    QPushButton *m_y = nullptr;
    QMenu *m_yMenu = nullptr;
    QComboBox *m_seriesBy = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_points = nullptr;
    QSpinBox *m_seconds = nullptr;
    QToolButton *m_pause = nullptr;
};

} // namespace Weir
