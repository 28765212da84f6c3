#pragma once

#include "jobs/lifecycle.h"

#include <QMetaType>
#include <QString>

namespace Weir {

// Where one script stands in its lifecycle (schema v7). A script with nothing stored is in
// development. Plain value; any thread.
struct ScriptLifecycle
{
    qint64 scriptId = 0;
    LifecycleState state = LifecycleState::Develop;
    int publishedVersion = 0; // the ScriptVersion frozen by Publish; 0: none
    QString jobId;            // the online job (kept after it went offline, for the record)
    qint64 clusterId = 0;     // the cluster of jobId; 0: none (or the cluster was deleted)
    qint64 updatedMs = 0;     // UTC ms since the epoch
};

// One transition of a script's lifecycle, as the history shows it. Plain value; any thread.
struct LifecycleEvent
{
    qint64 id = 0;
    qint64 scriptId = 0;
    LifecycleState from = LifecycleState::Develop;
    LifecycleState to = LifecycleState::Develop;
    qint64 timeMs = 0; // UTC ms since the epoch
    int version = 0;   // the published version concerned; 0: none
    QString jobId;
    QString savepointPath;
    QString note; // what else the user should know (e.g. the job had already ended)
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::LifecycleEvent)
