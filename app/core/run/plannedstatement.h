#pragma once

#include "sql/statementkind.h"
#include "sql/textposition.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace Weir {

// One statement of a RunPlan as it goes to Flink: the text to send (variables substituted,
// INSERTs wrapped into a statement set), what running it means, where it came from (so that
// Flink's line/column map back to the editor) and the per-statement execution config. Plain
// value; any thread.
struct PlannedStatement
{
    enum class Source : quint8 {
        Settings,    // synthesized from the execution settings (SET 'k' = 'v')
        Environment, // from the environment script
        Script,      // from the script being run
    };
    enum class Action : quint8 {
        Session, // SET, RESET, USE, CREATE, DROP, ALTER, ADD JAR ...: changes the session
        Result,  // QUERY, SHOW, DESCRIBE, EXPLAIN ...: opens a result
        Job,     // INSERT, statement set: submits a job
    };
    // A run of `length` UTF-16 units copied verbatim from the source text: sent[sent, sent+length)
    // == source[source, source+length).
    struct Anchor
    {
        qsizetype sent = 0;
        qsizetype source = 0;
        qsizetype length = 0;
    };

    Source source = Source::Script;
    Action action = Action::Result;
    StatementKind kind = StatementKind::Other;
    // What Flink receives (no trailing ';').
    QString text;
    // As written in its source (variables not substituted, so secrets never show): for the
    // console and the run history.
    QString display;
    // Range in the source text (the editor's text for Source::Script), UTF-16 units.
    Utf16Offset begin;
    Utf16Offset end;
    LineColumn start; // of begin, in the source text
    // Overlaid on the session configuration for this statement only.
    QMap<QString, QString> executionConfig;
    QVector<Anchor> anchors;
    // INSERTs wrapped into one statement set: the number of them (0 otherwise).
    int wrappedInserts = 0;

    // The source offset of a UTF-16 offset in `text`: exact inside a verbatim run, else the
    // start of the next verbatim run (the substituted ${name} or wrapper text at that place).
    Utf16Offset sourceOffset(qsizetype sentOffset) const;
};

} // namespace Weir
