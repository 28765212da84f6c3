#pragma once

#include "flinkinstallation.h"
#include "flinkresourceparams.h"
#include "flinkrole.h"
#include "javaexecutable.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace Weir {

// The exact `java ...` invocation of one Flink process, built the way bin/flink-console.sh,
// jobmanager.sh, taskmanager.sh and sql-gateway.sh would build it, minus the shell.
// Value type; any thread.
class FlinkCommandLine
{
public:
    // Per-instance inputs that the scripts would take from the environment or config.
    struct Context
    {
        FlinkInstallation installation;
        JavaExecutable java;
        // Passed as -D key=value to every process (ports, addresses, directories).
        QMap<QString, QString> dynamicProperties;
        // Extra JVM options appended after Flink's own (e.g. tuning for tests).
        QStringList extraJvmOptions;
        // The process's working directory; nothing is ever written into the installation.
        QString workingDirectory;
    };

    // `java -cp bin/bash-java-utils.jar:lib/flink-dist-*.jar ...BashJavaUtils <command>
    //  --configDir conf -D k=v ...` for GET_JM_RESOURCE_PARAMS / GET_TM_RESOURCE_PARAMS.
    static FlinkCommandLine bashJavaUtils(const Context &context, FlinkRole role);

    // A JobManager (StandaloneSessionClusterEntrypoint), TaskManager (TaskManagerRunner) or
    // SQL Gateway (SqlGateway). `resources` is ignored for the gateway.
    static FlinkCommandLine process(const Context &context, FlinkRole role,
                                    const FlinkResourceParams &resources, const QString &logFile);

    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }
    QProcessEnvironment environment() const { return m_environment; }
    QString workingDirectory() const { return m_workingDirectory; }

    void applyTo(QProcess &process) const;
    // For logs: the command with the (very long) class path abbreviated.
    QString displayString() const;

private:
    static FlinkCommandLine base(const Context &context);

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
};

} // namespace Weir
