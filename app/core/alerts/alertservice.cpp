#include "alertservice.h"

#include "alerts/alertsender.h"
#include "alerts/alerttemplate.h"
#include "store/alertconfigrepository.h"
#include "store/alerthistoryrepository.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace Weir {

AlertService::AlertService(AlertConfigRepository &config, AlertHistoryRepository &history,
                           QObject *parent)
    : QObject(parent), m_config(config), m_history(history)
{}

AlertService::~AlertService() = default;

qint64 AlertService::groupOfScript(const QJsonObject &scriptSettings)
{
    return scriptSettings.value(scriptGroupKey()).toInteger(0);
}

int AlertService::dispatch(const AlertEvent &event, qint64 groupId)
{
    const qint64 group = groupId != 0 ? groupId : m_defaultGroup;
    if (group == 0)
        return 0;
    const QList<AlertInstance> instances = m_config.enabledMembers(group);
    for (const AlertInstance &instance : instances)
        sendOne(instance, event, group, {});
    return int(instances.size());
}

void AlertService::sendTest(const AlertInstance &instance, std::function<void(const Status &)> done)
{
    AlertEvent event;
    event.rule = AlertEvent::Rule::JobFailed;
    event.clusterName = tr("test cluster");
    event.jobId = QStringLiteral("00000000000000000000000000000000");
    event.jobName = tr("Weir test alert");
    event.status = QStringLiteral("FAILED");
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.error = tr("This is a test: the alert instance works.");
    event.message = AlertTemplate::defaultMessage(event);
    sendOne(instance, event, 0, std::move(done));
}

void AlertService::withSecret(const AlertInstance &instance,
                              std::function<void(Result<QString>)> done)
{
    if (instance.secretRef.isEmpty()) {
        done(QString());
        return;
    }
    if (!m_readSecret) {
        done(Result<QString>::failure(
            tr("no keychain to read the secret “%1” from.").arg(instance.secretRef)));
        return;
    }
    m_readSecret(instance.secretRef, std::move(done));
}

void AlertService::sendOne(const AlertInstance &instance, const AlertEvent &event, qint64 groupId,
                           std::function<void(const Status &)> done)
{
    ++m_pending;
    const QPointer<AlertService> self(this);
    const auto finished = [self, instance, event, groupId, done](const Status &status) {
        if (!self)
            return;
        self->record(instance, event, groupId, status);
        if (done)
            done(status);
        if (--self->m_pending == 0)
            emit self->idle();
    };
    std::unique_ptr<AlertSender> created = AlertSender::create(instance, this);
    if (!created) {
        QTimer::singleShot(0, this, [finished] {
            finished(Status::failure(
                tr("Desktop notifications need D-Bus, which this build of Weir lacks.")));
        });
        return;
    }
    AlertSender *sender = created.release();
    withSecret(instance, [self, sender, event, finished](const Result<QString> &secret) {
        if (!self)
            return;
        if (!secret) {
            sender->deleteLater();
            finished(Status::failure(tr("Alert instance “%1”: cannot read its secret: %2")
                                         .arg(sender->instance().name, secret.error())));
            return;
        }
        sender->send(event, secret.value(), [sender, finished](const Status &status) {
            sender->deleteLater();
            finished(status);
        });
    });
}

void AlertService::record(const AlertInstance &instance, const AlertEvent &event, qint64 groupId,
                          const Status &status)
{
    AlertHistoryEntry entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.rule = AlertEvent::ruleName(event.rule);
    entry.groupId = groupId;
    entry.instanceId = instance.id;
    entry.instanceName = instance.name;
    entry.instanceKind = AlertInstance::kindName(instance.kind);
    entry.clusterName = event.clusterName;
    entry.jobId = event.jobId;
    entry.jobName = event.jobName;
    entry.status = event.status;
    entry.message = event.message;
    entry.ok = status.ok();
    entry.error = status.error();
    // A test send of an unsaved instance has no id to point at; a deleted group neither.
    if (entry.instanceId != 0 && !m_config.instance(entry.instanceId))
        entry.instanceId = 0;
    if (entry.groupId != 0 && !m_config.group(entry.groupId))
        entry.groupId = 0;
    const Result<AlertHistoryEntry> added = m_history.add(entry);
    if (added) {
        entry = added.value();
        m_history.prune(m_historyLimit);
    }
    emit historyAdded(entry);
}

} // namespace Weir
