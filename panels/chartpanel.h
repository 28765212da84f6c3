#pragma once

#include "charts/chartsettings.h"
#include "common/result.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QChart;

namespace Weir {

class ChartAdapter;
class ChartPipeline;
class ChartToolbar;
class ChartView;
class ResultStore;

// A live chart of one result: the toolbar's settings, a ChartPipeline that decimates the
// store's rows off the GUI thread at most 10 times a second, and a ChartAdapter that draws each
// frame into a QChartView (software rendering; OpenGL only on request). Chooses default columns
// when a result appears, keeps the user's choices when their columns exist, exports PNG / SVG
// and copies to the clipboard. Charts only while visible. GUI thread.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Charts `store` (not owned); nullptr stops.
    void bind(ResultStore *store);
    ResultStore *store() const;

    // Settings as remembered with the script. Columns that the result lacks are replaced by
    // defaults when it appears.
    void setSettings(const ChartSettings &settings);
    ChartSettings settings() const;
    void setSettingsJson(const QJsonObject &json);
    QJsonObject settingsJson() const;

    void setPaused(bool paused);
    bool isPaused() const;
    void resetZoom();
    void setOpenGLEnabled(bool enabled);
    // Follows the application palette by default; tests and previews can force it.
    void setDark(bool dark);

    // The chart as it is on screen.
    QImage toImage() const;
    Status exportPng(const QString &path) const;
    Status exportSvg(const QString &path) const;
    void copyToClipboard() const;

    ChartToolbar *toolbar() const { return m_toolbar; }
    ChartView *view() const { return m_view; }
    ChartAdapter *adapter() const { return m_adapter; }
    ChartPipeline *pipeline() const { return m_pipeline; }

signals:
    // The user changed the settings (not emitted for defaults or setSettings()).
    void settingsChanged(const QJsonObject &settings);
    void exportFinished(const QString &path, bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyDefaults();
    void userEdited(const ChartSettings &settings);
    void updateViewport();
    void exportWithDialog(bool svg);
    void attach();

    QPointer<ResultStore> m_store;
    ChartSettings m_settings;
    QChart *m_chart = nullptr;
    ChartToolbar *m_toolbar = nullptr;
    ChartView *m_view = nullptr;
    ChartAdapter *m_adapter = nullptr;
    ChartPipeline *m_pipeline = nullptr;
    bool m_forcedTheme = false;
};

} // namespace Weir
