#pragma once

#include "alerts/alertgroup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Weir {

class AlertConfigRepository;
class RecordList;

// The Groups tab of the Alerts dock: groups of alert instances, each with a name, a
// description and its members ticked in a list. A script's settings pick one group
// (AlertService::scriptGroupKey()). GUI thread.
class AlertGroupsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AlertGroupsEditor(AlertConfigRepository &config, QWidget *parent = nullptr);

    void refresh();
    QListWidget *groupList() const;
    QListWidget *memberList() const { return m_members; }
    QLineEdit *nameEdit() const { return m_name; }
    void selectGroup(qint64 id);
    bool save();

signals:
    void failed(const QString &message);

private:
    void showGroup(const AlertGroup &group);
    void newGroup();
    void removeGroup();

    AlertConfigRepository &m_config;
    RecordList *m_groups = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_status = nullptr;
    AlertGroup m_current;
};

} // namespace Weir
