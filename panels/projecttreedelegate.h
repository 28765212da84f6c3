#pragma once

#include <QStyledItemDelegate>

namespace Weir {

// Draws a project tree row: the name, then the script's lifecycle as a muted tag and its current
// job as a coloured dot with the state in words (colour is never the only cue). Editing and
// drag and drop stay the base delegate's. GUI thread.
class ProjectTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The words shown for a job state of ProjectTreeModel::JobStateRole ("Running", "Unreachable").
    static QString stateText(const QString &state);

private:
    struct Tags;
    Tags tagsFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintTags(QPainter *painter, const QStyleOptionViewItem &option, const Tags &tags,
                   int x) const;
};

} // namespace Weir
