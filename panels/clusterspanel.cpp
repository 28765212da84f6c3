#include "clusterspanel.h"

#include "clusterdialog.h"
#include "clustersmodel.h"
#include "listtableview.h"
#include "flink/clusterprobe.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/secrets.h"
#include "store/storage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Weir {

ClustersPanel::ClustersPanel(Storage &storage, Settings &settings, QWidget *parent)
    : ClustersPanel(storage, settings, *new Secrets, parent)
{
    m_keychain.setParent(this);
}

ClustersPanel::ClustersPanel(Storage &storage, Settings &settings, Secrets &secrets,
                             QWidget *parent)
    : QWidget(parent), m_storage(storage), m_settings(settings), m_keychain(secrets)
{
    setObjectName(QStringLiteral("clustersPanel"));
    m_model = new ClustersModel(this);
    m_view = new ListTableView(this);
    m_view->setObjectName(QStringLiteral("clustersView"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClustersModel::GatewayColumn,
                                                     QHeaderView::Stretch);

    auto add = [this](Action id, const QString &text, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(int(id), action);
        return action;
    };
    add(Action::Add, tr("Add"), tr("Register a Flink cluster"), [this] { addCluster(); });
    add(Action::Edit, tr("Edit"), tr("Edit the selected cluster"),
        [this] { editSelectedCluster(); });
    add(Action::Remove, tr("Remove"), tr("Remove the selected cluster from Weir"),
        &ClustersPanel::removeSelectedCluster);
    add(Action::Refresh, tr("Refresh"), tr("Check every cluster now"),
        &ClustersPanel::refreshHealth);
    add(Action::StartLocal, tr("Start Local"), tr("Start the Local Flink cluster on this computer"),
        &ClustersPanel::startLocalRequested);
    add(Action::StopLocal, tr("Stop Local"), tr("Stop the Local Flink cluster"),
        &ClustersPanel::stopLocalRequested);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Action id : {Action::Add, Action::Edit, Action::Remove, Action::Refresh})
        toolbar->addAction(m_actions.value(int(id)));
    toolbar->addSeparator();
    toolbar->addAction(m_actions.value(int(Action::StartLocal)));
    toolbar->addAction(m_actions.value(int(Action::StopLocal)));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clustersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove Cluster"), question) == QMessageBox::Yes;
    };

    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (windowShown())
            refreshHealth();
    });
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(SettingKeys::jobsPollIntervalSeconds.key))
            applyPollInterval();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClustersPanel::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelectedCluster(); });
    applyPollInterval();
    reload();
}

ClustersPanel::~ClustersPanel() = default;

QAction *ClustersPanel::action(Action action) const
{
    return m_actions.value(int(action));
}

void ClustersPanel::reload()
{
    const qint64 selected = selectedClusterId();
    m_model->setClusters(m_storage.clusters().all());
    for (const Cluster &cluster : m_model->clusters()) {
        if (cluster.isLocal && m_localState != LocalFlink::State::Running)
            m_model->setStopped(cluster.id);
    }
    if (selected)
        selectCluster(selected);
    updateActions();
}

void ClustersPanel::refreshHealth()
{
    for (const Cluster &cluster : m_model->clusters()) {
        // A stopped Local target has nothing to ask; its old ports may belong to others now.
        if (cluster.isLocal && m_localState != LocalFlink::State::Running)
            continue;
        probe(cluster);
    }
}

