#pragma once

#include <QTableView>

namespace Weir {

// A read-only table of records (clusters, variables): whole rows selected one at a time, fixed
// row height, no grid, no row numbers, the last column stretched. GUI thread.
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListTableView(QWidget *parent = nullptr);
};

} // namespace Weir
