#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace Weir {

// Picks currently unused TCP ports by letting the OS assign them (bind to port 0).
// A port is only free at the moment of the call: the process that uses it binds a moment later,
// which is good enough on a developer machine. Any thread.
class FreePort
{
    Q_DECLARE_TR_FUNCTIONS(FreePort)

public:
    // Returns `count` distinct ports on `address` (all sockets are held until every port is
    // chosen, so the OS cannot hand out the same port twice).
    static Result<QList<quint16>> reserve(int count,
                                          const QHostAddress &address = QHostAddress::LocalHost);
};

} // namespace Weir
