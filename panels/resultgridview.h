#pragma once

#include "results/columntype.h"
#include "results/resultformat.h"

#include <QTableView>
#include <functional>

namespace Weir {

// A grid of result rows (the table or the changelog): fixed row height, columns sized once after
// the first rows arrive (with a cap), copy of the selection in every ResultFormat (Ctrl+C is
// TSV), and long, JSON or nested values opened in a ValueViewer on double-click. GUI thread.
class ResultGridView : public QTableView
{
    Q_OBJECT

public:
    // Turns selected source rows and columns into a snapshot (the model knows the store).
    using SnapshotSource =
        std::function<ResultSnapshot(const QList<int> &rows, const QList<int> &columns)>;

    static constexpr int MaxInitialColumnWidth = 320;

    explicit ResultGridView(QWidget *parent = nullptr);

    void setSnapshotSource(SnapshotSource source) { m_snapshotSource = std::move(source); }
    void setColumnTypes(const QList<ColumnType> &types, int firstTyped = 0);
    // Actions shown after the copy actions in the context menu (exports).
    void setExtraActions(const QList<QAction *> &actions) { m_extraActions = actions; }
    // Columns are sized again after the next rows (a new result).
    void resetColumnSizing() { m_columnsSized = false; }

    void setModel(QAbstractItemModel *model) override;

    // The selection (in view order), or an empty snapshot.
    ResultSnapshot selectedSnapshot() const;
    void copySelection(ResultFormat::Kind kind);
    void openValue(const QModelIndex &index);

signals:
    void copied(int rows, ResultFormat::Kind kind);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void sizeColumnsOnce();
    QModelIndex toSource(const QModelIndex &index) const;
    ColumnType typeOf(int sourceColumn) const;

    SnapshotSource m_snapshotSource;
    QList<ColumnType> m_types;
    int m_firstTyped = 0;
    QList<QAction *> m_extraActions;
    bool m_columnsSized = false;
};

} // namespace Weir
