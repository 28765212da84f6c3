#include "settingsrepository.h"

#include "sqlconnection.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Weir {

using namespace Internal;

namespace {

struct Encoded
{
    QString type; // empty: unsupported
    QVariant value;
};

Encoded encode(const QVariant &value)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::Bool:
        return {QStringLiteral("bool"),
                value.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return {QStringLiteral("int"), QString::number(value.toLongLong())};
    case QMetaType::Double:
    case QMetaType::Float:
        // 17 significant digits read back to the same double.
        return {QStringLiteral("double"), QString::number(value.toDouble(), 'g', 17)};
    case QMetaType::QString:
        return {QStringLiteral("string"), SqlUtil::nonNull(value.toString())};
    case QMetaType::QByteArray: {
        // A null QByteArray would bind as NULL and read back as "missing".
        const QByteArray bytes = value.toByteArray();
        return {QStringLiteral("bytes"), bytes.isNull() ? QByteArray("") : bytes};
    }
    case QMetaType::QStringList:
        return {QStringLiteral("stringlist"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList()))
                                      .toJson(QJsonDocument::Compact))};
    case QMetaType::QDateTime:
        return {QStringLiteral("datetime"), value.toDateTime().toUTC().toString(Qt::ISODateWithMs)};
    case QMetaType::QJsonObject:
        return {
            QStringLiteral("json"),
            QString::fromUtf8(QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact))};
    case QMetaType::QJsonArray:
        return {
            QStringLiteral("json"),
            QString::fromUtf8(QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact))};
    default:
        break;
    }
    if (type == QMetaType::fromType<QList<qint64>>()) {
        // Decimal text keeps 64-bit ids exact, which JSON numbers (doubles) would not.
        QStringList parts;
        for (qint64 number : value.value<QList<qint64>>())
            parts << QString::number(number);
        return {QStringLiteral("intlist"), parts.join(QLatin1Char(','))};
    }
    return {};
}

QVariant decode(const QString &type, const QVariant &stored)
{
    const QString text = stored.toString();
    if (type == QLatin1String("bool"))
        return text == QLatin1String("true");
    if (type == QLatin1String("int"))
        return text.toLongLong();
    if (type == QLatin1String("double"))
        return text.toDouble();
    if (type == QLatin1String("string"))
        return text;
    if (type == QLatin1String("bytes"))
        return stored.toByteArray();
    if (type == QLatin1String("stringlist")) {
        QStringList list;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue &item : array)
            list << item.toString();
        return list;
    }
    if (type == QLatin1String("intlist")) {
        QList<qint64> list;
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            list << part.toLongLong();
        return QVariant::fromValue(list);
    }
    if (type == QLatin1String("datetime"))
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    if (type == QLatin1String("json")) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        return document.isArray() ? QVariant(document.array()) : QVariant(document.object());
    }
    return QVariant();
}

} // namespace

SettingsRepository::SettingsRepository(const SqlConnection &connection) : m_connection(connection)
{}

QSqlDatabase SettingsRepository::db() const
{
    return m_connection.database();
}

QVariant SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT type, value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (const Status status = SqlUtil::exec(query); !status) {
        qWarning("SettingsRepository::value(%s): %s", qUtf8Printable(key),
                 qUtf8Printable(status.error()));
        return QVariant();
    }
    if (!query.next())
        return QVariant();
    const QString type = query.value(0).toString();
    const QVariant decoded = decode(type, query.value(1));
    if (!decoded.isValid())
        qWarning("SettingsRepository::value(%s): unknown stored type %s", qUtf8Printable(key),
                 qUtf8Printable(type));
    return decoded;
}

Status SettingsRepository::setValue(const QString &key, const QVariant &value)
{
    if (!value.isValid())
        return remove(key);
    const Encoded encoded = encode(value);
    if (encoded.type.isEmpty()) {
        return Status::failure(
            tr("Cannot store the setting %1: values of type %2 are not supported.")
                .arg(key, QString::fromLatin1(value.metaType().name())));
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, type, value) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET type = excluded.type, value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(encoded.type);
    query.addBindValue(encoded.value);
    return SqlUtil::exec(query);
}

Status SettingsRepository::remove(const QString &key)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return SqlUtil::exec(query);
}

} // namespace Weir
