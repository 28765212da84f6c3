#pragma once

#include "sql/diagnostic.h"
#include "sql/statement.h"
#include "sql/token.h"

#include <QByteArrayView>

namespace Weir::Internal {

// Turns an error Flink reported for a statement into a Diagnostic of the script. Flink counts
// lines and columns within the statement it was sent (1-based, columns in UTF-16 units); the
// conversion goes through TextPositions only. Stateless; any thread.
class FlinkErrorLocator
{
public:
    // `position` is where Flink points; the range covers the token there, or runs to `last`
    // (inclusive, Flink's "to line L, column C") when last.line > 0.
    static Diagnostic locate(QByteArrayView script, const Statement &statement, LineColumn position,
                             LineColumn last, const QString &message,
                             SqlDialect dialect = SqlDialect::Latest);
};

} // namespace Weir::Internal
