#include "flinkcommandline.h"

#include <QDir>
#include <QProcess>

namespace Weir {

namespace {

QString mainClass(FlinkRole role)
{
    switch (role) {
    case FlinkRole::JobManager:
        return QStringLiteral(
            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint");
    case FlinkRole::TaskManager:
        return QStringLiteral("org.apache.flink.runtime.taskexecutor.TaskManagerRunner");
    case FlinkRole::SqlGateway:
        return QStringLiteral("org.apache.flink.table.gateway.SqlGateway");
    }
    return QString();
}

// "-D", "k=v" pairs: the form the cluster entry points, TaskManagerRunner and BashJavaUtils
// parse (commons-cli option D with a '=' value separator).
QStringList spacedProperties(const QMap<QString, QString> &properties)
{
    QStringList args;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        args << QStringLiteral("-D") << it.key() + QLatin1Char('=') + it.value();
    return args;
}

} // namespace

FlinkCommandLine FlinkCommandLine::base(const Context &context)
{
    const FlinkInstallation &flink = context.installation;
    FlinkCommandLine line;
    line.m_program = context.java.program();
    line.m_workingDirectory = context.workingDirectory;
    // What bin/config.sh exports. FLINK_CONF_DIR is how the SQL Gateway finds its config;
    // FLINK_PLUGINS_DIR would otherwise default to ./plugins of the working directory.
    line.m_environment = QProcessEnvironment::systemEnvironment();
    line.m_environment.insert(QStringLiteral("FLINK_CONF_DIR"), flink.confDir());
    line.m_environment.insert(QStringLiteral("FLINK_BIN_DIR"), flink.binDir());
    line.m_environment.insert(QStringLiteral("FLINK_LIB_DIR"), flink.libDir());
    line.m_environment.insert(QStringLiteral("FLINK_OPT_DIR"), flink.optDir());
    line.m_environment.insert(QStringLiteral("FLINK_PLUGINS_DIR"), flink.pluginsDir());
    return line;
}

FlinkCommandLine FlinkCommandLine::bashJavaUtils(const Context &context, FlinkRole role)
{
    const FlinkInstallation &flink = context.installation;
    FlinkCommandLine line = base(context);
    const QStringList classPath{flink.bashJavaUtilsJar(), flink.distJar()};
    line.m_arguments << QStringLiteral("-classpath") << classPath.join(QDir::listSeparator())
                     << QStringLiteral("org.apache.flink.runtime.util.bash.BashJavaUtils")
                     << (role == FlinkRole::TaskManager ? QStringLiteral("GET_TM_RESOURCE_PARAMS")
                                                        : QStringLiteral("GET_JM_RESOURCE_PARAMS"))
                     << QStringLiteral("--configDir") << flink.confDir();
    // The scripts pass the user's arguments on, so -D memory overrides are honoured.
    line.m_arguments += spacedProperties(context.dynamicProperties);
    return line;
}

FlinkCommandLine FlinkCommandLine::process(const Context &context, FlinkRole role,
                                           const FlinkResourceParams &resources,
                                           const QString &logFile)
{
    const FlinkInstallation &flink = context.installation;
    FlinkCommandLine line = base(context);
    QStringList &args = line.m_arguments;

    // flink-console.sh: $JAVA_RUN $JVM_ARGS ${FLINK_ENV_JAVA_OPTS} "${log_setting[@]}"
    //                   -classpath ... ${CLASS_TO_RUN} "${ARGS[@]}"
    if (role != FlinkRole::SqlGateway)
        args += resources.jvmArguments();
    args += flink.javaOptions(role);
    // config.sh: Java 18+ needs permission for System.setSecurityManager(), which Flink uses.
    if (context.java.featureVersion() > 17)
        args << QStringLiteral("-Djava.security.manager=allow");
    args += context.extraJvmOptions;
    const QString log4j = QStringLiteral("file:") + flink.log4jConsoleConfig();
    args << QStringLiteral("-Dlog.file=") + logFile
         << QStringLiteral("-Dlog4j.configuration=") + log4j
         << QStringLiteral("-Dlog4j.configurationFile=") + log4j
         << QStringLiteral("-Dlogback.configurationFile=file:") +
                QDir(flink.confDir()).filePath(QStringLiteral("logback-console.xml"));
    const QStringList classPath =
        role == FlinkRole::SqlGateway ? flink.sqlGatewayClassPath() : flink.clusterClassPath();
    args << QStringLiteral("-classpath") << classPath.join(QDir::listSeparator())
         << mainClass(role);

    switch (role) {
    case FlinkRole::JobManager:
        // jobmanager.sh: args=(${DYNAMIC_PARAMETERS[@]} --configDir conf [user args...]).
        // It also passes "--executionMode cluster", which the entry point no longer reads.
        args += resources.dynamicProperties();
        args << QStringLiteral("--configDir") << flink.confDir();
        args += spacedProperties(context.dynamicProperties);
        break;
    case FlinkRole::TaskManager:
        // taskmanager.sh: ARGS+=(--configDir conf ${dynamic_configs[@]}) after the user args.
        args += spacedProperties(context.dynamicProperties);
        args << QStringLiteral("--configDir") << flink.confDir();
        args += resources.dynamicProperties();
        break;
    case FlinkRole::SqlGateway:
        // SqlGateway takes -Dkey=value only; its config dir comes from FLINK_CONF_DIR.
        for (auto it = context.dynamicProperties.cbegin(); it != context.dynamicProperties.cend();
             ++it)
            args << QStringLiteral("-D") + it.key() + QLatin1Char('=') + it.value();
        break;
    }
    return line;
}

void FlinkCommandLine::applyTo(QProcess &process) const
{
    process.setProgram(m_program);
    process.setArguments(m_arguments);
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDirectory);
}

QString FlinkCommandLine::displayString() const
{
    QStringList shown{m_program};
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        shown << m_arguments.at(i);
        if (m_arguments.at(i) == QLatin1String("-classpath") && i + 1 < m_arguments.size()) {
            const qsizetype jars = m_arguments.at(i + 1).count(QDir::listSeparator()) + 1;
            shown << QStringLiteral("<%1 jars>").arg(jars);
            ++i;
        }
    }
    return shown.join(QLatin1Char(' '));
}

} // namespace Weir
