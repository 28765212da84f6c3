#pragma once

#include <QWidget>

class QLabel;

namespace Weir {

// The results dock. Until a query runs it explains how to get results. GUI thread.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget *parent = nullptr);

private:
    QLabel *m_emptyState = nullptr;
};

} // namespace Weir
