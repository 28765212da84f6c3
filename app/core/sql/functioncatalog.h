#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Weir {

// Flink's built-in functions with their signatures and one-line descriptions, read from the
// resource catalog :/weir/catalogs/functions.json (data, not code: see that file for sources).
// Immutable after loading; builtin() is built once on first use; any thread.
class FunctionCatalog
{
public:
    enum class Kind : quint8 {
        Scalar,
        Aggregate, // also usable in OVER windows
        Window,    // only in OVER windows (ROW_NUMBER, LAG, ...)
        Table,     // table-valued: window TVFs in FROM TABLE(...)
    };

    struct Function
    {
        QString name; // upper case
        QString category;
        Kind kind = Kind::Scalar;
        QStringList
            signatures; // "SUBSTR(string, integer1, integer2)"; without '(' when called bare
        QString returns;
        QString description;

        // False for the niladic functions written without parentheses (CURRENT_TIMESTAMP).
        bool takesParentheses() const;
        // True when some signature takes at least one argument.
        bool takesArguments() const;
    };

    // An argument's range in a signature, in UTF-16 units.
    struct ArgumentRange
    {
        int begin = 0;
        int end = 0;
    };

    FunctionCatalog() = default;
    static FunctionCatalog fromJson(const QByteArray &json, QString *error = nullptr);
    static const FunctionCatalog &builtin();

    // Sorted by name; a name appears once with all its signatures.
    const QVector<Function> &functions() const { return m_functions; }
    const Function *find(QStringView name) const; // any case

    // The top-level arguments between a signature's outer parentheses ("..." counts as one).
    static QVector<ArgumentRange> argumentRanges(QStringView signature);
    // Whether the signature's last argument is "...", so that any further index maps onto it.
    static bool isVariadic(QStringView signature);

private:
    QVector<Function> m_functions;
    QHash<QString, int> m_index; // upper-case name -> index
};

} // namespace Weir
