#pragma once

#include <QtGlobal>

namespace Weir {

// The range of a value axis that follows live data without jitter: bounds on "nice" numbers
// (1, 2, 2.5, 5 × 10^k steps), grown at once when data leaves them, shrunk only when the data
// fills less than a third of the span (hysteresis), so a value that wobbles does not make the
// axis breathe every tick. Value type; GUI thread (the chart adapter keeps one per axis).
class AxisRange
{
public:
    // The nice step for about `ticks` intervals over `span`.
    static double niceStep(double span, int ticks = 5);
    // The step in milliseconds of a time axis over `spanMs`: a whole clock unit (1, 2, 5, 10,
    // 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; days) giving at most `ticks`
    // intervals, so tick labels read as round times.
    static double niceTimeStep(double spanMs, int ticks = 6);

    // Feeds one tick's data range; true if min()/max() changed. `includeZero` keeps 0 in the
    // range (bars and areas grow from zero).
    bool update(double dataMin, double dataMax, bool includeZero = false);
    void reset() { m_valid = false; }

    bool isValid() const { return m_valid; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    double step() const { return m_step; }
    // Tick count QValueAxis needs to land its ticks on the nice steps.
    int tickCount() const;

private:
    void fit(double lo, double hi);

    bool m_valid = false;
    double m_min = 0;
    double m_max = 1;
    double m_step = 0.2;
};

} // namespace Weir
