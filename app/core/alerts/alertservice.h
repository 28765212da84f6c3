#pragma once

#include "alerts/alertevent.h"
#include "alerts/alerthistoryentry.h"
#include "alerts/alertinstance.h"
#include "common/result.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace Weir {

class AlertConfigRepository;
class AlertHistoryRepository;

// Routes each alert to the enabled instances of its group (a script's group, else the default
// group), reads each instance's secret from the keychain through the reader the window gives
// it, and records every send (ok, or failed with the cause) in the alert history. GUI thread.
class AlertService : public QObject
{
    Q_OBJECT

public:
    // The key of a script's settings (Script::settings) that holds its alert group's id.
    static QString scriptGroupKey() { return QStringLiteral("alertGroupId"); }
    // The group a script's settings pick; 0 when none.
    static qint64 groupOfScript(const QJsonObject &scriptSettings);

    // Reads a secret by its keychain key (Secrets::read in the window; tests give their own).
    using SecretReader =
        std::function<void(const QString &key, std::function<void(Result<QString>)> done)>;

    // Both repositories must outlive the service.
    AlertService(AlertConfigRepository &config, AlertHistoryRepository &history,
                 QObject *parent = nullptr);
    ~AlertService() override;

    void setSecretReader(SecretReader reader) { m_readSecret = std::move(reader); }
    // The group for alerts whose job has no group (and for cluster alerts); 0: none.
    void setDefaultGroup(qint64 groupId) { m_defaultGroup = groupId; }
    qint64 defaultGroup() const { return m_defaultGroup; }
    // History entries kept; older ones are pruned after each send.
    void setHistoryLimit(int limit) { m_historyLimit = limit; }

    // Sends `event` to every enabled instance of `groupId` (0: the default group). Returns how
    // many sends started (0 when the group is empty or there is none).
    int dispatch(const AlertEvent &event, qint64 groupId);
    // A sample alert to one instance ("Test" in the editor); recorded like any other.
    void sendTest(const AlertInstance &instance, std::function<void(const Status &)> done);
    // Sends started and not finished yet.
    int pendingCount() const { return m_pending; }

signals:
    void historyAdded(const Weir::AlertHistoryEntry &entry);
    // The last send in flight ended.
    void idle();

private:
    void sendOne(const AlertInstance &instance, const AlertEvent &event, qint64 groupId,
                 std::function<void(const Status &)> done);
    void withSecret(const AlertInstance &instance, std::function<void(Result<QString>)> done);
    void record(const AlertInstance &instance, const AlertEvent &event, qint64 groupId,
                const Status &status);

    AlertConfigRepository &m_config;
    AlertHistoryRepository &m_history;
    SecretReader m_readSecret;
    qint64 m_defaultGroup = 0;
    int m_historyLimit = 10000;
    int m_pending = 0;
};

} // namespace Weir
