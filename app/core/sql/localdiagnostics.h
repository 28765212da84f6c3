#pragma once

#include "sql/diagnostic.h"
#include "sql/token.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

namespace Weir {

// Finds the problems in a script that need no Flink: unterminated strings, comments, hints and
// quoted identifiers; stray characters (full-width punctuation); double-quoted identifiers;
// unbalanced parentheses within a statement; statements that start like no statement; an
// EXECUTE STATEMENT SET without END; and, when the caller knows the defined variables,
// ${name} with no definition. Stateless; any thread (large scripts belong off the GUI thread).
class LocalDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(LocalDiagnostics)

public:
    struct Options
    {
        SqlDialect dialect = SqlDialect::Latest;
        // Check ${name} only when the caller knows which names are defined (workspace or job
        // variables): an unknown set would make every use look undefined. Definitions in the
        // script itself (name := value) count from the statement after them on.
        bool checkVariables = false;
        QSet<QString> definedVariables;
    };

    // Diagnostics sorted by position. Byte offsets refer to `script` (UTF-8).
    static QVector<Diagnostic> check(QByteArrayView script, const Options &options);
    static QVector<Diagnostic> check(QByteArrayView script) { return check(script, Options()); }
    // The same for a QString: byte offsets refer to its UTF-8 form, UTF-16 offsets to it.
    static QVector<Diagnostic> check(const QString &script, const Options &options);
};

} // namespace Weir
