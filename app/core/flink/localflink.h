#pragma once

#include "common/result.h"
#include "flinkcommandline.h"
#include "flinkinstallation.h"
#include "flinkrole.h"
#include "processlog.h"

#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <array>

class QNetworkReply;
class QProcess;

namespace Weir {

// Runs a local Flink session cluster (JobManager, TaskManager, SQL Gateway) as child JVMs on
// loopback ports, reports when it is ready, and shuts it down. Used by Weir's "Local" target
// and by the tests' Flink fixture. Lives on the GUI (or main) thread; fully asynchronous.
//
// Lifecycle: start() → (started() | failed()) … stop() → stopped(). After failed(), the
// remaining processes are torn down and stopped() follows, so stopped() always means "no
// process of this instance is left". Everything an instance writes goes under
// Options::workDir: log/<role>.log, tmp/<role>/ (io.tmp.dirs) and local-flink.json (the pids and
// URLs, so that a later run can find processes a crash left behind).
class LocalFlink : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Stopping };
    Q_ENUM(State)

    struct Options
    {
        // Per-instance directory for logs, temporary files and local-flink.json. Required.
        QString workDir;
        int startupTimeoutMs = 120000;
        // How long stop() waits after SIGTERM before it kills.
        int stopTimeoutMs = 15000;
        // A `java` launcher; empty: env.java.home of the config, JAVA_HOME, then PATH.
        QString javaExecutable;
        // Extra Flink options for every process (-D key=value); they override Weir's defaults.
        QMap<QString, QString> configuration;
        // Extra JVM options for the three processes (e.g. -XX:TieredStopAtLevel=1 in tests).
        QStringList extraJvmOptions;
    };

    explicit LocalFlink(QObject *parent = nullptr);
    // Stops the processes, blocking for at most Options::stopTimeoutMs (+1 s); only here.
    ~LocalFlink() override;

    // Checks what can be checked at once (state, java, ports, directories) and returns an
    // error for those; everything later is reported by failed(). Only valid in State::Idle.
    Status start(const FlinkInstallation &installation, const Options &options);
    // SIGTERM to every process, SIGKILL after Options::stopTimeoutMs; stopped() follows.
    void stop();

    State state() const { return m_state; }
    QString version() const { return m_installation.version(); }
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    QUrl jobManagerUrl() const { return m_jobManagerUrl; }
    QString logDir() const;
    QString logFile(FlinkRole role) const;
    // 0 when the process is not running.
    qint64 processId(FlinkRole role) const;
    // Last lines this process printed (stdout and stderr), for error reports.
    QStringList lastLogLines(FlinkRole role, int count) const;

    // The file with pids and URLs that start() writes into a work directory.
    static QString statusFile(const QString &workDir);
    // Pids recorded in statusFile(workDir), to clean up after a crashed owner.
    static QList<qint64> recordedProcessIds(const QString &workDir);

signals:
    void started(const QUrl &gatewayUrl, const QUrl &jobManagerUrl);
    void failed(const QString &message);
    void stopped();
    void stateChanged(Weir::LocalFlink::State state);
    // Every line a Flink process prints on stdout or stderr.
    void logLineReceived(Weir::FlinkRole role, const QString &line);

private:
    struct Child
    {
        QPointer<QProcess> process;
        ProcessLog log;
    };
    struct ResourceQuery
    {
        QPointer<QProcess> process;
        QByteArray output;
    };

    static QString roleName(FlinkRole role);
    FlinkCommandLine::Context contextFor(FlinkRole role) const;
    void queryResources(FlinkRole role);
    void onResourceQueryFinished(FlinkRole role, int exitCode, bool crashed);
    void launch(FlinkRole role, const FlinkResourceParams &resources);
    void onChildFinished(FlinkRole role, int exitCode, bool crashed);
    void pollReadiness();
    void onReadinessReply(QNetworkReply *reply, FlinkRole role);
    void fail(const QString &message);
    void beginStop();
    void finishStopIfDone();
    void setState(State state);
    void writeStatusFile() const;
    QString allTails(int lines) const;
    bool isRunning(FlinkRole role) const;

    State m_state = State::Idle;
    quint64 m_run = 0; // guards callbacks of an earlier run
    FlinkInstallation m_installation;
    JavaExecutable m_java;
    Options m_options;
    QMap<QString, QString> m_properties;
    QUrl m_gatewayUrl;
    QUrl m_jobManagerUrl;
    std::array<Child, 3> m_children;
    std::array<ResourceQuery, 2> m_resourceQueries; // JobManager, TaskManager

    QNetworkAccessManager m_network;
    QList<QPointer<QNetworkReply>> m_pendingReplies;
    QTimer m_pollTimer;
    int m_pollIntervalMs = 0;
    bool m_taskManagerRegistered = false;
    bool m_gatewayAnswered = false;
    QTimer m_startupTimer;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
};

} // namespace Weir
