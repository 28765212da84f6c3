#pragma once

#include "common/result.h"
#include "results/resultsnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace Weir {

// Result rows as text for the clipboard and for export files: TSV, CSV, Markdown, JSON and SQL
// INSERT, written row by row so that a million rows stream to disk without a copy in memory.
// One code path for copy and export, so that both quote alike. Stateless; any thread.
class ResultFormat
{
    Q_DECLARE_TR_FUNCTIONS(ResultFormat)

public:
    enum class Kind {
        Tsv,       // no header; tabs and line breaks in cells become spaces; NULL is empty
        Csv,       // RFC 4180 quoting, a header line, '\n' line ends; NULL is an empty field,
                   // '' is ""
        Markdown,  // a GitHub table; | escaped, line breaks as <br>, numbers right-aligned
        Json,      // an array of objects; numbers and booleans typed, NULL as null
        SqlInsert, // one INSERT ... VALUES with a row per line, literals typed by column
    };

    // `progress` is called every few thousand rows with the rows written so far; returning
    // false cancels the write (the result is then a failure).
    using Progress = std::function<bool(int rowsWritten)>;

    static QString toText(const ResultSnapshot &snapshot, Kind kind,
                          const QString &tableName = QStringLiteral("result"));
    static Status write(const ResultSnapshot &snapshot, Kind kind, QIODevice *device,
                        const Progress &progress = {},
                        const QString &tableName = QStringLiteral("result"));

    static QString csvField(QStringView text, bool null);
    static QString markdownCell(QStringView text, bool null);
    static QString jsonValue(QStringView text, bool null, const ColumnType &type);
    static QString sqlLiteral(QStringView text, bool null, const ColumnType &type);
    static QString jsonString(QStringView text);
};

} // namespace Weir
