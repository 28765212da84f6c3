#include "resultgridview.h"

#include "resultcellstyle.h"
#include "results/value.h"
#include "valueviewer.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <algorithm>

namespace Weir {

ResultGridView::ResultGridView(QWidget *parent) : QTableView(parent)
{
    // Fixed row height: the view never measures rows, whatever their number.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 2);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = toSource(index);
        const Value value = source.data(ResultCellStyle::ValueRole).value<Value>();
        if (!value.isNull() && ValueViewer::worthViewing(value.text(), typeOf(source.column())))
            openValue(index);
    });
}

void ResultGridView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResultGridView::sizeColumnsOnce);
    connect(model, &QAbstractItemModel::modelReset, this, &ResultGridView::sizeColumnsOnce);
    sizeColumnsOnce();
}

void ResultGridView::setColumnTypes(const QList<ColumnType> &types, int firstTyped)
{
    m_types = types;
    m_firstTyped = firstTyped;
}

void ResultGridView::sizeColumnsOnce()
{
    if (m_columnsSized || !model() || model()->rowCount() == 0)
        return;
    m_columnsSized = true;
    // Measures the rows at hand (at most a page), once: later rows never re-layout the grid.
    horizontalHeader()->setResizeContentsPrecision(200);
    resizeColumnsToContents();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (columnWidth(column) > MaxInitialColumnWidth)
            setColumnWidth(column, MaxInitialColumnWidth);
    }
}

QModelIndex ResultGridView::toSource(const QModelIndex &index) const
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model()))
        return proxy->mapToSource(index);
    return index;
}

ColumnType ResultGridView::typeOf(int sourceColumn) const
{
    const int typed = sourceColumn - m_firstTyped;
    return typed >= 0 && typed < m_types.size() ? m_types.at(typed) : ColumnType(TypeRoot::Varchar);
}

ResultSnapshot ResultGridView::selectedSnapshot() const
{
    if (!m_snapshotSource || !selectionModel())
        return ResultSnapshot();
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected.append(currentIndex());
    // Rows in the order the view shows them, columns in their visual order.
    QList<int> viewRows;
    QList<int> viewColumns;
    for (const QModelIndex &index : selected) {
        viewRows.append(index.row());
        viewColumns.append(index.column());
    }
    std::sort(viewRows.begin(), viewRows.end());
    viewRows.erase(std::unique(viewRows.begin(), viewRows.end()), viewRows.end());
    std::sort(viewColumns.begin(), viewColumns.end(), [this](int a, int b) {
        return horizontalHeader()->visualIndex(a) < horizontalHeader()->visualIndex(b);
    });
    viewColumns.erase(std::unique(viewColumns.begin(), viewColumns.end()), viewColumns.end());
    QList<int> rows;
    for (int row : viewRows)
        rows.append(toSource(model()->index(row, 0)).row());
    QList<int> columns;
    for (int column : viewColumns)
        columns.append(toSource(model()->index(viewRows.value(0), column)).column());
    return m_snapshotSource(rows, columns);
}

void ResultGridView::copySelection(ResultFormat::Kind kind)
{
    const ResultSnapshot snapshot = selectedSnapshot();
    if (snapshot.rowCount() == 0)
        return;
    QApplication::clipboard()->setText(ResultFormat::toText(snapshot, kind));
    emit copied(snapshot.rowCount(), kind);
}

void ResultGridView::openValue(const QModelIndex &index)
{
    const QModelIndex source = toSource(index);
    if (!source.isValid())
        return;
    const Value value = source.data(ResultCellStyle::ValueRole).value<Value>();
    const QString column = model()->headerData(index.column(), Qt::Horizontal).toString();
    const QString text = value.isNull() ? QStringLiteral("NULL") : value.text();
    auto *viewer = new ValueViewer(tr("%1, row %2").arg(column).arg(index.row() + 1), text,
                                   typeOf(source.column()), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

bool ResultGridView::event(QEvent *event)
{
    // Ctrl+C is ours (TSV of the whole selection), not QAbstractItemView's copy of one cell.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection(ResultFormat::Kind::Tsv);
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void ResultGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    QMenu menu(this);
    const bool hasSelection = selectionModel() && selectionModel()->hasSelection();
    const auto addCopy = [&](const QString &text, ResultFormat::Kind kind) {
        QAction *action = menu.addAction(text, this, [this, kind] { copySelection(kind); });
        action->setEnabled(hasSelection);
        return action;
    };
    addCopy(tr("Copy"), ResultFormat::Kind::Tsv)->setShortcut(QKeySequence::Copy);
    addCopy(tr("Copy as CSV"), ResultFormat::Kind::Csv);
    addCopy(tr("Copy as Markdown"), ResultFormat::Kind::Markdown);
    addCopy(tr("Copy as JSON"), ResultFormat::Kind::Json);
    addCopy(tr("Copy as SQL INSERT"), ResultFormat::Kind::SqlInsert);
    menu.addSeparator();
    QAction *open = menu.addAction(tr("Open Value…"), this, [this, index] { openValue(index); });
    open->setEnabled(index.isValid());
    if (!m_extraActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_extraActions);
    }
    menu.exec(event->globalPos());
}

} // namespace Weir
