#pragma once

#include <QCoreApplication>
#include <QString>

namespace Weir {

// Where a workspace keeps its files (database, logs, local Flink state). Any thread.
class WorkspacePaths
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePaths)

public:
    // An empty dataDir means the platform's standard location (AppDataLocation).
    explicit WorkspacePaths(const QString &dataDir = QString());

    QString dataDir() const { return m_dataDir; }
    QString databaseFile() const;
    QString logDir() const;
    QString localFlinkDir() const;

    // Creates the data directory; returns an error message naming it on failure.
    QString ensureExists() const;

private:
    QString m_dataDir;
};

} // namespace Weir
