#pragma once

#include "results/columntype.h"

#include <QStringView>
#include <QVariant>

namespace Weir {

// How a result cell looks in the grids, shared by the table and the changelog model: NULL in
// italic grey, numbers right-aligned, long or multi-line text cut to its first line. Display
// text is a view into the store's page (QString::fromRawData), so data() copies no cell text;
// it is valid until the next page is applied, which is all a view needs. Stateless; GUI thread.
class ResultCellStyle
{
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // Weir::Value, for sorting and the value viewer
    };

    // The data of `role` for a cell, or an invalid QVariant for roles it does not style.
    static QVariant data(QStringView text, bool null, const ColumnType &type, int role);
};

} // namespace Weir
