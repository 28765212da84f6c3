#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Weir {

// One documented option of a connector, a format or the Flink configuration, as the resource
// catalogs describe it (key, type, default, enumerated values, required, description). Plain
// value; any thread.
struct CatalogOption
{
    QString key;
    QString type;         // String, Integer, Long, Boolean, Duration, MemorySize, Enum, List, ...
    QString defaultValue; // empty when there is none
    QStringList values;   // enumerated values, when the option has them
    bool required = false;
    QString description;

    // The values a completion offers after 'key' = : the enumeration, or true/false.
    QStringList suggestedValues() const;
    // "Duration, default 5 min" and the like, for a candidate's detail.
    QString summary() const;

    static CatalogOption fromJson(const QJsonObject &object);
};

} // namespace Weir
