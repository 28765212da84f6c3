#pragma once

#include "common/result.h"
#include "flinkrole.h"

#include <QCoreApplication>
#include <QStringList>

namespace Weir {

// The memory settings of a JobManager or TaskManager: JVM arguments (-Xmx, -XX:Max...) and the
// fully resolved `-D taskmanager.memory.*=...` dynamic properties. Computed by Flink's
// BashJavaUtils (GET_JM_/GET_TM_RESOURCE_PARAMS) exactly as bin/jobmanager.sh and
// bin/taskmanager.sh do, or a fixed fallback. Value type; any thread.
class FlinkResourceParams
{
    Q_DECLARE_TR_FUNCTIONS(FlinkResourceParams)

public:
    // Parses BashJavaUtils' merged stdout/stderr: exactly two lines carry the
    // "BASH_JAVA_UTILS_EXEC_RESULT:" marker, the JVM arguments first, the dynamic properties
    // second (bash-java-utils.sh extractExecutionResults). Other lines are its logging.
    static Result<FlinkResourceParams> parse(const QString &output);

    // Used when the distribution has no bin/bash-java-utils.jar: what BashJavaUtils computes
    // for jobmanager.memory.process.size 1024m and taskmanager.memory.process.size 1536m with
    // Flink's default fractions (1.20 and 2.x agree). The configuration's own memory settings
    // are then ignored.
    static FlinkResourceParams fallback(FlinkRole role);

    QStringList jvmArguments() const { return m_jvmArguments; }
    // Word-split like the scripts do: "-D", "key=value", "-D", ...
    QStringList dynamicProperties() const { return m_dynamicProperties; }

private:
    QStringList m_jvmArguments;
    QStringList m_dynamicProperties;
};

} // namespace Weir
