#pragma once

#include "sql/statement.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace Weir {

// Weir's script variables, in the reference product's syntax: a statement `name := value`
// defines one, `${name}` uses one. This finds definitions and uses with their positions;
// substitution before a run belongs to the run plan. Stateless; any thread.
class Variables
{
public:
    struct Definition
    {
        QString name;
        QString value;    // the text after ':=', trimmed
        ByteOffset begin; // the defining statement
        ByteOffset end;
    };
    struct Use
    {
        QString name;
        ByteOffset begin; // of "${"
        ByteOffset end;   // after "}"
    };

    // Whether `statement` (its text, without the ';') is a definition `name := value`.
    static bool parseDefinition(QByteArrayView statement, QString *name, QString *value);
    // The definitions among `statements` of `script`, in script order.
    static QVector<Definition> definitions(QByteArrayView script,
                                           const QVector<Statement> &statements);
    // Every ${name} in script[from, to), wherever it stands (also inside string literals),
    // with the lexer's rules for names: no braces, quotes, '$', ';' or white space.
    static QVector<Use> uses(QByteArrayView script, qsizetype from, qsizetype to);
};

} // namespace Weir
