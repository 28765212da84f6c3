#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace Weir {

class ColumnType;

// One field of a result row: NULL, or the exact text Flink renders for it (the PLAIN_TEXT row
// format, which is what Flink's own SQL client prints). Keeping Flink's text keeps DECIMAL and
// BIGINT exact (never through double) and renders every type — TIMESTAMP_LTZ in the session
// zone, BYTES as x'..', ARRAY/MAP/ROW/MULTISET — exactly as Flink does. The typed helpers below
// work on that text. Value type; any thread.
class Value
{
public:
    Value() = default; // NULL
    explicit Value(QString text) : m_text(std::move(text)), m_null(false) {}

    bool isNull() const { return m_null; }
    // Flink's text; empty for NULL (use isNull() to tell NULL from an empty string).
    const QString &text() const { return m_text; }

    // TINYINT ... BIGINT exactly; nullopt for NULL or text that is not an integer in range.
    std::optional<qint64> toInt64() const;

    // Orders two values of a column of `type` for sorting: NULL first; numbers by value (DECIMAL
    // and the integers exactly, by their digits; FLOAT/DOUBLE as doubles, which they are); every
    // other type by Flink's text, which sorts DATE, TIME and TIMESTAMP chronologically.
    // Returns <0, 0 or >0.
    static int compare(const Value &a, const Value &b, const ColumnType &type);
    // Exact comparison of two decimal numerals ("-12.50" < "3"); no exponent, no double.
    // Text that is not a plain decimal numeral compares as text, after every numeral.
    static int compareDecimal(QStringView a, QStringView b);

    friend bool operator==(const Value &a, const Value &b)
    {
        return a.m_null == b.m_null && a.m_text == b.m_text;
    }
    friend bool operator!=(const Value &a, const Value &b) { return !(a == b); }

private:
    QString m_text;
    bool m_null = true;
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::Value)
