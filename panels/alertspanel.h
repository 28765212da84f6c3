#pragma once

#include "alerts/alertinstance.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Weir {

class AlertConfigRepository;
class AlertGroupsEditor;
class AlertHistoryModel;
class AlertHistoryRepository;
class AlertService;
class RecordList;

// The Alerts dock: alert instances (channel, settings as JSON, secret, a test send), groups
// of instances, and the history of every send. Secrets never touch the database: a typed
// secret leaves through secretEdited() for the window to put in the keychain. GUI thread.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    // `service` may be null (no test sends).
    AlertsPanel(AlertConfigRepository &config, AlertHistoryRepository &history,
                AlertService *service, QWidget *parent = nullptr);

    // Reads instances, groups and history again.
    void refresh();
    void refreshHistory();

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *instanceList() const;
    AlertHistoryModel *historyModel() const { return m_historyModel; }
    AlertGroupsEditor *groupsEditor() const { return m_groups; }
    // The editor's fields, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPlainTextEdit *settingsEdit() const { return m_settings; }
    void selectInstance(qint64 id);
    // Saves the editor into the instance shown (or a new one); false with failed() otherwise.
    bool save();

signals:
    // Store `secret` in the keychain under `key` (Secrets::write).
    void secretEdited(const QString &key, const QString &secret);
    void failed(const QString &message);

private:
    QWidget *buildInstancesTab();
    void showInstance(const AlertInstance &instance);
    void newInstance();
    void removeInstance();
    void sendTest();
    void kindChanged();

    AlertConfigRepository &m_config;
    AlertHistoryRepository &m_history;
    AlertService *m_service;
    QTabWidget *m_tabs = nullptr;
    RecordList *m_instances = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPlainTextEdit *m_settings = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    AlertGroupsEditor *m_groups = nullptr;
    AlertHistoryModel *m_historyModel = nullptr;
    QTableView *m_historyView = nullptr;
    AlertInstance m_current; // id 0: a new one
};

} // namespace Weir
