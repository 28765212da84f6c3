#pragma once

#include "flink/localflink.h"
#include "store/storetypes.h"

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace Weir {

class ClusterDialog;
class ClusterProbe;
class ClustersModel;
class Secrets;
class Settings;
class Storage;

// The Clusters dock: registered clusters with live health, add / edit / remove through
// ClusterDialog, and Start / Stop for the Local target (whose processes the app owns: the
// panel only asks). Passwords and tokens go to the system keychain (Secrets, under
// Secrets::clusterKey(id)); the store keeps only that key. Health is polled every
// SettingKeys::jobsPollIntervalSeconds while the window is shown. GUI thread.
class ClustersPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Action { Add, Edit, Remove, Refresh, StartLocal, StopLocal };

    ClustersPanel(Storage &storage, Settings &settings, Secrets &secrets,
                  QWidget *parent = nullptr);
    // With a keychain access of its own (Weir's entries), for callers that have none to share.
    ClustersPanel(Storage &storage, Settings &settings, QWidget *parent = nullptr);
    ~ClustersPanel() override;

    QAction *action(Action action) const;
    ClustersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Re-reads the clusters from the store.
    void reload();
    // Probes every cluster now (also what the poll timer does).
    void refreshHealth();
    void selectCluster(qint64 id);
    qint64 selectedClusterId() const;

    // Open (non-modal to the caller: they return at once) the dialog for a new cluster or the
    // selected one; the store is updated when it is accepted. nullptr when nothing to edit.
    ClusterDialog *addCluster();
    ClusterDialog *editSelectedCluster();
    // Asks through the confirmation function, then removes from the store.
    void removeSelectedCluster();
    // Tests replace the question box; the function gets the question and answers yes or no.
    void setConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The Local target's state, from the app; drives the Start / Stop actions.
    void setLocalState(Weir::LocalFlink::State state);
    // A Local start failed: shown under the list.
    void showLocalError(const QString &message);
    QString messageText() const;

signals:
    void startLocalRequested();
    void stopLocalRequested();
    // The list of clusters changed in the store (added, edited, removed).
    void clustersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void probe(const Cluster &cluster);
    void startProbe(const Cluster &cluster, const QString &secret);
    // After the dialog of `cluster` was accepted and the cluster stored.
    void storeSecret(qint64 id, const ClusterDialog *dialog);
    void forgetSecret(const QString &key);
    bool windowShown() const;
    void applyPollInterval();
    void showMessage(const QString &text, bool error);

    Storage &m_storage;
    Settings &m_settings;
    Secrets &m_keychain;
    ClustersModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_pollTimer = nullptr;
    QHash<int, QAction *> m_actions; // by Action
    QHash<qint64, QPointer<ClusterProbe>> m_probes;
    QHash<qint64, QString> m_secrets; // read from or written to the keychain this session
    QSet<qint64> m_readingSecret;
    LocalFlink::State m_localState = LocalFlink::State::Idle;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Weir
