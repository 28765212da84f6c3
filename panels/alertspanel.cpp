#include "alertspanel.h"

#include "alertgroupseditor.h"
#include "alerthistorymodel.h"
#include "alerts/alertservice.h"
#include "listtableview.h"
#include "recordlist.h"
#include "store/alertconfigrepository.h"
#include "store/alerthistoryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Weir {

namespace {

constexpr int kShownHistory = 2000;

const AlertInstance::Kind kKinds[] = {AlertInstance::Kind::DingTalk, AlertInstance::Kind::WeCom,
                                      AlertInstance::Kind::Feishu,   AlertInstance::Kind::Http,
                                      AlertInstance::Kind::Email,    AlertInstance::Kind::Desktop};

QString kindText(AlertInstance::Kind kind)
{
    switch (kind) {
    case AlertInstance::Kind::DingTalk:
        return AlertsPanel::tr("DingTalk robot");
    case AlertInstance::Kind::WeCom:
        return AlertsPanel::tr("WeCom robot");
    case AlertInstance::Kind::Feishu:
        return AlertsPanel::tr("Feishu robot");
    case AlertInstance::Kind::Http:
        return AlertsPanel::tr("HTTP webhook");
    case AlertInstance::Kind::Email:
        return AlertsPanel::tr("Email (SMTP)");
    case AlertInstance::Kind::Desktop:
        return AlertsPanel::tr("Desktop notification");
    }
    return QString();
}

} // namespace

AlertsPanel::AlertsPanel(AlertConfigRepository &config, AlertHistoryRepository &history,
                         AlertService *service, QWidget *parent)
    : QWidget(parent), m_config(config), m_history(history), m_service(service)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildInstancesTab(), tr("Instances"));
    m_groups = new AlertGroupsEditor(config, this);
    connect(m_groups, &AlertGroupsEditor::failed, this, &AlertsPanel::failed);
    m_tabs->addTab(m_groups, tr("Groups"));

    m_historyModel = new AlertHistoryModel(this);
    m_historyView = new ListTableView(this);
    m_historyView->setModel(m_historyModel);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->addTab(m_historyView, tr("History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_historyView)
            refreshHistory();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    refresh();
}

QWidget *AlertsPanel::buildInstancesTab()
{
    auto *tab = new QSplitter(Qt::Horizontal, this);
    m_instances = new RecordList(tab);
    auto *right = new QWidget(tab);
    m_name = new QLineEdit(right);
    m_kind = new QComboBox(right);
    for (AlertInstance::Kind kind : kKinds)
        m_kind->addItem(kindText(kind), int(kind));
    m_enabled = new QCheckBox(tr("Send alerts to this instance"), right);
    m_settings = new QPlainTextEdit(right);
    m_settings->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_settings->setTabChangesFocus(true);
    m_secret = new QLineEdit(right);
    m_secret->setEchoMode(QLineEdit::Password);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    auto *save = new QPushButton(tr("Save"), right);
    m_test = new QPushButton(tr("Send test"), right);
    m_test->setEnabled(m_service != nullptr);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Channel:"), m_kind);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Settings (JSON):"), m_settings);
    form->addRow(tr("Secret:"), m_secret);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_test);
    actions->addWidget(save);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form, 1);
    rightLayout->addLayout(actions);
    tab->addWidget(m_instances);
    tab->addWidget(right);
    tab->setStretchFactor(1, 3);

    connect(m_instances, &RecordList::currentChanged, this, [this](qint64 id) {
        if (const auto found = m_config.instance(id))
            showInstance(*found);
    });
    connect(m_instances, &RecordList::newRequested, this, &AlertsPanel::newInstance);
    connect(m_instances, &RecordList::deleteRequested, this, &AlertsPanel::removeInstance);
    connect(save, &QPushButton::clicked, this, &AlertsPanel::save);
    connect(m_test, &QPushButton::clicked, this, &AlertsPanel::sendTest);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsPanel::kindChanged);
    return tab;
}

