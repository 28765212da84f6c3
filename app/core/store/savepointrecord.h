#pragma once

#include <QMetaType>
#include <QString>

namespace Weir {

// One entry of the savepoint registry: a savepoint (or a retained checkpoint) Weir triggered
// or saw, with the script, job and cluster it belongs to. Plain value; any thread.
struct SavepointRecord
{
    qint64 id = 0;
    qint64 scriptId = 0; // 0: not tied to a stored script (or it was deleted)
    QString scriptName;
    QString jobId;
    QString jobName;
    qint64 clusterId = 0; // 0: not a registered cluster (or it was deleted)
    QString clusterName;
    QString path;                                  // empty until it completed
    QString kind = QStringLiteral("savepoint");    // savepoint, checkpoint
    QString operation = QStringLiteral("trigger"); // trigger, stop, cancel (savepoint then cancel)
    qint64 triggeredMs = 0;                        // UTC ms since the epoch
    qint64 completedMs = 0;                        // 0 while pending
    QString status = QStringLiteral("pending");    // pending, completed, failed
    QString error;

    friend bool operator==(const SavepointRecord &a, const SavepointRecord &b)
    {
        return a.id == b.id && a.scriptId == b.scriptId && a.scriptName == b.scriptName &&
               a.jobId == b.jobId && a.jobName == b.jobName && a.clusterId == b.clusterId &&
               a.clusterName == b.clusterName && a.path == b.path && a.kind == b.kind &&
               a.operation == b.operation && a.triggeredMs == b.triggeredMs &&
               a.completedMs == b.completedMs && a.status == b.status && a.error == b.error;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::SavepointRecord)
