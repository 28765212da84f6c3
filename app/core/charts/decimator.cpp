#include "charts/decimator.h"

#include <algorithm>
#include <cmath>

namespace Weir {

QList<QPointF> Decimator::minMax(const double *x, const double *y, qsizetype count, double x0,
                                 double x1, int buckets)
{
    QList<QPointF> out;
    if (count <= 0)
        return out;
    // The visible part and one neighbour on each side.
    qsizetype begin = std::lower_bound(x, x + count, x0) - x;
    qsizetype end = std::upper_bound(x, x + count, x1) - x;
    begin = qMax<qsizetype>(0, begin - 1);
    end = qMin(count, end + 1);
    const qsizetype n = end - begin;
    buckets = qMax(1, buckets);
    if (n <= qsizetype(buckets) * 4 || !(x1 > x0)) {
        out.reserve(n);
        for (qsizetype i = begin; i < end; ++i) {
            if (!std::isnan(y[i]))
                out.append(QPointF(x[i], y[i]));
        }
        return out;
    }
    out.reserve(qsizetype(buckets) * 4 + 4);
    const double scale = double(buckets) / (x1 - x0);
    qsizetype i = begin;
    while (i < end) {
        // The bucket of x[i]; points left or right of the range get their own edge bucket.
        const double pos = (x[i] - x0) * scale;
        const qint64 bucket = pos < 0 ? -1 : pos >= buckets ? buckets : qint64(pos);
        qsizetype first = -1, last = -1, lo = -1, hi = -1;
        for (; i < end; ++i) {
            const double p = (x[i] - x0) * scale;
            const qint64 b = p < 0 ? -1 : p >= buckets ? buckets : qint64(p);
            if (b != bucket)
                break;
            if (std::isnan(y[i]))
                continue;
            if (first < 0)
                first = lo = hi = i;
            last = i;
            if (y[i] < y[lo])
                lo = i;
            if (y[i] > y[hi])
                hi = i;
        }
        if (first < 0)
            continue;
        qsizetype picks[4] = {first, lo, hi, last};
        std::sort(picks, picks + 4);
        qsizetype previous = -1;
        for (qsizetype p : picks) {
            if (p != previous)
                out.append(QPointF(x[p], y[p]));
            previous = p;
        }
    }
    return out;
}

} // namespace Weir
