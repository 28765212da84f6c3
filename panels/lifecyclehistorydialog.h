#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace Weir {

class LifecycleHistoryModel;
class LifecycleRepository;

// The Lifecycle History dialog: where a script stands now and every transition it went through
// (newest first), with the version, job and savepoint of each. Reads the repository on reload()
// only. GUI thread.
class LifecycleHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    LifecycleHistoryDialog(LifecycleRepository &repository, qint64 scriptId,
                           const QString &scriptName, QWidget *parent = nullptr);

    LifecycleHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

    void reload();

private:
    LifecycleRepository &m_repository;
    qint64 m_scriptId;
    QString m_scriptName;
    QLabel *m_summary = nullptr;
    LifecycleHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Weir
