#include "jobgraphview.h"

#include "jobstatecolor.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainterPath>
#include <QWheelEvent>
#include <cmath>

namespace Weir {

namespace {

constexpr qreal kBoxWidth = 260;
constexpr qreal kBoxHeight = 110;
constexpr qreal kLayerGap = 120;
constexpr qreal kRowGap = 40;
constexpr qreal kZoomStep = 1.2;

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

JobGraphView::JobGraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(palette().base());
}

JobGraphView::~JobGraphView() = default;

void JobGraphView::clear()
{
    m_scene->clear();
    m_vertices.clear();
    m_edgeCount = 0;
    m_signature.clear();
}

QString JobGraphView::signature(const JobDetail &detail)
{
    QStringList parts;
    for (const JobVertex &vertex : detail.vertices)
        parts.append(vertex.id);
    for (const JobEdge &edge : detail.edges)
        parts.append(edge.sourceId + QLatin1Char('>') + edge.targetId);
    return detail.summary.id + QLatin1Char('|') + parts.join(QLatin1Char(','));
}

void JobGraphView::setDetail(const JobDetail &detail)
{
    const QString newSignature = signature(detail);
    if (newSignature != m_signature) {
        rebuild(detail);
        m_signature = newSignature;
        m_fitted = true;
        fit();
        return;
    }
    for (const JobVertex &vertex : detail.vertices) {
        auto it = m_vertices.find(vertex.id);
        if (it != m_vertices.end())
            updateVertex(*it, vertex);
    }
}

void JobGraphView::rebuild(const JobDetail &detail)
{
    clear();
    // Layer of a vertex: the longest path from a source (edges only go downstream).
    QHash<QString, int> layer;
    for (const JobVertex &vertex : detail.vertices)
        layer.insert(vertex.id, 0);
    for (int round = 0; round < detail.vertices.size(); ++round) {
        bool changed = false;
        for (const JobEdge &edge : detail.edges) {
            const int candidate = layer.value(edge.sourceId) + 1;
            if (layer.contains(edge.targetId) && candidate > layer.value(edge.targetId)) {
                layer.insert(edge.targetId, candidate);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    QHash<int, int> rowsInLayer;
    for (const JobVertex &vertex : detail.vertices)
        ++rowsInLayer[layer.value(vertex.id)];
    int tallest = 0;
    for (int rows : std::as_const(rowsInLayer))
        tallest = qMax(tallest, rows);

    QHash<int, int> nextRow;
    for (const JobVertex &vertex : detail.vertices) {
        const int l = layer.value(vertex.id);
        const int row = nextRow[l]++;
        // Centre each layer's column against the tallest one.
        const qreal offset = (tallest - rowsInLayer.value(l)) * (kBoxHeight + kRowGap) / 2;
        const QPointF at(l * (kBoxWidth + kLayerGap), offset + row * (kBoxHeight + kRowGap));
        QPainterPath path;
        path.addRoundedRect(QRectF(0, 0, kBoxWidth, kBoxHeight), 8, 8);
        VertexItem item;
        item.box = m_scene->addPath(path);
        item.box->setPos(at);
        item.box->setZValue(1);
        item.text = new QGraphicsTextItem(item.box);
        item.text->setPos(8, 6);
        item.text->setTextWidth(kBoxWidth - 16);
        item.text->setDefaultTextColor(QColor(0x21, 0x21, 0x21));
        m_vertices.insert(vertex.id, item);
        updateVertex(m_vertices[vertex.id], vertex);
    }
    for (const JobEdge &edge : detail.edges)
        addEdge(edge);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void JobGraphView::updateVertex(VertexItem &item, const JobVertex &vertex)
{
    const QLocale locale;
    const QColor status = JobStateColor::color(vertex.status);
    item.box->setPen(QPen(status, 2.5));
    item.box->setBrush(JobStateColor::backPressure(vertex.backPressureRatio));
    const QString name = elided(vertex.name, 70).toHtmlEscaped();
    const QString html =
        tr("<b>%1</b><br/>Parallelism %2 · <span style=\"color:%3\">%4</span><br/>"
           "Records in %5 · out %6<br/><i>%7</i>")
            .arg(name)
            .arg(vertex.parallelism)
            .arg(status.name(), JobStateColor::text(vertex.status).toHtmlEscaped(),
                 locale.toString(vertex.readRecords), locale.toString(vertex.writeRecords),
                 JobStateColor::backPressureText(vertex.backPressureRatio).toHtmlEscaped());
    if (item.text->toHtml() != html)
        item.text->setHtml(html);
    item.box->setToolTip(vertex.description.isEmpty() ? vertex.name : vertex.description);
}

void JobGraphView::addEdge(const JobEdge &edge)
{
    const auto from = m_vertices.constFind(edge.sourceId);
    const auto to = m_vertices.constFind(edge.targetId);
    if (from == m_vertices.constEnd() || to == m_vertices.constEnd())
        return;
    const QPointF start = from->box->pos() + QPointF(kBoxWidth, kBoxHeight / 2);
    const QPointF end = to->box->pos() + QPointF(0, kBoxHeight / 2);
    const qreal bend = (end.x() - start.x()) / 2;
    QPainterPath path(start);
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    const QPen pen(palette().color(QPalette::Text), 1.5);
    m_scene->addPath(path, pen);

    // Arrow head at the target, pointing along the curve's last tangent (horizontal).
    QPainterPath head;
    head.moveTo(end);
    head.lineTo(end + QPointF(-10, -5));
    head.lineTo(end + QPointF(-10, 5));
    head.closeSubpath();
    m_scene->addPath(head, pen, pen.color());

    QGraphicsSimpleTextItem *label = m_scene->addSimpleText(edge.shipStrategy);
    label->setBrush(palette().color(QPalette::Text));
    const QPointF middle = path.pointAtPercent(0.5);
    const QRectF bounds = label->boundingRect();
    label->setPos(middle.x() - bounds.width() / 2, middle.y() - bounds.height() - 4);
    label->setZValue(2);
    ++m_edgeCount;
}

QString JobGraphView::vertexText(const QString &vertexId) const
{
    const auto it = m_vertices.constFind(vertexId);
    return it == m_vertices.constEnd() ? QString() : it->text->toPlainText();
}

void JobGraphView::zoomIn()
{
    m_fitted = false;
    scale(kZoomStep, kZoomStep);
}

void JobGraphView::zoomOut()
{
    m_fitted = false;
    scale(1 / kZoomStep, 1 / kZoomStep);
}

void JobGraphView::fit()
{
    m_fitted = true;
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small graph up beyond its natural size.
    if (transform().m11() > 1.0)
        setTransform(QTransform());
}

void JobGraphView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_fitted = false;
    const qreal factor = std::pow(kZoomStep, steps);
    scale(factor, factor);
    event->accept();
}

void JobGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

} // namespace Weir
