#pragma once

#include <QCoreApplication>
#include <QString>

namespace Weir::Internal {

// Decides, without writing a byte to it, whether an existing file can be opened as this
// Weir's workspace database. GUI thread, once at open.
class DatabaseInspector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInspector)

public:
    // Empty when the file is missing, empty, or a Weir database of a known schema version;
    // otherwise why it cannot be used, phrased to follow "The file X cannot be used: ".
    static QString problem(const QString &filePath);
};

} // namespace Weir::Internal
