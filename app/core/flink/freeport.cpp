#include "freeport.h"

#include <QTcpServer>
#include <memory>
#include <vector>

namespace Weir {

Result<QList<quint16>> FreePort::reserve(int count, const QHostAddress &address)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(address, 0)) {
            return Result<QList<quint16>>::failure(
                tr("Cannot find a free TCP port on %1: %2")
                    .arg(address.toString(), server->errorString()));
        }
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

} // namespace Weir
