#include "databasequarantine.h"

#include <QFile>

namespace Weir::Internal {

namespace {

const char *const companionSuffixes[] = {"-wal", "-shm", "-journal"};

bool anyExists(const QString &path)
{
    if (QFile::exists(path))
        return true;
    for (const char *suffix : companionSuffixes) {
        if (QFile::exists(path + QLatin1String(suffix)))
            return true;
    }
    return false;
}

} // namespace

Result<QString> DatabaseQuarantine::setAside(const QString &filePath, const QDateTime &now)
{
    const QString base =
        filePath + QStringLiteral(".unreadable-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; anyExists(target); ++n)
        target = base + QStringLiteral("-%1").arg(n);

    // Companions first: if the main file cannot move, a stray -wal must not be replayed
    // into a fresh database that reuses the old name.
    for (const char *suffix : companionSuffixes) {
        const QString from = filePath + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, target + QLatin1String(suffix))) {
            return Result<QString>::failure(
                tr("Cannot rename %1 to %2.").arg(from, target + QLatin1String(suffix)));
        }
    }
    if (!QFile::rename(filePath, target))
        return Result<QString>::failure(tr("Cannot rename %1 to %2.").arg(filePath, target));
    return target;
}

} // namespace Weir::Internal
