#include "workspacepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Weir {

WorkspacePaths::WorkspacePaths(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : QDir(dataDir).absolutePath())
{
}

QString WorkspacePaths::databaseFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("workspace.sqlite"));
}

QString WorkspacePaths::logDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("logs"));
}

QString WorkspacePaths::localFlinkDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("local-flink"));
}

QString WorkspacePaths::ensureExists() const
{
    if (QDir().mkpath(m_dataDir))
        return QString();
    return tr("Cannot create the data directory %1").arg(m_dataDir);
}

} // namespace Weir
