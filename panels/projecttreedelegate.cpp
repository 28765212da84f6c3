#include "projecttreedelegate.h"

#include "jobstatecolor.h"
#include "projecttreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Weir {

namespace {

constexpr int kGap = 8;        // between the name and a tag, and between tags
constexpr int kTagPadding = 4; // inside the lifecycle tag's frame

QFont tagFont(const QFont &base)
{
    QFont font(base);
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

struct ProjectTreeDelegate::Tags
{
    QString lifecycle;
    QString state;
    QString stateWords;
    int lifecycleWidth = 0;
    int stateWidth = 0;
    int dot = 0;

    bool empty() const { return lifecycle.isEmpty() && state.isEmpty(); }
    int width() const
    {
        int w = 0;
        if (lifecycleWidth)
            w += kGap + lifecycleWidth;
        if (stateWidth)
            w += kGap + stateWidth;
        return w;
    }
};

QString ProjectTreeDelegate::stateText(const QString &state)
{
    if (state == ProjectTreeModel::unreachableState())
        return tr("Unreachable");
    return JobStateColor::text(state);
}

ProjectTreeDelegate::Tags ProjectTreeDelegate::tagsFor(const QStyleOptionViewItem &option,
                                                       const QModelIndex &index) const
{
    Tags tags;
    tags.lifecycle = index.data(ProjectTreeModel::LifecycleRole).toString();
    tags.state = index.data(ProjectTreeModel::JobStateRole).toString();
    const QFontMetrics small(tagFont(option.font));
    if (!tags.lifecycle.isEmpty())
        tags.lifecycleWidth = small.horizontalAdvance(tags.lifecycle) + 2 * kTagPadding;
    if (!tags.state.isEmpty()) {
        tags.stateWords = stateText(tags.state);
        tags.dot = qMax(7, qRound(small.height() * 0.55));
        tags.stateWidth = tags.dot + 4 + small.horizontalAdvance(tags.stateWords);
    }
    return tags;
}

void ProjectTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Tags tags = tagsFor(opt, index);
    if (tags.empty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // The style insets item text by the focus frame margin + 1 (QCommonStyle's viewItemDrawText).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    // The name gives way to the tags: they are what the row adds, the name is also in the tab.
    const int nameRoom = qMax(0, textRect.width() - 2 * margin - tags.width());
    opt.text = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, nameRoom);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintTags(painter, opt, tags,
              textRect.left() + margin + opt.fontMetrics.horizontalAdvance(opt.text));
}

void ProjectTreeDelegate::paintTags(QPainter *painter, const QStyleOptionViewItem &option,
                                    const Tags &tags, int x) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : option.palette.color(QPalette::Disabled, QPalette::Text);
    const QFont font = tagFont(option.font);
    const QFontMetrics metrics(font);
    const QRect row = option.rect;
    const int right = row.right();

    painter->save();
    painter->setClipRect(row);
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    if (tags.lifecycleWidth && x + kGap < right) {
        x += kGap;
        const int h = metrics.height() + 2;
        const QRectF frame(x + 0.5, row.top() + (row.height() - h) / 2 + 0.5,
                           tags.lifecycleWidth - 1, h - 1);
        painter->setPen(QPen(muted, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame, 3, 3);
        painter->drawText(frame, Qt::AlignCenter, tags.lifecycle);
        x += tags.lifecycleWidth;
    }
    if (tags.stateWidth && x + kGap < right) {
        x += kGap;
        const QRectF dot(x + 0.5, row.top() + (row.height() - tags.dot) / 2.0, tags.dot, tags.dot);
        const bool unreachable = tags.state == ProjectTreeModel::unreachableState();
        if (unreachable) {
            // A hollow ring: there is no state to colour, only the absence of an answer.
            painter->setPen(QPen(muted, 1.5));
            painter->setBrush(Qt::NoBrush);
        } else {
            const QColor fill = JobStateColor::color(tags.state);
            // On the selection colour the dot keeps a light rim, or a blue/green dot would vanish.
            painter->setPen(selected ? QPen(text, 1) : QPen(fill.darker(130), 1));
            painter->setBrush(fill);
        }
        painter->drawEllipse(dot);
        x += tags.dot + 4;
        QFont words(font);
        words.setItalic(unreachable);
        painter->setFont(words);
        painter->setPen(text); // "unreachable" is news, not a detail: full contrast, told apart by italics
        painter->drawText(QRect(x, row.top(), right - x, row.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, tags.stateWords);
    }
    painter->restore();
}

QSize ProjectTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    size.rwidth() += tagsFor(opt, index).width();
    return size;
}

} // namespace Weir