void ClustersPanel::probe(const Cluster &cluster)
{
    QPointer<ClusterProbe> &slot = m_probes[cluster.id];
    if (!slot) {
        slot = new ClusterProbe(this);
        connect(slot, &ClusterProbe::finished, this,
                [this, id = cluster.id](const ClusterProbe::Health &health) {
                    m_model->setHealth(id, health);
                });
    }
    if (slot->isRunning() || m_readingSecret.contains(cluster.id))
        return; // a slow cluster is not asked twice at once
    m_model->setChecking(cluster.id);
    if (cluster.authKind == QLatin1String("none") || cluster.secretRef.isEmpty() ||
        m_secrets.contains(cluster.id)) {
        startProbe(cluster, m_secrets.value(cluster.id));
        return;
    }
    m_readingSecret.insert(cluster.id);
    m_keychain.read(cluster.secretRef,
                    [self = QPointer<ClustersPanel>(this), cluster](const Result<QString> &secret) {
                        if (!self)
                            return;
                        self->m_readingSecret.remove(cluster.id);
                        if (secret) {
                            self->m_secrets.insert(cluster.id, secret.value());
                        } else {
                            // Probed anyway: what needs no credentials still says it works.
                            self->showMessage(tr("The password or token of “%1” could not be read: "
                                                 "%2")
                                                  .arg(cluster.name, secret.error()),
                                              true);
                        }
                        self->startProbe(cluster, secret ? secret.value() : QString());
                    });
}

void ClustersPanel::startProbe(const Cluster &cluster, const QString &secret)
{
    ClusterProbe *probe = m_probes.value(cluster.id);
    if (probe && !probe->isRunning())
        probe->probe(cluster, secret);
}

void ClustersPanel::storeSecret(qint64 id, const ClusterDialog *dialog)
{
    const std::optional<Cluster> stored = m_storage.clusters().find(id);
    if (!stored)
        return;
    const bool needsSecret = stored->authKind != QLatin1String("none");
    if (needsSecret && !dialog->secretModified())
        return; // what the keychain holds stays
    const QString secret = needsSecret ? dialog->secret() : QString();
    if (secret.isEmpty()) {
        m_secrets.remove(id);
        if (stored->secretRef.isEmpty())
            return;
        Cluster cleared = stored.value();
        cleared.secretRef.clear();
        if (const Status status = m_storage.clusters().update(cleared); !status) {
            showMessage(status.error(), true);
            return;
        }
        forgetSecret(stored->secretRef);
        return;
    }
    m_secrets.insert(id, secret);
    const QString key = Secrets::clusterKey(id);
    m_keychain.write(key, secret, [self = QPointer<ClustersPanel>(this), id, key,
                                   name = stored->name](const Status &written) {
        if (!self)
            return;
        if (!written) {
            self->showMessage(tr("The cluster “%1” was saved, but its password or token was "
                                 "not: %2")
                                  .arg(name, written.error()),
                              true);
            return;
        }
        // Only now the key: a key in the store always finds its secret in the keychain.
        std::optional<Cluster> current = self->m_storage.clusters().find(id);
        if (!current || current->secretRef == key)
            return;
        current->secretRef = key;
        if (const Status status = self->m_storage.clusters().update(current.value()); !status)
            self->showMessage(status.error(), true);
        else
            self->reload();
    });
}

void ClustersPanel::forgetSecret(const QString &key)
{
    m_keychain.remove(key, [self = QPointer<ClustersPanel>(this)](const Status &removed) {
        if (self && !removed)
            self->showMessage(tr("The old password or token could not be removed from the "
                                 "keychain: %1")
                                  .arg(removed.error()),
                              true);
    });
}

void ClustersPanel::selectCluster(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

qint64 ClustersPanel::selectedClusterId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->clusterAt(rows.first().row()).id;
}

ClusterDialog *ClustersPanel::addCluster()
{
    QStringList names;
    for (const Cluster &c : m_model->clusters())
        names.append(c.name);
    auto *dialog = new ClusterDialog(Cluster(), names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<Cluster> added = m_storage.clusters().add(dialog->cluster());
        if (!added) {
            showMessage(added.error(), true);
            return;
        }
        storeSecret(added->id, dialog);
        reload();
        selectCluster(added->id);
        probe(added.value());
        emit clustersChanged();
    });
    dialog->open();
    return dialog;
}

