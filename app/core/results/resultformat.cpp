#include "results/resultformat.h"

#include <QBuffer>
#include <QIODevice>

namespace Weir {

namespace {

const QString kOp = QStringLiteral("op");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// JSON's number grammar: Flink prints DOUBLE as "1.0E300" (valid) but also "NaN", "Infinity".
bool isJsonNumber(QStringView s)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i > from;
    };
    if (i < s.size() && s[i] == QLatin1Char('-'))
        ++i;
    if (i < s.size() && s[i] == QLatin1Char('0'))
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == QLatin1Char('e') || s[i] == QLatin1Char('E'))) {
        ++i;
        if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

bool isNumber(const ColumnType &type)
{
    return type.isNumeric();
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString sqlString(QStringView text)
{
    QString quoted = text.toString();
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString typeWithoutNotNull(const ColumnType &type)
{
    QString name = type.toString();
    if (name.endsWith(QLatin1String(" NOT NULL")))
        name.chop(9);
    return name;
}

// Appends one row (or the header when row < 0) of `kind`.
void appendRow(QString &out, const ResultSnapshot &s, ResultFormat::Kind kind, int row,
               const QString &tableName)
{
    const bool op = s.withKinds() && kind != ResultFormat::Kind::SqlInsert;
    const int columns = s.columnCount();
    switch (kind) {
    case ResultFormat::Kind::Tsv:
    case ResultFormat::Kind::Csv: {
        const QChar separator =
            kind == ResultFormat::Kind::Tsv ? QLatin1Char('\t') : QLatin1Char(',');
        const auto cell = [&](QStringView text, bool null) {
            if (kind == ResultFormat::Kind::Csv) {
                out += ResultFormat::csvField(text, null);
                return;
            }
            if (null)
                return;
            for (QChar c : text)
                out += (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                           ? QLatin1Char(' ')
                           : c;
        };
        if (op)
            cell(row < 0 ? QStringView(kOp) : QStringView(rowKindShortString(s.kind(row))), false);
        for (int c = 0; c < columns; ++c) {
            if (c > 0 || op)
                out += separator;
            if (row < 0)
                cell(s.columns().at(c).name(), false);
            else
                cell(s.text(row, c), s.isNull(row, c));
        }
        out += QLatin1Char('\n');
        break;
    }
    case ResultFormat::Kind::Markdown: {
        out += QLatin1Char('|');
        if (op) {
            out += QLatin1Char(' ');
            out += row < 0 ? kOp : rowKindShortString(s.kind(row));
            out += QLatin1String(" |");
        }
        for (int c = 0; c < columns; ++c) {
            out += QLatin1Char(' ');
            out += row < 0 ? ResultFormat::markdownCell(s.columns().at(c).name(), false)
                           : ResultFormat::markdownCell(s.text(row, c), s.isNull(row, c));
            out += QLatin1String(" |");
        }
        out += QLatin1Char('\n');
        if (row < 0) {
            out += QLatin1Char('|');
            if (op)
                out += QLatin1String(" --- |");
            for (int c = 0; c < columns; ++c)
                out += isNumber(s.columns().at(c).type()) ? QLatin1String(" ---: |")
                                                          : QLatin1String(" --- |");
            out += QLatin1Char('\n');
        }
        break;
    }
    case ResultFormat::Kind::Json: {
        if (row < 0) {
            out += QLatin1Char('[');
            break;
        }
        out += row == 0 ? QLatin1String("\n  {") : QLatin1String(",\n  {");
        if (op) {
            out += QLatin1String("\"op\": \"");
            out += rowKindShortString(s.kind(row));
            out += QLatin1Char('"');
        }
        for (int c = 0; c < columns; ++c) {
            if (c > 0 || op)
                out += QLatin1String(", ");
            out += ResultFormat::jsonString(s.columns().at(c).name());
            out += QLatin1String(": ");
            out +=
                ResultFormat::jsonValue(s.text(row, c), s.isNull(row, c), s.columns().at(c).type());
        }
        out += QLatin1Char('}');
        break;
    }
    case ResultFormat::Kind::SqlInsert: {
        if (row < 0) {
            out += QLatin1String("INSERT INTO ") + quoteIdentifier(tableName) + QLatin1String(" (");
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    out += QLatin1String(", ");
                out += quoteIdentifier(s.columns().at(c).name());
            }
            out += QLatin1String(") VALUES");
            break;
        }
        out += row == 0 ? QLatin1String("\n  (") : QLatin1String(",\n  (");
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1String(", ");
            out += ResultFormat::sqlLiteral(s.text(row, c), s.isNull(row, c),
                                            s.columns().at(c).type());
        }
        out += QLatin1Char(')');
        break;
    }
    }
}

void appendEnd(QString &out, const ResultSnapshot &s, ResultFormat::Kind kind)
{
    if (kind == ResultFormat::Kind::Json)
        out += s.rowCount() > 0 ? QLatin1String("\n]\n") : QLatin1String("]\n");
    else if (kind == ResultFormat::Kind::SqlInsert)
        out += QLatin1String(";\n");
}

} // namespace

QString ResultFormat::csvField(QStringView text, bool null)
{
    if (null)
        return QString();
    if (text.isEmpty())
        return QStringLiteral("\"\"");
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text.toString();
    QString quoted = text.toString();
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ResultFormat::markdownCell(QStringView text, bool null)
{
    if (null)
        return QStringLiteral("NULL");
    QString cell = text.toString();
    cell.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
    cell.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    cell.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return cell;
}

QString ResultFormat::jsonString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString ResultFormat::jsonValue(QStringView text, bool null, const ColumnType &type)
{
    if (null)
        return QStringLiteral("null");
    if (type.root() == TypeRoot::Boolean &&
        (text == QLatin1String("TRUE") || text == QLatin1String("FALSE")))
        return text == QLatin1String("TRUE") ? QStringLiteral("true") : QStringLiteral("false");
    // Exact digits, never through double: JSON numbers have no precision limit of their own.
    if (type.isNumeric() && isJsonNumber(text))
        return text.toString();
    return jsonString(text);
}

QString ResultFormat::sqlLiteral(QStringView text, bool null, const ColumnType &type)
{
    if (null)
        return QStringLiteral("NULL");
    switch (type.root()) {
    case TypeRoot::Boolean:
        return text.toString();
    case TypeRoot::TinyInt:
    case TypeRoot::SmallInt:
    case TypeRoot::Integer:
    case TypeRoot::BigInt:
    case TypeRoot::Decimal:
    case TypeRoot::Float:
    case TypeRoot::Double:
        if (isJsonNumber(text))
            return text.toString();
        return QStringLiteral("CAST(%1 AS %2)").arg(sqlString(text), typeWithoutNotNull(type));
    case TypeRoot::Binary:
    case TypeRoot::Varbinary:
        return text.toString(); // Flink prints BYTES as its literal, x'0aff'
    case TypeRoot::Date:
        return QLatin1String("DATE ") + sqlString(text);
    case TypeRoot::Time:
        return QLatin1String("TIME ") + sqlString(text);
    case TypeRoot::Timestamp:
        return QLatin1String("TIMESTAMP ") + sqlString(text);
    case TypeRoot::TimestampLtz:
        return QStringLiteral("CAST(%1 AS %2)").arg(sqlString(text), typeWithoutNotNull(type));
    default:
        return sqlString(text);
    }
}

Status ResultFormat::write(const ResultSnapshot &snapshot, Kind kind, QIODevice *device,
                           const Progress &progress, const QString &tableName)
{
    constexpr int kProgressEvery = 4096;
    constexpr qsizetype kFlushAt = 256 * 1024;
    QString buffer;
    buffer.reserve(kFlushAt + 4096);
    const auto flush = [&]() -> bool {
        const QByteArray bytes = buffer.toUtf8();
        buffer.clear();
        return device->write(bytes) == bytes.size();
    };
    if (kind != Kind::Tsv)
        appendRow(buffer, snapshot, kind, -1, tableName);
    for (int row = 0; row < snapshot.rowCount(); ++row) {
        appendRow(buffer, snapshot, kind, row, tableName);
        if (buffer.size() >= kFlushAt && !flush())
            return Status::failure(tr("Could not write: %1").arg(device->errorString()));
        if (progress && (row + 1) % kProgressEvery == 0 && !progress(row + 1))
            return Status::failure(tr("Cancelled."));
    }
    appendEnd(buffer, snapshot, kind);
    if (!flush())
        return Status::failure(tr("Could not write: %1").arg(device->errorString()));
    if (progress)
        progress(snapshot.rowCount());
    return Status();
}

QString ResultFormat::toText(const ResultSnapshot &snapshot, Kind kind, const QString &tableName)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(snapshot, kind, &buffer, {}, tableName);
    return QString::fromUtf8(bytes);
}

} // namespace Weir
