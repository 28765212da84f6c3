#pragma once

#include "consolepanel.h"
#include "flink/localflink.h"
#include "store/storetypes.h"

#include <QObject>
#include <QString>
#include <memory>

namespace Weir {

class Settings;
class Storage;

// Weir's "Local" target: starts and stops a local Flink (LocalFlink) from the installation
// FlinkInstallationFinder finds, keeps the Local cluster's URLs in the store current, and
// reports every process line for the console. GUI thread; asynchronous.
class LocalTarget : public QObject
{
    Q_OBJECT

public:
    // `workDir`: where the processes keep logs and state (WorkspacePaths::localFlinkDir()).
    LocalTarget(Storage &storage, Settings &settings, const QString &workDir,
                QObject *parent = nullptr);
    ~LocalTarget() override;

    // Starts the cluster registered with isLocal (registering one named "Local" when there is
    // none). Ends in started() or failed(); a missing installation fails at once, naming where
    // Weir looked.
    void start();
    // Asynchronous; stopped() follows.
    void stop();
    // For exit: stops every process before returning (blocks at most the stop timeout).
    void shutDown();

    LocalFlink::State state() const;
    bool isRunning() const { return state() == LocalFlink::State::Running; }
    QString workDir() const { return m_workDir; }
    // The stored Local cluster's id, 0 when none is registered.
    qint64 clusterId() const;
    // Tests shorten timeouts or add JVM options here.
    LocalFlink::Options &options() { return m_options; }

signals:
    void stateChanged(Weir::LocalFlink::State state);
    // The stored Local cluster now carries these URLs and version.
    void started(const Weir::Cluster &cluster);
    void failed(const QString &message);
    void stopped();
    // Lines for the console: the processes' output (with their role) and Weir's own notes.
    void messageLogged(Weir::ConsolePanel::Level level, const QString &message);

private:
    void createFlink();
    void onStarted(const QUrl &gatewayUrl, const QUrl &jobManagerUrl);
    void fail(const QString &message);

    Storage &m_storage;
    Settings &m_settings;
    QString m_workDir;
    LocalFlink::Options m_options;
    std::unique_ptr<LocalFlink> m_flink;
};

} // namespace Weir
