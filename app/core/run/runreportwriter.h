#pragma once

#include "run/statementoutcome.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <optional>

namespace Weir {

class ResultStore;

// Writes the outcome of each statement of a run as text for `weir run`: `table` (aligned like
// Flink's tableau), `changelog` (the same with an op column, every change), `csv` (a header line
// and the final table) or `jsonl` (one JSON object per statement: index, line, column, kind,
// status, columns with Flink types, rows, changes with kinds, job id, or error with message,
// line and column). Writes to a QTextStream on the caller's thread.
class RunReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(RunReportWriter)

public:
    enum class Format { Table, Changelog, Csv, Jsonl };

    static std::optional<Format> formatFromName(QStringView name);

    RunReportWriter(Format format, QTextStream &out);

    // One statement's report. `index` counts the script's statements from 0; `store` holds its
    // result, or is null for statements without one.
    void write(int index, const StatementOutcome &outcome, const ResultStore *store);

    // Text width of a cell as a terminal shows it (East Asian wide characters take two).
    static int displayWidth(QStringView text);

private:
    void writeTable(const ResultStore &store, bool changelog);
    void writeCsv(const ResultStore &store);
    void writeJsonl(int index, const StatementOutcome &outcome, const ResultStore *store);

    Format m_format;
    QTextStream &m_out;
    bool m_firstCsv = true;
};

} // namespace Weir
