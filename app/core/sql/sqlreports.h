#pragma once

#include "sql/token.h"

#include <QByteArrayView>
#include <QString>

namespace Weir {

// The text reports of the `weir split` and `weir check` commands, kept in the core so that the
// golden-file tests check exactly what the command prints. Stateless; any thread.
class SqlReports
{
public:
    // One line per statement: "LINE:COL<TAB>KIND<TAB>TEXT", where TEXT is the statement's first
    // 60 characters (code points) with every run of white space collapsed to one space.
    // LINE:COL is the statement's start (columns in UTF-16 units, as everywhere in Weir).
    static QString splitListing(QByteArrayView script, SqlDialect dialect = SqlDialect::Latest);

    // One line per local diagnostic: "FILE:LINE:COL: error: MESSAGE" (or "warning:").
    // Counts the errors (not the warnings) into *errors when given.
    static QString checkListing(const QString &fileName, QByteArrayView script,
                                int *errors = nullptr, SqlDialect dialect = SqlDialect::Latest);

    // `text` on one line: white space runs collapsed, cut after `maxCodePoints`.
    static QString oneLine(const QString &text, int maxCodePoints);
};

} // namespace Weir
