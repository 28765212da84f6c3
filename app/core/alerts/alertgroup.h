#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Weir {

// A named set of alert instances; a script's settings pick one (AlertService::kScriptGroupKey),
// and every alert about that script's jobs goes to all enabled instances of it. Plain value.
struct AlertGroup
{
    qint64 id = 0;
    QString name;
    QString description;
    QList<qint64> instanceIds; // in the order the user arranged them

    friend bool operator==(const AlertGroup &a, const AlertGroup &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description &&
               a.instanceIds == b.instanceIds;
    }
};

} // namespace Weir

Q_DECLARE_METATYPE(Weir::AlertGroup)
