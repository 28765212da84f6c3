#pragma once

#include "common/result.h"
#include "store/alertconfigrepository.h"
#include "store/alerthistoryrepository.h"
#include "store/clusterrepository.h"
#include "store/editjournal.h"
#include "store/folderrepository.h"
#include "store/lifecyclerepository.h"
#include "store/runhistoryrepository.h"
#include "store/savepointrepository.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"
#include "store/storetypes.h"
#include "store/variablerepository.h"

#include <QObject>
#include <memory>

namespace Weir {

class WorkspacePaths;

namespace Internal {
class SqlConnection;
}

// The one storage service of a workspace: owns the SQLite connection and hands out the
// repositories; nothing else issues SQL against it. GUI thread (the journal writes on its own).
class Storage : public QObject
{
    Q_OBJECT

public:
    // Opens (creating or upgrading) the workspace database. A file that cannot be used
    // (not SQLite, damaged, another application's, or from a newer Weir) is renamed aside
    // and a fresh database is created; notice() then says so. Fails when the data
    // directory cannot be created or written, or the database cannot be upgraded.
    static Result<std::unique_ptr<Storage>> open(const WorkspacePaths &paths);
    ~Storage() override;

    // Non-empty when open() had to set the old file aside: tell the user once.
    QString notice() const { return m_notice; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    FolderRepository &folders() { return m_folders; }
    ScriptRepository &scripts() { return m_scripts; }
    ClusterRepository &clusters() { return m_clusters; }
    SettingsRepository &settings() { return m_settings; }
    RunHistoryRepository &runHistory() { return m_runHistory; }
    VariableRepository &variables() { return m_variables; }
    SavepointRepository &savepoints() { return m_savepoints; }
    AlertConfigRepository &alertConfig() { return m_alertConfig; }
    AlertHistoryRepository &alertHistory() { return m_alertHistory; }
    LifecycleRepository &lifecycle() { return m_lifecycle; }
    EditJournal &journal() { return *m_journal; }

private:
    Storage(std::unique_ptr<Internal::SqlConnection> connection, const QString &filePath,
            int schemaVersion, const QString &notice);

    std::unique_ptr<Internal::SqlConnection> m_connection;
    QString m_filePath;
    int m_schemaVersion;
    QString m_notice;
    FolderRepository m_folders;
    ScriptRepository m_scripts;
    ClusterRepository m_clusters;
    SettingsRepository m_settings;
    RunHistoryRepository m_runHistory;
    VariableRepository m_variables;
    SavepointRepository m_savepoints;
    AlertConfigRepository m_alertConfig;
    AlertHistoryRepository m_alertHistory;
    LifecycleRepository m_lifecycle;
    std::unique_ptr<EditJournal> m_journal;
};

} // namespace Weir
