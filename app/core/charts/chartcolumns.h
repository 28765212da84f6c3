#pragma once

#include "results/columninfo.h"

#include <QStringView>

namespace Weir {

// What a result column can be on a chart axis.
enum class ChartAxisKind : quint8 { Number, Time, Category };

// How result columns map to chart values: the axis kind of a Flink type, and a cell's text as
// the double drawn for it (DECIMAL and BIGINT stay exact in the store; they become doubles only
// here, for drawing). Stateless; any thread.
class ChartColumns
{
public:
    static ChartAxisKind kindOf(const ColumnType &type);
    // Numbers as themselves; DATE and TIMESTAMP* as milliseconds since the epoch (read as local
    // time, which is how QDateTimeAxis labels them again); TIME as milliseconds of the day.
    // NaN for NULL-like or unparsable text (not drawn).
    static double toNumber(QStringView text, TypeRoot root);
    // The column named `name` in `columns`, or -1.
    static int indexOf(const QList<ColumnInfo> &columns, const QString &name);
};

} // namespace Weir
