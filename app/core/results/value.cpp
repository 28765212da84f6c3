#include "results/value.h"

#include "results/columntype.h"

namespace Weir {

namespace {

// A decimal numeral split into sign, integer digits without leading zeros and fraction digits
// without trailing zeros, so that two of them compare digit by digit.
struct Numeral
{
    bool valid = false;
    bool negative = false;
    QStringView integer;
    QStringView fraction;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Numeral parseNumeral(QStringView text)
{
    Numeral n;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        n.negative = text[i] == QLatin1Char('-');
        ++i;
    }
    const qsizetype intStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    QStringView integer = text.sliced(intStart, i - intStart);
    QStringView fraction;
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        const qsizetype fracStart = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        fraction = text.sliced(fracStart, i - fracStart);
    }
    if (i != text.size() || (integer.isEmpty() && fraction.isEmpty()))
        return n;
    while (!integer.isEmpty() && integer.front() == QLatin1Char('0'))
        integer = integer.sliced(1);
    while (!fraction.isEmpty() && fraction.back() == QLatin1Char('0'))
        fraction.chop(1);
    n.valid = true;
    n.integer = integer;
    n.fraction = fraction;
    if (integer.isEmpty() && fraction.isEmpty())
        n.negative = false; // -0 == 0
    return n;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

int compareMagnitude(const Numeral &a, const Numeral &b)
{
    if (a.integer.size() != b.integer.size())
        return a.integer.size() < b.integer.size() ? -1 : 1;
    if (const int c = a.integer.compare(b.integer))
        return sign(c);
    // Fractions without trailing zeros compare lexicographically ("5" > "49").
    return sign(a.fraction.compare(b.fraction));
}

} // namespace

std::optional<qint64> Value::toInt64() const
{
    if (m_null)
        return std::nullopt;
    bool ok = false;
    const qint64 value = m_text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

int Value::compareDecimal(QStringView a, QStringView b)
{
    const Numeral x = parseNumeral(a);
    const Numeral y = parseNumeral(b);
    if (!x.valid || !y.valid) {
        if (x.valid != y.valid)
            return x.valid ? -1 : 1;
        return sign(a.compare(b));
    }
    if (x.negative != y.negative)
        return x.negative ? -1 : 1;
    const int magnitude = compareMagnitude(x, y);
    return x.negative ? -magnitude : magnitude;
}

int Value::compare(const Value &a, const Value &b, const ColumnType &type)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    switch (type.root()) {
    case TypeRoot::TinyInt:
    case TypeRoot::SmallInt:
    case TypeRoot::Integer:
    case TypeRoot::BigInt:
    case TypeRoot::Decimal:
        return compareDecimal(a.text(), b.text());
    case TypeRoot::Float:
    case TypeRoot::Double: {
        // Flink prints these with Java's Double.toString ("1.0E300", "NaN", "Infinity").
        bool okA = false;
        bool okB = false;
        const double x = a.text().toDouble(&okA);
        const double y = b.text().toDouble(&okB);
        if (okA && okB && x != y)
            return x < y ? -1 : 1;
        if (okA != okB)
            return okA ? -1 : 1;
        return sign(a.text().compare(b.text()));
    }
    default:
        return sign(a.text().compare(b.text()));
    }
}

} // namespace Weir
