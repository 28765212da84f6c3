#include "jobsummary.h"

namespace Weir {

bool JobSummary::isTerminalState(const QString &state)
{
    return state == QLatin1String("FINISHED") || state == QLatin1String("CANCELED") ||
           state == QLatin1String("FAILED") || state == QLatin1String("SUSPENDED");
}

bool JobSummary::isTerminal() const
{
    return isTerminalState(state);
}

} // namespace Weir
