#pragma once

#include "store/runhistoryentry.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Weir {

class RunHistoryModel;
class RunHistoryRepository;

// The run history dock: every statement run, newest first, for the current script or all of
// them, with a text filter; opens a statement again in its script, copies it or its job id,
// deletes entries. Reads the repository on refresh() only. GUI thread.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShownEntries = 2000;

    explicit HistoryPanel(RunHistoryRepository &history, QWidget *parent = nullptr);

    // The script whose runs are listed while "all scripts" is off (0: none open).
    void setCurrentScript(qint64 scriptId);
    void refresh();

    QTableView *view() const { return m_view; }
    RunHistoryModel *model() const { return m_model; }
    void setAllScripts(bool all);
    void setFilterText(const QString &text);

signals:
    // Open the entry's statement in its script (or as a new script if that is gone).
    void openRequested(const Weir::RunHistoryEntry &entry);
    void failed(const QString &message);

private:
    void showMenu(const QPoint &pos);
    QList<RunHistoryEntry> selectedEntries() const;

    RunHistoryRepository &m_history;
    qint64 m_scriptId = 0;
    RunHistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_allScripts = nullptr;
    QLineEdit *m_filterEdit = nullptr;
};

} // namespace Weir
