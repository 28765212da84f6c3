#include "javaexecutable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Weir {

namespace {

QString launcherIn(const QString &javaHome)
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("bin/java.exe");
#else
    const QString name = QStringLiteral("bin/java");
#endif
    const QFileInfo info(QDir(javaHome).filePath(name));
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

// A JDK's `release` file says JAVA_VERSION="17.0.15" (or "1.8.0_392"); reading it is much
// cheaper than running `java -version`. /usr/bin/java is a symlink chain into the JDK.
int readFeatureVersion(const QString &program)
{
    const QString real = QFileInfo(program).canonicalFilePath();
    if (real.isEmpty())
        return 0;
    QDir home = QFileInfo(real).dir(); // .../bin
    home.cdUp();
    QFile release(home.filePath(QStringLiteral("release")));
    if (!release.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    static const QRegularExpression versionLine(QStringLiteral("^JAVA_VERSION=\"(?:1\\.)?(\\d+)"),
                                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = versionLine.match(QString::fromUtf8(release.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

Result<JavaExecutable> JavaExecutable::find(const QString &configuredJavaHome,
                                            const QProcessEnvironment &environment)
{
    QString program;
    if (!configuredJavaHome.isEmpty()) {
        program = launcherIn(configuredJavaHome);
        if (program.isEmpty()) {
            return Result<JavaExecutable>::failure(
                tr("The Flink configuration sets env.java.home to %1, but it contains no "
                   "bin/java.")
                    .arg(configuredJavaHome));
        }
    }
    const QString javaHome = environment.value(QStringLiteral("JAVA_HOME"));
    if (program.isEmpty() && !javaHome.isEmpty())
        program = launcherIn(javaHome);
    if (program.isEmpty()) {
        const QStringList path = environment.value(QStringLiteral("PATH"))
                                     .split(QDir::listSeparator(), Qt::SkipEmptyParts);
        program = QStandardPaths::findExecutable(QStringLiteral("java"), path);
    }
    if (program.isEmpty()) {
        return Result<JavaExecutable>::failure(
            tr("Cannot find Java: set JAVA_HOME or put `java` on the PATH (Flink needs Java 11 "
               "or later; 17 is recommended)."));
    }
    return fromProgram(program);
}

Result<JavaExecutable> JavaExecutable::fromProgram(const QString &program)
{
    const QFileInfo info(program);
    if (!info.isFile() || !info.isExecutable()) {
        return Result<JavaExecutable>::failure(
            tr("%1 is not an executable Java launcher.").arg(program));
    }
    JavaExecutable java;
    java.m_program = info.absoluteFilePath();
    java.m_featureVersion = readFeatureVersion(java.m_program);
    return java;
}

} // namespace Weir
