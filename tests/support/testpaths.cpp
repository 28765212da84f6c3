#include "testpaths.h"

#include <QDir>

namespace Weir::Test {

QString outputDir()
{
    QString dir = qEnvironmentVariable("WEIR_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("weir-test-output"));
    QDir().mkpath(dir);
    return dir;
}

QString sourceDir()
{
    return qEnvironmentVariable("WEIR_SOURCE_DIR");
}

} // namespace Weir::Test
