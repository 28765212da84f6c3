#include "alertgroupseditor.h"

#include "recordlist.h"
#include "store/alertconfigrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Weir {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AlertGroupsEditor::AlertGroupsEditor(AlertConfigRepository &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_groups = new RecordList(splitter);
    auto *right = new QWidget(splitter);
    m_name = new QLineEdit(right);
    m_description = new QLineEdit(right);
    m_members = new QListWidget(right);
    m_status = new QLabel(right);
    auto *save = new QPushButton(tr("Save"), right);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Send to:"), m_members);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(save);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form, 1);
    rightLayout->addLayout(actions);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_groups, &RecordList::currentChanged, this, [this](qint64 id) {
        if (const auto found = m_config.group(id))
            showGroup(*found);
    });
    connect(m_groups, &RecordList::newRequested, this, &AlertGroupsEditor::newGroup);
    connect(m_groups, &RecordList::deleteRequested, this, &AlertGroupsEditor::removeGroup);
    connect(save, &QPushButton::clicked, this, &AlertGroupsEditor::save);
}

QListWidget *AlertGroupsEditor::groupList() const
{
    return m_groups->list();
}

void AlertGroupsEditor::refresh()
{
    QList<RecordList::Record> records;
    for (const AlertGroup &group : m_config.groups())
        records.append({group.id, group.name, group.description, true});
    const qint64 selected = m_groups->setRecords(records, m_current.id);
    if (const auto found = m_config.group(selected))
        showGroup(*found);
    else
        newGroup();
}

void AlertGroupsEditor::selectGroup(qint64 id)
{
    m_groups->select(id);
}

void AlertGroupsEditor::showGroup(const AlertGroup &group)
{
    m_current = group;
    m_name->setText(group.name);
    m_description->setText(group.description);
    m_members->clear();
    // Members first, in the group's order; then every other instance, unticked.
    QList<AlertInstance> instances = m_config.instances();
    std::stable_sort(instances.begin(), instances.end(),
                     [&group](const AlertInstance &a, const AlertInstance &b) {
                         const qsizetype ia = group.instanceIds.indexOf(a.id);
                         const qsizetype ib = group.instanceIds.indexOf(b.id);
                         return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
                     });
    for (const AlertInstance &instance : std::as_const(instances)) {
        auto *item = new QListWidgetItem(instance.name, m_members);
        item->setData(kIdRole, instance.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(group.instanceIds.contains(instance.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_status->clear();
}

void AlertGroupsEditor::newGroup()
{
    AlertGroup group;
    group.name = tr("New alert group");
    m_groups->clearSelection();
    showGroup(group);
}

bool AlertGroupsEditor::save()
{
    AlertGroup group = m_current;
    group.name = m_name->text().trimmed();
    group.description = m_description->text();
    group.instanceIds.clear();
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked)
            group.instanceIds.append(m_members->item(row)->data(kIdRole).toLongLong());
    }
    Status status;
    if (group.id == 0) {
        const Result<AlertGroup> added = m_config.addGroup(group);
        if (added)
            group = added.value();
        else
            status = Status::failure(added.error());
    } else {
        status = m_config.updateGroup(group);
    }
    if (!status) {
        m_status->setText(status.error());
        emit failed(status.error());
        return false;
    }
    m_current = group;
    refresh();
    m_status->setText(tr("Saved."));
    return true;
}

void AlertGroupsEditor::removeGroup()
{
    if (m_current.id == 0)
        return;
    if (Status status = m_config.removeGroup(m_current.id); !status) {
        emit failed(status.error());
        return;
    }
    m_current = AlertGroup();
    refresh();
}

} // namespace Weir
