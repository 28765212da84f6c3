#pragma once

#include <QList>
#include <QPointF>

namespace Weir {

// Reduces a series sorted by x to a few points per horizontal pixel without losing its shape:
// per bucket (one pixel column) the first, the lowest, the highest and the last point, in x
// order (the M4 scheme; extremes are always kept, so spikes survive). Stateless; any thread
// (charts run it on a worker).
class Decimator
{
public:
    // Points of x[first..last) with x within [x0, x1] plus the neighbour on each side (so lines
    // reach the plot's edges), reduced to at most 4 per bucket of `buckets` over [x0, x1].
    // x must be sorted ascending; NaN y values are skipped. Fewer than 4 × buckets points are
    // returned as they are.
    static QList<QPointF> minMax(const double *x, const double *y, qsizetype count, double x0,
                                 double x1, int buckets);
};

} // namespace Weir
