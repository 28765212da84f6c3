#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace Weir {

// The roots of Flink's logical types (LogicalTypeRoot) that a result column can have.
enum class TypeRoot : quint8 {
    Char,
    Varchar,
    Boolean,
    Binary,
    Varbinary,
    Decimal,
    TinyInt,
    SmallInt,
    Integer,
    BigInt,
    Float,
    Double,
    Date,
    Time,
    Timestamp,
    TimestampTz,
    TimestampLtz,
    IntervalYearMonth,
    IntervalDayTime,
    Array,
    Multiset,
    Map,
    Row,
    Raw,
    Null,
    Other, // a root this version of Weir does not know; rootName() keeps Flink's name
};

// A Flink logical type as the SQL Gateway describes a result column (`logicalType` JSON of
// LogicalTypeJsonSerializer): root, nullability, length / precision / scale, and the nested
// types of ARRAY, MULTISET, MAP and ROW. toString() spells it the way Flink does
// (LogicalType#asSummaryString, which is what TYPEOF() and the SQL client's DESCRIBE print).
// Value type, one per column (not per value); any thread.
class ColumnType
{
public:
    ColumnType() = default;
    explicit ColumnType(TypeRoot root, bool nullable = true);

    // Unknown roots become TypeRoot::Other; missing attributes keep their defaults, so a newer
    // Flink that adds fields still parses.
    static ColumnType fromJson(const QJsonObject &json);

    TypeRoot root() const { return m_root; }
    // Flink's name of the root, e.g. "TIMESTAMP_WITH_LOCAL_TIME_ZONE".
    QString rootName() const;
    bool isNullable() const { return m_nullable; }
    // CHAR, VARCHAR, BINARY, VARBINARY; -1 otherwise.
    int length() const { return m_length; }
    // DECIMAL, TIME, TIMESTAMP*; the leading (year or day) precision of INTERVALs; -1 otherwise.
    int precision() const { return m_precision; }
    // DECIMAL; -1 otherwise.
    int scale() const { return m_scale; }
    // INTERVAL_DAY_TIME's fractional-second precision; -1 otherwise.
    int fractionalPrecision() const { return m_fractionalPrecision; }
    // INTERVAL's resolution as Flink names it ("SECOND", "DAY_TO_SECOND", "YEAR_TO_MONTH", ...).
    QString resolution() const { return m_resolution; }

    // ARRAY / MULTISET: the element type; MAP: key then value; ROW: the field types.
    const QList<ColumnType> &children() const { return m_children; }
    // ROW only, parallel to children().
    const QStringList &fieldNames() const { return m_fieldNames; }
    const QStringList &fieldDescriptions() const { return m_fieldDescriptions; }

    bool isNumeric() const;         // TINYINT ... DOUBLE and DECIMAL
    bool isCharacterString() const; // CHAR, VARCHAR
    bool isNested() const;          // ARRAY, MULTISET, MAP, ROW

    // "DECIMAL(38, 18) NOT NULL", "STRING", "TIMESTAMP_LTZ(3)", "ROW<`a` INT, `b` STRING>", ...
    QString toString() const;

    friend bool operator==(const ColumnType &a, const ColumnType &b);
    friend bool operator!=(const ColumnType &a, const ColumnType &b) { return !(a == b); }

private:
    QString baseString() const;
    QString intervalString() const;

    TypeRoot m_root = TypeRoot::Other;
    bool m_nullable = true;
    int m_length = -1;
    int m_precision = -1;
    int m_scale = -1;
    int m_fractionalPrecision = -1;
    QString m_resolution;
    QString m_otherName; // TypeRoot::Other: Flink's root name; RAW: the class name
    QList<ColumnType> m_children;
    QStringList m_fieldNames;
    QStringList m_fieldDescriptions;
};

} // namespace Weir
