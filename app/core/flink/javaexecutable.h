#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Weir {

// Locates the `java` launcher the way Flink's scripts do (env.java.home, then JAVA_HOME, then
// PATH) and reads its feature version without starting a JVM. Value type; any thread.
class JavaExecutable
{
    Q_DECLARE_TR_FUNCTIONS(JavaExecutable)

public:
    // `configuredJavaHome` is Flink's env.java.home (may be empty).
    static Result<JavaExecutable> find(const QString &configuredJavaHome,
                                       const QProcessEnvironment &environment);
    // Uses an explicitly chosen launcher (a path to a `java` binary).
    static Result<JavaExecutable> fromProgram(const QString &program);

    QString program() const { return m_program; }
    // 17 for "17.0.15"; 0 when unknown (no readable `release` file next to the JDK).
    int featureVersion() const { return m_featureVersion; }

private:
    QString m_program;
    int m_featureVersion = 0;
};

} // namespace Weir
