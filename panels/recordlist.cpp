#include "recordlist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Weir {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

RecordList::RecordList(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *add = new QPushButton(tr("New"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RecordList::newRequested);
    connect(remove, &QPushButton::clicked, this, &RecordList::deleteRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit currentChanged(m_list->item(row)->data(kIdRole).toLongLong());
    });
}

qint64 RecordList::setRecords(const QList<Record> &records, qint64 selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = records.isEmpty() ? -1 : 0;
    for (const Record &record : records) {
        auto *item = new QListWidgetItem(record.text, m_list);
        item->setData(kIdRole, record.id);
        item->setToolTip(record.toolTip);
        if (!record.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (record.id == selectId)
            selectRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(selectRow);
    return selectRow < 0 ? 0 : records.at(selectRow).id;
}

bool RecordList::select(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == id) {
            if (m_list->currentRow() == row)
                emit currentChanged(id);
            else
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void RecordList::clearSelection()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
}

} // namespace Weir
