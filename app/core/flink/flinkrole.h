#pragma once

#include <QString>

namespace Weir {

// The long-running Flink processes a local cluster consists of.
enum class FlinkRole { JobManager, TaskManager, SqlGateway };

// Stable, file-name-safe identifier of a role ("jobmanager", "taskmanager", "sql-gateway"),
// used for log file names and JSON keys; not translated.
inline QString flinkRoleId(FlinkRole role)
{
    switch (role) {
    case FlinkRole::JobManager:
        return QStringLiteral("jobmanager");
    case FlinkRole::TaskManager:
        return QStringLiteral("taskmanager");
    case FlinkRole::SqlGateway:
        return QStringLiteral("sql-gateway");
    }
    return QString();
}

} // namespace Weir
