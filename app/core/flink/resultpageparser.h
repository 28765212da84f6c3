#pragma once

#include "results/columninfo.h"
#include "results/rowbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Weir {

// Turns one SQL Gateway result page (GET .../result/<token>) into columns and an immutable
// RowBatch. A pure function, run off the GUI thread by StatementRun (QtConcurrent); any thread.
//
// Row format: Weir always asks for rowFormat=PLAIN_TEXT. Checked against Flink 1.20.3 and 2.3.0
// (tests/integration/tst_gatewayrowformats.cpp; pages in tests/unit/flink/data/pages):
// * PLAIN_TEXT sends every non-NULL field as a JSON string made by the same
//   RowDataToStringConverter Flink's SQL client prints with: DECIMAL(38,18) 1.5 arrives as
//   "1.500000000000000000", BIGINT 9223372036854775807 as text, TIMESTAMP(3) padded
//   ("2024-01-02 03:04:05.000"), TIMESTAMP_LTZ already in the session time zone, BYTES as
//   "x'deadbeef'", ARRAY/MAP/ROW/MULTISET as "[1, 2]", "{k=1}", "(1, x)", "{a=2, b=1}".
//   Strings keep every digit, so no number ever passes through double.
// * JSON sends numbers as JSON numbers: DECIMAL(38,18) 1.5 arrives as `1.5` (scale lost),
//   -0.000000000000000001 as `-1E-18`, and 12345678901234567890.123456789012345678 as a
//   number that QJsonDocument (double) rounds to 1.2345678901234567e+19. TIMESTAMPs are ISO
//   with 'T' and trimmed fractions, TIMESTAMP_LTZ gets a misleading 'Z' although it is session
//   wall time, BYTES are base64, TIME(3) loses its fraction on 1.20, and a MAP with non-string
//   keys (MAP[1, 'one']) makes the whole fetch fail with HTTP 500 "Could not map response to
//   JSON". Rendering JSON the way Flink does would mean re-implementing Flink's cast rules.
// So PLAIN_TEXT is exact and already Flink's own text; the column types come from the page's
// logicalType either way. JSON pages still parse (non-string fields become their JSON text),
// but nothing in Weir requests them.
class ResultPageParser
{
    Q_DECLARE_TR_FUNCTIONS(ResultPageParser)

public:
    struct Page
    {
        enum class Type { NotReady, Payload, EndOfStream };

        Type type = Type::NotReady;
        QString nextResultUri; // path and query; empty at the end of the stream
        QString jobId;         // empty when the page has none
        bool isQueryResult = false;
        QString resultKind; // "SUCCESS" or "SUCCESS_WITH_CONTENT"
        QString rowFormat;
        QList<ColumnInfo> columns;
        RowBatch rows;
        QString error; // set when the page could not be read; then the rest is meaningless
    };

    static Page parse(const QByteArray &body, quint64 generation, qint64 sequence);

    // The nextResultUri of a PAYLOAD page that carries rows, found without parsing the page (a
    // byte search: the gateway writes compact JSON, and a key with its quotes cannot occur inside
    // a JSON string, where quotes are escaped). Empty for every other page, or when unsure.
    // Lets StatementRun ask for the next page while this one is parsed.
    static QString peekNextResultUri(const QByteArray &body);
};

} // namespace Weir
