#include "charts/axisrange.h"

#include <cmath>

namespace Weir {

double AxisRange::niceStep(double span, int ticks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / qMax(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10;
    if (fraction <= 1)
        nice = 1;
    else if (fraction <= 2)
        nice = 2;
    else if (fraction <= 2.5)
        nice = 2.5;
    else if (fraction <= 5)
        nice = 5;
    return nice * magnitude;
}

double AxisRange::niceTimeStep(double spanMs, int ticks)
{
    static const double kSteps[] = {
        1, 2, 5, 10, 20, 50, 100, 200, 500,                        // ms
        1e3, 2e3, 5e3, 10e3, 15e3, 30e3,                           // s
        60e3, 120e3, 300e3, 600e3, 900e3, 1800e3,                  // min
        3600e3, 7200e3, 10800e3, 21600e3, 43200e3, 86400e3,        // h, day
    };
    const double wanted = spanMs / qMax(1, ticks);
    for (double step : kSteps) {
        if (step >= wanted)
            return step;
    }
    // Whole days beyond that.
    return std::ceil(wanted / 86400e3) * 86400e3;
}

int AxisRange::tickCount() const
{
    return qBound(2, int(std::lround((m_max - m_min) / m_step)) + 1, 21);
}

void AxisRange::fit(double lo, double hi)
{
    if (hi <= lo) {
        // One value: a unit around it (or around 0).
        const double pad = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    m_step = niceStep(hi - lo);
    m_min = std::floor(lo / m_step) * m_step;
    m_max = std::ceil(hi / m_step) * m_step;
    if (m_max <= m_min)
        m_max = m_min + m_step;
    m_valid = true;
}

bool AxisRange::update(double dataMin, double dataMax, bool includeZero)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax) || dataMax < dataMin)
        return false;
    if (includeZero) {
        dataMin = qMin(dataMin, 0.0);
        dataMax = qMax(dataMax, 0.0);
    }
    const double oldMin = m_min, oldMax = m_max;
    const bool wasValid = m_valid;
    if (!m_valid || dataMin < m_min || dataMax > m_max) {
        // Grow with a little headroom so that a rising series does not regrow every tick.
        const double span = dataMax - dataMin;
        const double pad = span * 0.05;
        // Padding never crosses zero: counts and prices should not get a negative axis.
        double lo = dataMin - pad, hi = dataMax + pad;
        if (dataMin >= 0 && lo < 0)
            lo = 0;
        if (dataMax <= 0 && hi > 0)
            hi = 0;
        fit(lo, hi);
    } else if ((dataMax - dataMin) < (m_max - m_min) / 3) {
        fit(dataMin, dataMax);
    }
    return !wasValid || m_min != oldMin || m_max != oldMax;
}

} // namespace Weir
