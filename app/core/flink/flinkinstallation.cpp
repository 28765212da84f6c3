#include "flinkinstallation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace Weir {

namespace {

// Word splitting of an unquoted shell expansion, after config.sh strips one pair of quotes.
QStringList splitOptions(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('"')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('"')))
        text.chop(1);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

Result<FlinkInstallation> FlinkInstallation::open(const QString &homeDir)
{
    using R = Result<FlinkInstallation>;
    FlinkInstallation flink;
    const QDir home(homeDir);
    flink.m_home = home.absolutePath();
    if (!home.exists())
        return R::failure(tr("The Flink directory %1 does not exist.").arg(flink.m_home));

    const QDir lib(flink.libDir());
    if (!lib.exists()) {
        return R::failure(
            tr("%1 is not a Flink distribution: it has no lib/ directory.").arg(flink.m_home));
    }
    const QStringList jars = lib.entryList({QStringLiteral("*.jar")}, QDir::Files, QDir::Name);
    QStringList distJars;
    for (const QString &jar : jars) {
        if (jar.startsWith(QLatin1String("flink-dist")))
            distJars.append(jar);
        else
            flink.m_libJars.append(lib.filePath(jar));
    }
    if (distJars.isEmpty()) {
        return R::failure(tr("%1 is not a Flink distribution: lib/flink-dist-*.jar is missing.")
                              .arg(flink.m_home));
    }
    if (distJars.size() > 1) {
        return R::failure(tr("%1 has several flink-dist jars in lib/ (%2); keep only one.")
                              .arg(flink.m_home, distJars.join(QLatin1String(", "))));
    }
    flink.m_distJar = lib.filePath(distJars.first());
    // flink-dist-1.20.3.jar; very old releases were flink-dist_2.12-1.14.0.jar.
    static const QRegularExpression distName(
        QStringLiteral("^flink-dist(?:_\\d+\\.\\d+)?-(.+)\\.jar$"));
    const QRegularExpressionMatch match = distName.match(distJars.first());
    if (!match.hasMatch()) {
        return R::failure(tr("Cannot tell the Flink version from %1.").arg(flink.m_distJar));
    }
    flink.m_version = match.captured(1);

    const QDir opt(flink.optDir());
    const QStringList gatewayJars =
        opt.entryList({QStringLiteral("flink-sql-gateway*.jar")}, QDir::Files, QDir::Name);
    if (gatewayJars.isEmpty()) {
        return R::failure(
            tr("The Flink distribution %1 has no SQL Gateway: opt/flink-sql-gateway-*.jar is "
               "missing.")
                .arg(flink.m_home));
    }
    if (gatewayJars.size() > 1) {
        return R::failure(tr("%1 has several SQL Gateway jars in opt/ (%2); keep only one.")
                              .arg(flink.m_home, gatewayJars.join(QLatin1String(", "))));
    }
    flink.m_sqlGatewayJar = opt.filePath(gatewayJars.first());

    const QDir conf(flink.confDir());
    if (!conf.exists()) {
        return R::failure(
            tr("%1 is not a Flink distribution: it has no conf/ directory.").arg(flink.m_home));
    }
    // Flink 1.19/1.20 prefer a legacy flink-conf.yaml when both exist; 2.x reads only config.yaml.
    const QString yaml = conf.filePath(QStringLiteral("config.yaml"));
    const QString legacy = conf.filePath(QStringLiteral("flink-conf.yaml"));
    if (QFileInfo::exists(legacy) && !flink.m_version.startsWith(QLatin1String("2.")))
        flink.m_configFile = legacy;
    else if (QFileInfo::exists(yaml))
        flink.m_configFile = yaml;
    else
        return R::failure(tr("%1 has no conf/config.yaml.").arg(flink.m_home));

    Result<FlinkConfigFile> config = FlinkConfigFile::load(flink.m_configFile);
    if (!config)
        return R::failure(config.error());
    flink.m_config = config.value();
    return flink;
}

QString FlinkInstallation::libDir() const
{
    return QDir(m_home).filePath(QStringLiteral("lib"));
}

QString FlinkInstallation::optDir() const
{
    return QDir(m_home).filePath(QStringLiteral("opt"));
}

QString FlinkInstallation::binDir() const
{
    return QDir(m_home).filePath(QStringLiteral("bin"));
}

QString FlinkInstallation::pluginsDir() const
{
    return QDir(m_home).filePath(QStringLiteral("plugins"));
}

QString FlinkInstallation::confDir() const
{
    return QDir(m_home).filePath(QStringLiteral("conf"));
}

QString FlinkInstallation::log4jConsoleConfig() const
{
    return QDir(confDir()).filePath(QStringLiteral("log4j-console.properties"));
}

QString FlinkInstallation::bashJavaUtilsJar() const
{
    const QString jar = QDir(binDir()).filePath(QStringLiteral("bash-java-utils.jar"));
    return QFileInfo::exists(jar) ? jar : QString();
}

QStringList FlinkInstallation::clusterClassPath() const
{
    QStringList path = m_libJars;
    std::sort(path.begin(), path.end());
    // flink-dist goes last so that connector and format jars in lib/ can shadow its classes.
    path.append(m_distJar);
    return path;
}

QStringList FlinkInstallation::sqlGatewayClassPath() const
{
    QStringList path = clusterClassPath();
    path.append(m_sqlGatewayJar);
    return path;
}

QStringList FlinkInstallation::javaOptions(FlinkRole role) const
{
    QString all = m_config.value(QStringLiteral("env.java.opts.all"));
    if (all.isEmpty())
        all = m_config.value(QStringLiteral("env.java.opts"));
    QStringList options{QStringLiteral("-XX:+IgnoreUnrecognizedVMOptions")};
    options += splitOptions(m_config.value(QStringLiteral("env.java.default-opts.all")) +
                            QLatin1Char(' ') + all);

    switch (role) {
    case FlinkRole::JobManager:
        options += splitOptions(m_config.value(QStringLiteral("env.java.default-opts.jobmanager")));
        options += splitOptions(m_config.value(QStringLiteral("env.java.opts.jobmanager")));
        break;
    case FlinkRole::TaskManager:
        options +=
            splitOptions(m_config.value(QStringLiteral("env.java.default-opts.taskmanager")));
        options += splitOptions(m_config.value(QStringLiteral("env.java.opts.taskmanager")));
        break;
    case FlinkRole::SqlGateway:
        options += splitOptions(m_config.value(QStringLiteral("env.java.opts.sql-gateway")));
        break;
    }
    return options;
}

} // namespace Weir
