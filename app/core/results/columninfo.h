#pragma once

#include "results/columntype.h"

#include <QList>
#include <QMetaType>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace Weir {

// One column of a Flink result: its name, its Flink type and its comment, from the
// `results.columns` of a SQL Gateway page. Value type; any thread.
class ColumnInfo
{
public:
    ColumnInfo() = default;
    ColumnInfo(QString name, ColumnType type, QString comment = QString());

    // {"name": ..., "logicalType": {...}, "comment": null | "..."}
    static ColumnInfo fromJson(const QJsonObject &json);
    static QList<ColumnInfo> listFromJson(const QJsonArray &json);

    const QString &name() const { return m_name; }
    const ColumnType &type() const { return m_type; }
    const QString &comment() const { return m_comment; }

    friend bool operator==(const ColumnInfo &a, const ColumnInfo &b)
    {
        return a.m_name == b.m_name && a.m_type == b.m_type && a.m_comment == b.m_comment;
    }
    friend bool operator!=(const ColumnInfo &a, const ColumnInfo &b) { return !(a == b); }

private:
    QString m_name;
    ColumnType m_type;
    QString m_comment;
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::ColumnInfo)
