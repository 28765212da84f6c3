#include "flinkresourceparams.h"

#include <QRegularExpression>

namespace Weir {

namespace {

const QLatin1String kMarker("BASH_JAVA_UTILS_EXEC_RESULT:");

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

Result<FlinkResourceParams> FlinkResourceParams::parse(const QString &output)
{
    QStringList results;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(kMarker);
        if (at >= 0)
            results.append(line.mid(at + kMarker.size()).trimmed());
    }
    if (results.size() != 2) {
        return Result<FlinkResourceParams>::failure(
            tr("Flink's BashJavaUtils printed %n result line(s) instead of 2 (JVM arguments "
               "and dynamic properties).",
               nullptr, int(results.size())));
    }
    FlinkResourceParams params;
    params.m_jvmArguments = words(results.at(0));
    params.m_dynamicProperties = words(results.at(1));
    return params;
}

FlinkResourceParams FlinkResourceParams::fallback(FlinkRole role)
{
    FlinkResourceParams params;
    QString jvm;
    QString dynamic;
    switch (role) {
    case FlinkRole::JobManager:
        jvm = QStringLiteral("-Xmx469762048 -Xms469762048 -XX:MaxMetaspaceSize=268435456");
        dynamic = QStringLiteral("-D jobmanager.memory.off-heap.size=134217728b "
                                 "-D jobmanager.memory.jvm-overhead.min=201326592b "
                                 "-D jobmanager.memory.jvm-metaspace.size=268435456b "
                                 "-D jobmanager.memory.heap.size=469762048b "
                                 "-D jobmanager.memory.jvm-overhead.max=201326592b");
        break;
    case FlinkRole::TaskManager:
        jvm = QStringLiteral("-Xmx436207608 -Xms436207608 -XX:MaxDirectMemorySize=248302798 "
                             "-XX:MaxMetaspaceSize=268435456");
        // TaskManagerRunner insists on these being set explicitly (they have no defaults).
        dynamic = QStringLiteral(
            "-D taskmanager.memory.network.min=114085070b -D taskmanager.cpu.cores=4.0 "
            "-D taskmanager.memory.task.off-heap.size=0b "
            "-D taskmanager.memory.jvm-metaspace.size=268435456b "
            "-D taskmanager.memory.jvm-overhead.min=201326592b "
            "-D taskmanager.memory.framework.off-heap.size=134217728b "
            "-D taskmanager.memory.network.max=114085070b "
            "-D taskmanager.memory.framework.heap.size=134217728b "
            "-D taskmanager.memory.managed.size=456340282b "
            "-D taskmanager.memory.task.heap.size=301989880b "
            "-D taskmanager.memory.jvm-overhead.max=201326592b");
        break;
    case FlinkRole::SqlGateway:
        break; // the gateway runs with the JVM's default heap, as bin/sql-gateway.sh does
    }
    params.m_jvmArguments = words(jvm);
    params.m_dynamicProperties = words(dynamic);
    return params;
}

} // namespace Weir
