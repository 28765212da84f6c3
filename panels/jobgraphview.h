#pragma once

#include "flink/jobdetail.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace Weir {

// The job graph drawn natively: one box per vertex (name, parallelism, status, records in and
// out; the border in the status colour, the fill in the back pressure colour) laid out in
// layers from the sources, and edges labelled with their ship strategy. Zoom with the wheel,
// zoomIn() / zoomOut(), fit() to see it whole. Updating the same graph keeps zoom and scroll.
// GUI thread.
class JobGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JobGraphView(QWidget *parent = nullptr);
    ~JobGraphView() override;

    void setDetail(const JobDetail &detail);
    void clear();

    int vertexCount() const { return int(m_vertices.size()); }
    int edgeCount() const { return m_edgeCount; }
    // The text drawn in a vertex's box (tests, accessibility).
    QString vertexText(const QString &vertexId) const;

    void zoomIn();
    void zoomOut();
    void fit();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct VertexItem
    {
        QGraphicsPathItem *box = nullptr;
        QGraphicsTextItem *text = nullptr;
    };

    void rebuild(const JobDetail &detail);
    void updateVertex(VertexItem &item, const JobVertex &vertex);
    void addEdge(const JobEdge &edge);
    static QString signature(const JobDetail &detail);

    QGraphicsScene *m_scene;
    QHash<QString, VertexItem> m_vertices;
    int m_edgeCount = 0;
    QString m_signature;  // ids of vertices and edges: same graph, update in place
    bool m_fitted = true; // follow the view's size until the user zooms
};

} // namespace Weir
