#include "flinkconfigfile.h"

#include <QFile>
#include <QList>

namespace Weir {

namespace {

// Removes a trailing "# comment" that is outside quotes (YAML needs whitespace before '#').
QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

QString unquote(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))) {
        QString inner = v.mid(1, v.size() - 2);
        return inner.replace(QLatin1String("''"), QLatin1String("'"));
    }
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
        QString out;
        const QString inner = v.mid(1, v.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            QChar c = inner.at(i);
            if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                c = inner.at(++i);
                if (c == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (c == QLatin1Char('t'))
                    c = QLatin1Char('\t');
            }
            out += c;
        }
        return out;
    }
    return v;
}

// Index of the ':' that separates key and value (followed by a space or the end), outside quotes.
qsizetype keySeparator(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == QLatin1Char('\'') || c == QLatin1Char('"')) && i == 0) {
            quote = c;
        } else if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

// Splits "a: 1, b: {c: 2}" at top-level commas.
QStringList splitFlowItems(const QString &text)
{
    QStringList items;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            items.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    items.append(text.mid(start));
    return items;
}

QString joinKey(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

} // namespace

Result<FlinkConfigFile> FlinkConfigFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Result<FlinkConfigFile>::failure(
            tr("Cannot read the Flink configuration file %1: %2").arg(path, file.errorString()));
    }
    return parse(QString::fromUtf8(file.readAll()));
}

FlinkConfigFile FlinkConfigFile::parse(const QString &text)
{
    FlinkConfigFile config;
    struct Level
    {
        int indent;
        QString prefix;
    };
    QList<Level> stack; // open block mappings, innermost last

    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = stripComment(rawLine);
        const QString content = line.trimmed();
        if (content.isEmpty() || content == QLatin1String("---") || content == QLatin1String("..."))
            continue;
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        while (!stack.isEmpty() && stack.last().indent >= indent)
            stack.removeLast();
        if (content.startsWith(QLatin1String("- ")) || content == QLatin1String("-"))
            continue; // block sequence item: unsupported, see the class comment

        const qsizetype colon = keySeparator(content);
        if (colon <= 0)
            continue;
        const QString prefix = stack.isEmpty() ? QString() : stack.last().prefix;
        const QString key = joinKey(prefix, unquote(content.left(colon)));
        const QString value = content.mid(colon + 1).trimmed();

        if (value.isEmpty()) {
            stack.append({indent, key}); // a nested block mapping follows (or a null value)
        } else if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}'))) {
            config.parseFlowMapping(key, value);
        } else if (value == QLatin1String("|") || value == QLatin1String(">") ||
                   value.startsWith(QLatin1String("|-")) || value.startsWith(QLatin1String(">-"))) {
            continue; // block scalar: unsupported
        } else {
            config.m_values.insert(key, unquote(value));
        }
    }
    return config;
}

void FlinkConfigFile::parseFlowMapping(const QString &prefix, const QString &text)
{
    const QString inner = text.mid(1, text.size() - 2);
    for (const QString &item : splitFlowItems(inner)) {
        const QString entry = item.trimmed();
        const qsizetype colon = keySeparator(entry);
        if (colon <= 0)
            continue;
        const QString key = joinKey(prefix, unquote(entry.left(colon)));
        const QString value = entry.mid(colon + 1).trimmed();
        if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
            parseFlowMapping(key, value);
        else
            m_values.insert(key, unquote(value));
    }
}

QString FlinkConfigFile::value(const QString &key, const QString &defaultValue) const
{
    return m_values.value(key, defaultValue);
}

} // namespace Weir