ClusterDialog *ClustersPanel::editSelectedCluster()
{
    const qint64 id = selectedClusterId();
    if (!id)
        return nullptr;
    const Cluster current = m_model->clusterAt(m_model->rowOf(id));
    QStringList names;
    for (const Cluster &c : m_model->clusters()) {
        if (c.id != id)
            names.append(c.name);
    }
    auto *dialog = new ClusterDialog(current, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secrets.contains(id)) {
        dialog->setSecret(m_secrets.value(id));
    } else if (!current.secretRef.isEmpty()) {
        dialog->setSecretLoading();
        m_keychain.read(current.secretRef, [self = QPointer<ClustersPanel>(this),
                                            shown = QPointer<ClusterDialog>(dialog),
                                            id](const Result<QString> &secret) {
            if (self && secret)
                self->m_secrets.insert(id, secret.value());
            if (!shown)
                return;
            if (secret)
                shown->setSecret(secret.value());
            else
                shown->setSecretUnavailable(secret.error());
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Cluster edited = dialog->cluster();
        if (const Status status = m_storage.clusters().update(edited); !status) {
            showMessage(status.error(), true);
            return;
        }
        storeSecret(edited.id, dialog);
        reload();
        if (!edited.isLocal || m_localState == LocalFlink::State::Running)
            probe(edited);
        emit clustersChanged();
    });
    dialog->open();
    return dialog;
}

void ClustersPanel::removeSelectedCluster()
{
    const qint64 id = selectedClusterId();
    if (!id)
        return;
    const Cluster cluster = m_model->clusterAt(m_model->rowOf(id));
    if (cluster.isLocal && m_localState != LocalFlink::State::Idle) {
        showMessage(tr("Stop the Local cluster before removing it."), true);
        return;
    }
    if (!m_confirm(tr("Remove the cluster “%1” from Weir? The cluster itself is not touched.")
                       .arg(cluster.name)))
        return;
    if (const Status status = m_storage.clusters().remove(id); !status) {
        showMessage(status.error(), true);
        return;
    }
    m_secrets.remove(id);
    if (!cluster.secretRef.isEmpty())
        forgetSecret(cluster.secretRef);
    if (ClusterProbe *probe = m_probes.take(id))
        probe->deleteLater();
    m_model->removeCluster(id);
    updateActions();
    emit clustersChanged();
}

void ClustersPanel::setLocalState(LocalFlink::State state)
{
    m_localState = state;
    reload(); // starting may register the Local cluster; running gives it new URLs
    if (state == LocalFlink::State::Running) {
        for (const Cluster &cluster : m_model->clusters()) {
            if (cluster.isLocal)
                probe(cluster);
        }
    }
    if (state == LocalFlink::State::Starting)
        showMessage(tr("Starting Local Flink... (its output is in the Console)"), false);
    else if (state == LocalFlink::State::Running)
        showMessage(QString(), false);
    updateActions();
}

void ClustersPanel::showLocalError(const QString &message)
{
    showMessage(message, true);
}

QString ClustersPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ClustersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshHealth(); // what was on screen before may be minutes old
}

void ClustersPanel::updateActions()
{
    const qint64 id = selectedClusterId();
    const Cluster selected = id ? m_model->clusterAt(m_model->rowOf(id)) : Cluster();
    m_actions.value(int(Action::Edit))->setEnabled(id != 0);
    m_actions.value(int(Action::Remove))
        ->setEnabled(id != 0 && !(selected.isLocal && m_localState != LocalFlink::State::Idle));
    m_actions.value(int(Action::StartLocal))->setEnabled(m_localState == LocalFlink::State::Idle);
    m_actions.value(int(Action::StopLocal))
        ->setEnabled(m_localState == LocalFlink::State::Starting ||
                     m_localState == LocalFlink::State::Running);
}

bool ClustersPanel::windowShown() const
{
    const QWidget *top = window();
    return top && top->isVisible() && !top->isMinimized();
}

void ClustersPanel::applyPollInterval()
{
    const int seconds = qMax(1, m_settings.get(SettingKeys::jobsPollIntervalSeconds));
    m_pollTimer->start(seconds * 1000);
}

void ClustersPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace Weir
