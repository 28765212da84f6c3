#pragma once

#include <QMetaType>
#include <QString>

namespace Weir {

// One send of one alert to one instance, as the history keeps it: what was sent where and
// whether the channel took it (and why not). Plain value; any thread.
struct AlertHistoryEntry
{
    qint64 id = 0;
    qint64 timeMs = 0;     // when the send ended (UTC ms)
    QString rule;          // AlertEvent::ruleName()
    qint64 groupId = 0;    // 0: no group (deleted or none)
    qint64 instanceId = 0; // 0: the instance was deleted since
    QString instanceName;
    QString instanceKind; // AlertInstance::kindName()
    QString clusterName;
    QString jobId;
    QString jobName;
    QString status;
    QString message;
    bool ok = false;
    QString error; // why the channel refused or could not be reached

    friend bool operator==(const AlertHistoryEntry &a, const AlertHistoryEntry &b)
    {
        return a.id == b.id && a.timeMs == b.timeMs && a.rule == b.rule && a.groupId == b.groupId &&
               a.instanceId == b.instanceId && a.instanceName == b.instanceName &&
               a.instanceKind == b.instanceKind && a.clusterName == b.clusterName &&
               a.jobId == b.jobId && a.jobName == b.jobName && a.status == b.status &&
               a.message == b.message && a.ok == b.ok && a.error == b.error;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::AlertHistoryEntry)
