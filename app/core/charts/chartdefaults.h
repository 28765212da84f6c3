#pragma once

#include "charts/chartsettings.h"
#include "results/columninfo.h"

namespace Weir {

// The columns a result is charted by when it first appears: a time column (else a column that
// looks like a sequence, else a category) on X, numeric columns on Y, and a text column as
// series-by when X is time. Stateless; any thread.
class ChartDefaults
{
public:
    static constexpr int MaxDefaultY = 4;

    // `settings` with columns chosen for `columns`; configured = true if something is chartable.
    // Settings that were configured and whose columns all exist are returned unchanged.
    static ChartSettings apply(const ChartSettings &settings, const QList<ColumnInfo> &columns);
    // True if `name` reads like a sequence number or offset (id, seq, n, offset, ...).
    static bool looksLikeSequence(const QString &name);
};

} // namespace Weir
