#include "chartpanel.h"

#include "chartadapter.h"
#include "charts/chartdefaults.h"
#include "charts/chartpipeline.h"
#include "charttoolbar.h"
#include "chartview.h"
#include "results/resultstore.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QFileDialog>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

namespace Weir {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_toolbar(new ChartToolbar(this)),
      m_pipeline(new ChartPipeline(this))
{
    m_view = new ChartView(m_chart, this); // owns the chart
    m_adapter = new ChartAdapter(m_chart, this);
    m_adapter->setDark(palette().color(QPalette::Window).lightness() < 128);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);

    connect(m_pipeline, &ChartPipeline::frameReady, this,
            [this] { m_adapter->apply(m_pipeline->frame()); });
    connect(m_pipeline, &ChartPipeline::resultStarted, this, &ChartPanel::applyDefaults);
    connect(m_toolbar, &ChartToolbar::settingsEdited, this, &ChartPanel::userEdited);
    connect(m_toolbar, &ChartToolbar::pauseToggled, this, &ChartPanel::setPaused);
    connect(m_toolbar, &ChartToolbar::resetZoomRequested, this, &ChartPanel::resetZoom);
    connect(m_toolbar, &ChartToolbar::exportPngRequested, this, [this] { exportWithDialog(false); });
    connect(m_toolbar, &ChartToolbar::exportSvgRequested, this, [this] { exportWithDialog(true); });
    connect(m_toolbar, &ChartToolbar::copyRequested, this, &ChartPanel::copyToClipboard);
    connect(m_view, &ChartView::zoomed, this, [this] {
        m_adapter->setZoomed(true);
        updateViewport();
    });
    connect(m_adapter, &ChartAdapter::tipChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, m_view);
    });
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::bind(ResultStore *store)
{
    m_store = store;
    m_adapter->setZoomed(false);
    m_chart->zoomReset();
    attach();
}

ResultStore *ChartPanel::store() const
{
    return m_store;
}

void ChartPanel::attach()
{
    // Hidden charts cost nothing: the pipeline reads the store only while the chart shows.
    m_pipeline->setStore(isVisible() ? m_store.data() : nullptr);
    applyDefaults();
}

void ChartPanel::applyDefaults()
{
    const QList<ColumnInfo> columns = m_store ? m_store->columns() : QList<ColumnInfo>();
    if (!columns.isEmpty())
        m_settings = ChartDefaults::apply(m_settings, columns);
    m_toolbar->setColumns(columns);
    m_toolbar->setSettings(m_settings);
    m_pipeline->setSettings(m_settings);
}

void ChartPanel::userEdited(const ChartSettings &settings)
{
    m_settings = settings;
    m_adapter->setZoomed(false);
    m_chart->zoomReset();
    m_pipeline->setViewport(ChartViewport{m_pipeline->viewport().widthPx, false, 0, 0});
    m_pipeline->setSettings(settings);
    emit settingsChanged(settings.toJson());
}

void ChartPanel::setSettings(const ChartSettings &settings)
{
    m_settings = settings;
    applyDefaults();
}

ChartSettings ChartPanel::settings() const
{
    return m_settings;
}

void ChartPanel::setSettingsJson(const QJsonObject &json)
{
    setSettings(ChartSettings::fromJson(json));
}

QJsonObject ChartPanel::settingsJson() const
{
    return m_settings.toJson();
}

void ChartPanel::setPaused(bool paused)
{
    m_pipeline->setPaused(paused);
    m_toolbar->setPaused(paused);
}

bool ChartPanel::isPaused() const
{
    return m_pipeline->isPaused();
}

void ChartPanel::resetZoom()
{
    m_chart->zoomReset();
    m_adapter->setZoomed(false);
    updateViewport();
}

void ChartPanel::setOpenGLEnabled(bool enabled)
{
    m_adapter->setOpenGLEnabled(enabled);
}

void ChartPanel::setDark(bool dark)
{
    m_forcedTheme = true;
    m_adapter->setDark(dark);
}

void ChartPanel::updateViewport()
{
    ChartViewport viewport;
    const qreal plot = m_chart->plotArea().width();
    viewport.widthPx = qMax(50, int(plot > 0 ? plot : m_view->width() - 80));
    double x0 = 0, x1 = 0;
    if (m_adapter->isZoomed() && m_adapter->visibleXRange(&x0, &x1)) {
        viewport.zoomed = true;
        viewport.x0 = x0;
        viewport.x1 = x1;
    }
    const ChartViewport &old = m_pipeline->viewport();
    if (old.widthPx != viewport.widthPx || old.zoomed != viewport.zoomed ||
        old.x0 != viewport.x0 || old.x1 != viewport.x1)
        m_pipeline->setViewport(viewport);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pipeline->store() != m_store)
        attach();
    updateViewport();
}

void ChartPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // a minimized window keeps its chart
        m_pipeline->setStore(nullptr);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateViewport();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_forcedTheme)
        m_adapter->setDark(palette().color(QPalette::Window).lightness() < 128);
}

QImage ChartPanel::toImage() const
{
    QImage image(m_view->size() * m_view->devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_view->devicePixelRatio());
    image.fill(m_chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter);
    return image;
}

Status ChartPanel::exportPng(const QString &path) const
{
    if (!toImage().save(path, "PNG"))
        return Status::failure(tr("Could not write %1.").arg(path));
    return Status();
}

Status ChartPanel::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(tr("Weir chart"));
    QPainter painter;
    if (!painter.begin(&svg))
        return Status::failure(tr("Could not write %1.").arg(path));
    m_view->render(&painter);
    painter.end();
    return Status();
}

void ChartPanel::copyToClipboard() const
{
    QApplication::clipboard()->setImage(toImage());
}

void ChartPanel::exportWithDialog(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"), QString(),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status status = svg ? exportSvg(path) : exportPng(path);
    emit exportFinished(path, status.ok(),
                        status.ok() ? tr("Exported to %1").arg(path) : status.error());
}

} // namespace Weir
