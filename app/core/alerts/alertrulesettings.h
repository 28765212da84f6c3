#pragma once

#include <QtGlobal>

namespace Weir {

// Which rules AlertRuleEngine applies and their thresholds (the Alerts preferences). Plain
// value; any thread.
struct AlertRuleSettings
{
    bool jobFailed = true;
    bool jobRestarting = true;
    int restartThreshold = 3;      // more than this many restarts ...
    int restartWindowMinutes = 10; // ... within this window
    bool checkpointFailed = true;
    bool streamingFinished = true;
    bool clusterUnreachable = true;
    int unreachableMinutes = 2;
    // Reminders of a condition that has not cleared; 0 = never.
    qint64 resendIntervalMs = 30 * 60 * 1000;
};

} // namespace Weir
