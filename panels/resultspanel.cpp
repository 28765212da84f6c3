#include "resultspanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Weir {

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_emptyState(new QLabel(this))
{
    m_emptyState->setText(tr("Rows of the queries you run appear here, live, as a table and a changelog."));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
}

} // namespace Weir
