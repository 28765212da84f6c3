#pragma once

#include "alerts/alertsender.h"

namespace Weir {

// A desktop notification through org.freedesktop.Notifications on the session bus (Linux
// desktops; built only with QtDBus). Elsewhere the window shows alerts through its tray icon.
// GUI thread.
class DesktopNotifier : public AlertSender
{
    Q_OBJECT

public:
    using AlertSender::AlertSender;

    void send(const AlertEvent &event, const QString &secret, Done done) override;
    Status validate() const override { return Status(); }
};

} // namespace Weir
