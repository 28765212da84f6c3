#include "jobstatecolor.h"

namespace Weir {

QColor JobStateColor::color(const QString &state)
{
    if (state == QLatin1String("RUNNING") || state == QLatin1String("COMPLETED"))
        return QColor(0x2e, 0x8b, 0x3e);
    if (state == QLatin1String("FAILED") || state == QLatin1String("FAILING"))
        return QColor(0xc6, 0x28, 0x28);
    if (state == QLatin1String("FINISHED"))
        return QColor(0x1e, 0x63, 0xb4);
    if (state == QLatin1String("CANCELED") || state == QLatin1String("SUSPENDED"))
        return QColor(0x75, 0x75, 0x75);
    // INITIALIZING, CREATED, RESTARTING, CANCELLING, RECONCILING, DEPLOYING, SCHEDULED, ...
    return QColor(0xd0, 0x8a, 0x10);
}

QString JobStateColor::text(const QString &state)
{
    static const struct
    {
        const char *state;
        const char *text;
    } names[] = {
        {"INITIALIZING", QT_TR_NOOP("Initializing")},
        {"CREATED", QT_TR_NOOP("Created")},
        {"RUNNING", QT_TR_NOOP("Running")},
        {"FAILING", QT_TR_NOOP("Failing")},
        {"FAILED", QT_TR_NOOP("Failed")},
        {"CANCELLING", QT_TR_NOOP("Cancelling")},
        {"CANCELING", QT_TR_NOOP("Cancelling")},
        {"CANCELED", QT_TR_NOOP("Canceled")},
        {"FINISHED", QT_TR_NOOP("Finished")},
        {"RESTARTING", QT_TR_NOOP("Restarting")},
        {"SUSPENDED", QT_TR_NOOP("Suspended")},
        {"RECONCILING", QT_TR_NOOP("Reconciling")},
        {"SCHEDULED", QT_TR_NOOP("Scheduled")},
        {"DEPLOYING", QT_TR_NOOP("Deploying")},
        // Checkpoint states.
        {"COMPLETED", QT_TR_NOOP("Completed")},
        {"IN_PROGRESS", QT_TR_NOOP("In progress")},
    };
    for (const auto &name : names) {
        if (state == QLatin1String(name.state))
            return tr(name.text);
    }
    return state;
}

QColor JobStateColor::backPressure(double ratio)
{
    if (ratio < 0)
        return QColor(0xee, 0xee, 0xee);
    if (ratio < 0.1)
        return QColor(0xdf, 0xf2, 0xdf);
    if (ratio < 0.5)
        return QColor(0xff, 0xe0, 0xa0);
    return QColor(0xf8, 0xb4, 0xb4);
}

QString JobStateColor::backPressureText(double ratio)
{
    if (ratio < 0)
        return tr("back pressure: measuring");
    const QString level = ratio < 0.1 ? tr("OK") : ratio < 0.5 ? tr("low") : tr("high");
    return tr("back pressure: %1 (%2 %)").arg(level).arg(qRound(ratio * 100));
}

} // namespace Weir
