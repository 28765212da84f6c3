#include "resultpageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Weir {

namespace {

// Only JSON pages have non-string fields; PLAIN_TEXT gives strings and nulls.
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger();
        if (double(integer) == value.toDouble())
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString();
    }
}

} // namespace

ResultPageParser::Page ResultPageParser::parse(const QByteArray &body, quint64 generation,
                                               qint64 sequence)
{
    Page page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error =
            tr("invalid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString());
        return page;
    }
    const QJsonObject json = document.object();
    const QString type = json.value(QLatin1String("resultType")).toString();
    if (type == QLatin1String("NOT_READY"))
        page.type = Page::Type::NotReady;
    else if (type == QLatin1String("PAYLOAD"))
        page.type = Page::Type::Payload;
    else if (type == QLatin1String("EOS"))
        page.type = Page::Type::EndOfStream;
    else {
        page.error = tr("unknown resultType \"%1\"").arg(type);
        return page;
    }
    page.nextResultUri = json.value(QLatin1String("nextResultUri")).toString();
    page.jobId = json.value(QLatin1String("jobID")).toString();
    page.isQueryResult = json.value(QLatin1String("isQueryResult")).toBool();
    page.resultKind = json.value(QLatin1String("resultKind")).toString();
    if (page.type == Page::Type::NotReady)
        return page;

    const QJsonObject results = json.value(QLatin1String("results")).toObject();
    page.rowFormat = results.value(QLatin1String("rowFormat")).toString();
    page.columns = ColumnInfo::listFromJson(results.value(QLatin1String("columns")).toArray());
    const QJsonArray data = results.value(QLatin1String("data")).toArray();
    const int columnCount = int(page.columns.size());
    RowBatch::Builder builder(columnCount, generation, sequence);
    // A rough guess of the text size saves most reallocations of the shared buffer.
    builder.reserve(int(data.size()), qsizetype(body.size()) / 2);
    for (const QJsonValue &rowValue : data) {
        const QJsonObject row = rowValue.toObject();
        const auto kind = rowKindFromName(row.value(QLatin1String("kind")).toString());
        if (!kind) {
            page.error =
                tr("unknown row kind \"%1\"").arg(row.value(QLatin1String("kind")).toString());
            return page;
        }
        builder.beginRow(*kind);
        const QJsonArray fields = row.value(QLatin1String("fields")).toArray();
        if (fields.size() != columnCount) {
            page.error =
                tr("a row has %1 fields for %2 columns").arg(fields.size()).arg(columnCount);
            return page;
        }
        for (const QJsonValue &field : fields) {
            if (field.isNull() || field.isUndefined())
                builder.addNull();
            else if (field.isString())
                builder.addText(field.toString());
            else
                builder.addText(textOf(field));
        }
    }
    page.rows = builder.build();
    return page;
}

QString ResultPageParser::peekNextResultUri(const QByteArray &body)
{
    if (!body.contains("\"resultType\":\"PAYLOAD\"") || body.contains("\"data\":[]"))
        return QString();
    const QByteArray key = QByteArrayLiteral("\"nextResultUri\":\"");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return QString();
    const qsizetype begin = at + key.size();
    const qsizetype end = body.indexOf('"', begin);
    if (end < 0)
        return QString();
    const QByteArray uri = body.sliced(begin, end - begin);
    // An escape would need JSON decoding; the gateway's URIs have none, so do not guess.
    if (uri.contains('\\'))
        return QString();
    return QString::fromUtf8(uri);
}

} // namespace Weir
