#include "listtableview.h"

#include <QHeaderView>

namespace Weir {

ListTableView::ListTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setShowGrid(false);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace Weir