void AlertsPanel::refresh()
{
    QList<RecordList::Record> records;
    for (const AlertInstance &instance : m_config.instances())
        records.append({instance.id,
                        QStringLiteral("%1 — %2").arg(instance.name, kindText(instance.kind)),
                        QString(), instance.enabled});
    const qint64 selected = m_instances->setRecords(records, m_current.id);
    if (const auto found = m_config.instance(selected))
        showInstance(*found);
    else
        newInstance();
    m_groups->refresh();
    refreshHistory();
}

QListWidget *AlertsPanel::instanceList() const
{
    return m_instances->list();
}

void AlertsPanel::refreshHistory()
{
    m_historyModel->setEntries(m_history.list(kShownHistory));
    m_historyView->resizeColumnsToContents();
}

void AlertsPanel::selectInstance(qint64 id)
{
    m_instances->select(id);
}

void AlertsPanel::showInstance(const AlertInstance &instance)
{
    m_current = instance;
    m_name->setText(instance.name);
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(instance.kind)));
    }
    m_enabled->setChecked(instance.enabled);
    m_settings->setPlainText(
        QString::fromUtf8(QJsonDocument(instance.settings).toJson(QJsonDocument::Indented)));
    m_secret->clear();
    m_secret->setPlaceholderText(instance.secretRef.isEmpty()
                                     ? tr("none (signing secret, key or password)")
                                     : tr("stored in the keychain; type to replace"));
    m_status->clear();
}

void AlertsPanel::newInstance()
{
    AlertInstance instance;
    instance.name = tr("New alert instance");
    instance.kind = AlertInstance::Kind::DingTalk;
    instance.settings = AlertInstance::sampleSettings(instance.kind);
    m_instances->clearSelection();
    showInstance(instance);
    m_name->setFocus();
    m_name->selectAll();
}

void AlertsPanel::kindChanged()
{
    // A new instance starts from the chosen channel's settings; a stored one keeps its own.
    if (m_current.id != 0)
        return;
    const auto kind = AlertInstance::Kind(m_kind->currentData().toInt());
    m_settings->setPlainText(QString::fromUtf8(
        QJsonDocument(AlertInstance::sampleSettings(kind)).toJson(QJsonDocument::Indented)));
}

bool AlertsPanel::save()
{
    QJsonParseError parseError;
    const QJsonDocument settings =
        QJsonDocument::fromJson(m_settings->toPlainText().toUtf8(), &parseError);
    if (!settings.isObject() && !m_settings->toPlainText().trimmed().isEmpty()) {
        m_status->setText(
            tr("The settings are not a JSON object: %1").arg(parseError.errorString()));
        emit failed(m_status->text());
        return false;
    }
    AlertInstance instance = m_current;
    instance.name = m_name->text().trimmed();
    instance.kind = AlertInstance::Kind(m_kind->currentData().toInt());
    instance.enabled = m_enabled->isChecked();
    instance.settings = settings.object();
    const bool newSecret = !m_secret->text().isEmpty();
    Status status;
    if (instance.id == 0) {
        const Result<AlertInstance> added = m_config.addInstance(instance);
        if (added)
            instance = added.value();
        else
            status = Status::failure(added.error());
    }
    if (status && newSecret) {
        instance.secretRef = AlertInstance::secretKey(instance.id);
        emit secretEdited(instance.secretRef, m_secret->text());
    }
    if (status)
        status = m_config.updateInstance(instance);
    if (!status) {
        m_status->setText(status.error());
        emit failed(status.error());
        return false;
    }
    m_current = instance;
    refresh();
    m_status->setText(tr("Saved."));
    return true;
}

void AlertsPanel::removeInstance()
{
    if (m_current.id == 0)
        return;
    if (Status status = m_config.removeInstance(m_current.id); !status) {
        emit failed(status.error());
        return;
    }
    m_current = AlertInstance();
    refresh();
}

void AlertsPanel::sendTest()
{
    if (!m_service || m_current.id == 0)
        return;
    m_status->setText(tr("Sending a test alert…"));
    m_test->setEnabled(false);
    const QPointer<AlertsPanel> self(this);
    m_service->sendTest(m_current, [self](const Status &status) {
        if (!self)
            return;
        self->m_test->setEnabled(true);
        self->m_status->setText(status ? tr("The test alert was sent.") : status.error());
        self->refreshHistory();
    });
}

} // namespace Weir
