#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Weir::Internal {

// Moves an unusable database file (and its -wal/-shm/-journal companions) aside under a
// new name, so nothing the user had is overwritten. GUI thread, at open.
class DatabaseQuarantine
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseQuarantine)

public:
    // Returns the new path of the main file: "<file>.unreadable-yyyyMMdd-HHmmss[-n]".
    // Companions keep SQLite's naming ("<new path>-wal"), so the set-aside copy still opens.
    static Result<QString> setAside(const QString &filePath,
                                    const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace Weir::Internal
