#pragma once

#include "common/result.h"
#include "flinkconfigfile.h"
#include "flinkrole.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Weir {

// A Flink distribution on disk (lib/, opt/, bin/, conf/): validates the layout, tells its
// version, builds class paths and reads the JVM options from its configuration, as Flink's
// bin/config.sh does. Never writes into the directory. Value type; any thread.
class FlinkInstallation
{
    Q_DECLARE_TR_FUNCTIONS(FlinkInstallation)

public:
    FlinkInstallation() = default;

    // Checks for lib/flink-dist-*.jar (exactly one), opt/flink-sql-gateway-*.jar (exactly one)
    // and conf/ with config.yaml or flink-conf.yaml; the error names what is missing.
    static Result<FlinkInstallation> open(const QString &homeDir);

    QString homeDir() const { return m_home; }
    QString libDir() const;
    QString optDir() const;
    QString binDir() const;
    QString pluginsDir() const;
    QString confDir() const;
    // conf/config.yaml (Flink 1.19+, 2.x), or the legacy conf/flink-conf.yaml.
    QString configFile() const { return m_configFile; }
    QString log4jConsoleConfig() const;

    // "1.20.3", from the flink-dist jar's name.
    QString version() const { return m_version; }
    QString distJar() const { return m_distJar; }
    QString sqlGatewayJar() const { return m_sqlGatewayJar; }
    // bin/bash-java-utils.jar, or empty when the distribution lacks it.
    QString bashJavaUtilsJar() const;

    // lib/*.jar sorted by name with flink-dist last (bin/config.sh constructFlinkClassPath).
    QStringList clusterClassPath() const;
    // The cluster class path plus opt/flink-sql-gateway-*.jar (bin/sql-gateway.sh).
    QStringList sqlGatewayClassPath() const;

    const FlinkConfigFile &configuration() const { return m_config; }
    // What FLINK_ENV_JAVA_OPTS(+_JM/_TM/_SQL_GATEWAY) hold in bin/config.sh:
    // -XX:+IgnoreUnrecognizedVMOptions, env.java.default-opts.all, env.java.opts.all (or the
    // deprecated env.java.opts), then the role's env.java.default-opts.<role> and
    // env.java.opts.<role>. Surrounding double quotes are dropped and the text is split at
    // whitespace, like the script's unquoted expansion (quotes inside values are not honoured).
    QStringList javaOptions(FlinkRole role) const;

private:
    QString m_home;
    QString m_version;
    QString m_distJar;
    QString m_sqlGatewayJar;
    QString m_configFile;
    QStringList m_libJars;
    FlinkConfigFile m_config;
};

} // namespace Weir
