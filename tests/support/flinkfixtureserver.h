#pragma once

#include "flink/flinkinstallation.h"
#include "flink/localflink.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <memory>

namespace Weir::Test {

// The `serve` half of weir-flink-fixture: runs a LocalFlink in a detached process, publishes
// <state>/ready.json or <state>/failed.txt, and stops Flink on SIGTERM/SIGINT/SIGHUP or when
// its safety lifetime ends, so that no JVM outlives a forgotten test run. Main thread.
class FlinkFixtureServer : public QObject
{
    Q_OBJECT

public:
    FlinkFixtureServer(const FlinkInstallation &installation, const QString &stateDir,
                       int startupTimeoutSeconds, int lifetimeSeconds,
                       const QStringList &jvmOptions, QObject *parent = nullptr);
    ~FlinkFixtureServer() override;

    // Extra Flink options (-D key=value) for every process; call before start().
    void setConfiguration(const QMap<QString, QString> &configuration)
    {
        m_configuration = configuration;
    }
    // Starts Flink; returns false (after writing failed.txt) if that is impossible at once.
    bool start();
    // Exit code for the process once the server has stopped: 0 after a clean run.
    int exitCode() const { return m_exitCode; }

signals:
    void finished();

private:
    void installSignalHandlers();
    void onStarted();
    void onFailed(const QString &message);
    void onSignal();
    void stopBecause(const QString &reason);
    void writeFile(const QString &name, const QByteArray &contents) const;

    FlinkInstallation m_installation;
    QString m_stateDir;
    int m_startupTimeoutSeconds;
    QStringList m_jvmOptions;
    QMap<QString, QString> m_configuration;
    LocalFlink m_flink;
    QTimer m_lifetime;
    std::unique_ptr<QSocketNotifier> m_signalNotifier;
    int m_exitCode = 0;
};

} // namespace Weir::Test
