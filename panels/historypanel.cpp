#include "historypanel.h"

#include "runhistorymodel.h"
#include "store/runhistoryrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Weir {

HistoryPanel::HistoryPanel(RunHistoryRepository &history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    m_model = new RunHistoryModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_allScripts = new QCheckBox(tr("All scripts"), this);
    m_allScripts->setToolTip(tr("List the runs of every script, not only of the current one."));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter by statement, status, job ID, error…"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setAutoRaise(true);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RunHistoryModel::Statement, 320);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_allScripts);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_allScripts, &QCheckBox::toggled, this, &HistoryPanel::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QToolButton::clicked, this, &HistoryPanel::refresh);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(RunHistoryModel::EntryRole).value<RunHistoryEntry>());
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &HistoryPanel::showMenu);
}

void HistoryPanel::setCurrentScript(qint64 scriptId)
{
    if (m_scriptId == scriptId)
        return;
    m_scriptId = scriptId;
    if (!m_allScripts->isChecked())
        refresh();
}

void HistoryPanel::setAllScripts(bool all)
{
    m_allScripts->setChecked(all);
}

void HistoryPanel::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void HistoryPanel::refresh()
{
    const bool all = m_allScripts->isChecked();
    if (!all && m_scriptId == 0) {
        m_model->setEntries({});
        return;
    }
    m_model->setEntries(m_history.recent(kShownEntries, all ? 0 : m_scriptId));
    m_view->setColumnHidden(RunHistoryModel::ScriptName, !all);
    for (int column : {RunHistoryModel::Started, RunHistoryModel::Status, RunHistoryModel::Duration, RunHistoryModel::Rows})
        m_view->resizeColumnToContents(column);
}

QList<RunHistoryEntry> HistoryPanel::selectedEntries() const
{
    QList<RunHistoryEntry> entries;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        entries.append(row.data(RunHistoryModel::EntryRole).value<RunHistoryEntry>());
    return entries;
}

void HistoryPanel::showMenu(const QPoint &pos)
{
    const QList<RunHistoryEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    const RunHistoryEntry first = entries.constFirst();
    QMenu menu(this);
    menu.addAction(tr("Open Statement"), this, [this, first] { emit openRequested(first); });
    menu.addAction(tr("Copy Statement"), this, [entries] {
        QStringList statements;
        for (const RunHistoryEntry &entry : entries)
            statements.append(entry.statement + QLatin1Char(';'));
        QApplication::clipboard()->setText(statements.join(QLatin1Char('\n')));
    });
    if (!first.jobId.isEmpty())
        menu.addAction(tr("Copy Job ID"), this, [first] { QApplication::clipboard()->setText(first.jobId); });
    if (!first.error.isEmpty())
        menu.addAction(tr("Copy Error"), this, [first] { QApplication::clipboard()->setText(first.error); });
    menu.addSeparator();
    menu.addAction(tr("Delete from History"), this, [this, entries] {
        for (const RunHistoryEntry &entry : entries) {
            if (const Status removed = m_history.remove(entry.id); !removed)
                emit failed(removed.error());
        }
        refresh();
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Weir
