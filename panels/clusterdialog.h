#pragma once

#include "flink/clusterprobe.h"
#include "store/storetypes.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Weir {

// Adds or edits one cluster: name, SQL Gateway and JobManager URLs, authentication, TLS;
// validates before accepting and can test the connection (ClusterProbe). GUI thread.
class ClusterDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: names of the other clusters (a name must be unique).
    ClusterDialog(const Cluster &cluster, const QStringList &takenNames, QWidget *parent = nullptr);

    // The cluster as entered (id and isLocal kept from the one given).
    Cluster cluster() const;
    // The password (basic) or token (bearer) as entered; the caller keeps it in the keychain.
    QString secret() const;
    // Shows the stored secret (and allows editing it again after setSecretLoading()).
    void setSecret(const QString &secret);
    // Whether the user typed in the secret field since it was last set.
    bool secretModified() const;
    // While the stored secret is read from the keychain: its field and Test wait.
    void setSecretLoading();
    // The stored secret could not be read: says why; the user may type it again.
    void setSecretUnavailable(const QString &reason);

    // Empty when the fields are acceptable, else what is wrong, in words.
    QString validationError() const;
    QString messageText() const;

    void accept() override;
    // Starts a probe of the cluster as entered; probeFinished() follows.
    void testConnection();

signals:
    void probeFinished(const Weir::ClusterProbe::Health &health);

private:
    static QString secretPlaceholder();
    void updateAuthFields();
    void showMessage(const QString &text, bool error);
    void showHealth(const ClusterProbe::Health &health);

    Cluster m_original;
    QStringList m_takenNames;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_gatewayUrl = nullptr;
    QLineEdit *m_jobManagerUrl = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_message = nullptr;
    ClusterProbe *m_probe = nullptr;
    QString m_plainMessage; // what m_message shows, without markup
};

} // namespace Weir
