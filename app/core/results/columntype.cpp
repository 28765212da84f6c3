#include "results/columntype.h"

#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <limits>

namespace Weir {

namespace {

struct RootName
{
    TypeRoot root;
    QLatin1StringView name;
};

// Flink's LogicalTypeRoot names, as LogicalTypeJsonSerializer writes them.
constexpr std::array<RootName, 25> kRootNames{{
    {TypeRoot::Char, QLatin1StringView("CHAR")},
    {TypeRoot::Varchar, QLatin1StringView("VARCHAR")},
    {TypeRoot::Boolean, QLatin1StringView("BOOLEAN")},
    {TypeRoot::Binary, QLatin1StringView("BINARY")},
    {TypeRoot::Varbinary, QLatin1StringView("VARBINARY")},
    {TypeRoot::Decimal, QLatin1StringView("DECIMAL")},
    {TypeRoot::TinyInt, QLatin1StringView("TINYINT")},
    {TypeRoot::SmallInt, QLatin1StringView("SMALLINT")},
    {TypeRoot::Integer, QLatin1StringView("INTEGER")},
    {TypeRoot::BigInt, QLatin1StringView("BIGINT")},
    {TypeRoot::Float, QLatin1StringView("FLOAT")},
    {TypeRoot::Double, QLatin1StringView("DOUBLE")},
    {TypeRoot::Date, QLatin1StringView("DATE")},
    {TypeRoot::Time, QLatin1StringView("TIME_WITHOUT_TIME_ZONE")},
    {TypeRoot::Timestamp, QLatin1StringView("TIMESTAMP_WITHOUT_TIME_ZONE")},
    {TypeRoot::TimestampTz, QLatin1StringView("TIMESTAMP_WITH_TIME_ZONE")},
    {TypeRoot::TimestampLtz, QLatin1StringView("TIMESTAMP_WITH_LOCAL_TIME_ZONE")},
    {TypeRoot::IntervalYearMonth, QLatin1StringView("INTERVAL_YEAR_MONTH")},
    {TypeRoot::IntervalDayTime, QLatin1StringView("INTERVAL_DAY_TIME")},
    {TypeRoot::Array, QLatin1StringView("ARRAY")},
    {TypeRoot::Multiset, QLatin1StringView("MULTISET")},
    {TypeRoot::Map, QLatin1StringView("MAP")},
    {TypeRoot::Row, QLatin1StringView("ROW")},
    {TypeRoot::Raw, QLatin1StringView("RAW")},
    {TypeRoot::Null, QLatin1StringView("NULL")},
}};

constexpr int kMaxLength = std::numeric_limits<int>::max(); // STRING, BYTES

int intField(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? value.toInt(-1) : -1;
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString quotedString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ColumnType::ColumnType(TypeRoot root, bool nullable) : m_root(root), m_nullable(nullable) {}

ColumnType ColumnType::fromJson(const QJsonObject &json)
{
    ColumnType type;
    const QString name = json.value(QLatin1String("type")).toString();
    for (const RootName &entry : kRootNames) {
        if (name == entry.name) {
            type.m_root = entry.root;
            break;
        }
    }
    if (type.m_root == TypeRoot::Other)
        type.m_otherName = name;
    // The NULL type carries no "nullable" (it is always nullable).
    type.m_nullable = json.value(QLatin1String("nullable")).toBool(true);
    type.m_length = intField(json, QLatin1StringView("length"));
    type.m_precision = intField(json, QLatin1StringView("precision"));
    type.m_scale = intField(json, QLatin1StringView("scale"));
    type.m_fractionalPrecision = intField(json, QLatin1StringView("fractionalPrecision"));
    type.m_resolution = json.value(QLatin1String("resolution")).toString();

    switch (type.m_root) {
    case TypeRoot::Array:
    case TypeRoot::Multiset:
        type.m_children.append(fromJson(json.value(QLatin1String("elementType")).toObject()));
        break;
    case TypeRoot::Map:
        type.m_children.append(fromJson(json.value(QLatin1String("keyType")).toObject()));
        type.m_children.append(fromJson(json.value(QLatin1String("valueType")).toObject()));
        break;
    case TypeRoot::Row: {
        const QJsonArray fields = json.value(QLatin1String("fields")).toArray();
        for (const QJsonValue &value : fields) {
            const QJsonObject field = value.toObject();
            type.m_fieldNames.append(field.value(QLatin1String("name")).toString());
            type.m_fieldDescriptions.append(field.value(QLatin1String("description")).toString());
            type.m_children.append(fromJson(field.value(QLatin1String("fieldType")).toObject()));
        }
        break;
    }
    case TypeRoot::Raw:
        type.m_otherName = json.value(QLatin1String("class")).toString();
        break;
    default:
        break;
    }
    return type;
}

QString ColumnType::rootName() const
{
    if (m_root == TypeRoot::Other)
        return m_otherName;
    for (const RootName &entry : kRootNames) {
        if (entry.root == m_root)
            return entry.name;
    }
    return QString();
}

bool ColumnType::isNumeric() const
{
    switch (m_root) {
    case TypeRoot::TinyInt:
    case TypeRoot::SmallInt:
    case TypeRoot::Integer:
    case TypeRoot::BigInt:
    case TypeRoot::Float:
    case TypeRoot::Double:
    case TypeRoot::Decimal:
        return true;
    default:
        return false;
    }
}

bool ColumnType::isCharacterString() const
{
    return m_root == TypeRoot::Char || m_root == TypeRoot::Varchar;
}

bool ColumnType::isNested() const
{
    return m_root == TypeRoot::Array || m_root == TypeRoot::Multiset || m_root == TypeRoot::Map ||
           m_root == TypeRoot::Row;
}

QString ColumnType::toString() const
{
    // The NULL type is nullable by definition and Flink never prints NOT NULL for it.
    if (m_nullable || m_root == TypeRoot::Null)
        return baseString();
    return baseString() + QLatin1String(" NOT NULL");
}

QString ColumnType::baseString() const
{
    const auto withArg = [](const char *name, int arg) {
        return QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(arg);
    };
    switch (m_root) {
    case TypeRoot::Char:
        return withArg("CHAR", m_length);
    case TypeRoot::Varchar:
        return m_length == kMaxLength ? QStringLiteral("STRING") : withArg("VARCHAR", m_length);
    case TypeRoot::Binary:
        return withArg("BINARY", m_length);
    case TypeRoot::Varbinary:
        return m_length == kMaxLength ? QStringLiteral("BYTES") : withArg("VARBINARY", m_length);
    case TypeRoot::Boolean:
        return QStringLiteral("BOOLEAN");
    case TypeRoot::Decimal:
        return QStringLiteral("DECIMAL(%1, %2)").arg(m_precision).arg(m_scale);
    case TypeRoot::TinyInt:
        return QStringLiteral("TINYINT");
    case TypeRoot::SmallInt:
        return QStringLiteral("SMALLINT");
    case TypeRoot::Integer:
        return QStringLiteral("INT");
    case TypeRoot::BigInt:
        return QStringLiteral("BIGINT");
    case TypeRoot::Float:
        return QStringLiteral("FLOAT");
    case TypeRoot::Double:
        return QStringLiteral("DOUBLE");
    case TypeRoot::Date:
        return QStringLiteral("DATE");
    case TypeRoot::Time:
        return withArg("TIME", m_precision);
    case TypeRoot::Timestamp:
        return withArg("TIMESTAMP", m_precision);
    case TypeRoot::TimestampTz:
        return withArg("TIMESTAMP", m_precision) + QLatin1String(" WITH TIME ZONE");
    case TypeRoot::TimestampLtz:
        return withArg("TIMESTAMP_LTZ", m_precision);
    case TypeRoot::IntervalYearMonth:
    case TypeRoot::IntervalDayTime:
        return intervalString();
    case TypeRoot::Array:
    case TypeRoot::Multiset:
        return QLatin1String(m_root == TypeRoot::Array ? "ARRAY<" : "MULTISET<") +
               m_children.value(0).toString() + QLatin1Char('>');
    case TypeRoot::Map:
        return QLatin1String("MAP<") + m_children.value(0).toString() + QLatin1String(", ") +
               m_children.value(1).toString() + QLatin1Char('>');
    case TypeRoot::Row: {
        QStringList fields;
        for (qsizetype i = 0; i < m_children.size(); ++i) {
            QString field = quotedIdentifier(m_fieldNames.value(i)) + QLatin1Char(' ') +
                            m_children.at(i).toString();
            if (!m_fieldDescriptions.value(i).isEmpty())
                field += QLatin1Char(' ') + quotedString(m_fieldDescriptions.at(i));
            fields.append(field);
        }
        return QLatin1String("ROW<") + fields.join(QLatin1String(", ")) + QLatin1Char('>');
    }
    case TypeRoot::Raw:
        return QLatin1String("RAW(") + quotedString(m_otherName) + QLatin1String(", '...')");
    case TypeRoot::Null:
        return QStringLiteral("NULL");
    case TypeRoot::Other:
        return m_otherName;
    }
    return m_otherName;
}

// DayTimeIntervalType / YearMonthIntervalType summary strings: the leading precision only
// where the resolution starts with YEAR or DAY, the fractional one only where it ends in SECOND.
QString ColumnType::intervalString() const
{
    const QString p = QString::number(m_precision);
    const QString f = QString::number(m_fractionalPrecision);
    const QString r = m_resolution;
    if (m_root == TypeRoot::IntervalYearMonth) {
        if (r == QLatin1String("YEAR"))
            return QLatin1String("INTERVAL YEAR(") + p + QLatin1Char(')');
        if (r == QLatin1String("YEAR_TO_MONTH"))
            return QLatin1String("INTERVAL YEAR(") + p + QLatin1String(") TO MONTH");
        return QStringLiteral("INTERVAL MONTH");
    }
    QString text = QStringLiteral("INTERVAL ");
    const QStringList parts = r.split(QLatin1String("_TO_"));
    const auto unit = [&](const QString &name) {
        if (name == QLatin1String("DAY"))
            return QLatin1String("DAY(") + p + QLatin1Char(')');
        if (name == QLatin1String("SECOND"))
            return QLatin1String("SECOND(") + f + QLatin1Char(')');
        return name;
    };
    text += unit(parts.value(0));
    if (parts.size() > 1)
        text += QLatin1String(" TO ") + unit(parts.at(1));
    return text;
}

bool operator==(const ColumnType &a, const ColumnType &b)
{
    return a.m_root == b.m_root && a.m_nullable == b.m_nullable && a.m_length == b.m_length &&
           a.m_precision == b.m_precision && a.m_scale == b.m_scale &&
           a.m_fractionalPrecision == b.m_fractionalPrecision && a.m_resolution == b.m_resolution &&
           a.m_otherName == b.m_otherName && a.m_children == b.m_children &&
           a.m_fieldNames == b.m_fieldNames && a.m_fieldDescriptions == b.m_fieldDescriptions;
}

} // namespace Weir
