#include "executionsettingspanel.h"

#include "flinkoptionsedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Weir {

namespace {

QString optionsToText(const QList<QPair<QString, QString>> &options)
{
    QStringList lines;
    for (const auto &[key, value] : options)
        lines.append(key + QLatin1String(" = ") + value);
    return lines.join(QLatin1Char('\n'));
}

QList<QPair<QString, QString>> optionsFromText(const QString &text)
{
    QList<QPair<QString, QString>> options;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        if (!key.isEmpty() && !key.startsWith(QLatin1Char('#')))
            options.append({key, eq < 0 ? QString() : line.mid(eq + 1).trimmed()});
    }
    return options;
}

} // namespace

ExecutionSettingsPanel::ExecutionSettingsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QWidget(this);
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setEnabled(false);

    m_cluster = new QComboBox(m_form);
    m_parallelism = new QSpinBox(m_form);
    m_parallelism->setRange(1, 100000);
    m_runtimeMode = new QComboBox(m_form);
    m_runtimeMode->addItem(tr("Streaming"), int(ExecutionSettings::RuntimeMode::Streaming));
    m_runtimeMode->addItem(tr("Batch"), int(ExecutionSettings::RuntimeMode::Batch));
    m_statementSet = new QCheckBox(tr("Statement set (all INSERTs as one job)"), m_form);
    m_globalVariables = new QCheckBox(tr("Substitute ${name} variables"), m_form);
    m_environment = new QComboBox(m_form);
    m_extraOptions = new FlinkOptionsEdit(m_form);
    m_extraOptions->setPlaceholderText(tr("key = value, one per line (Ctrl+Space completes)"));
    m_extraOptions->setTabChangesFocus(true);
    m_extraOptions->setMaximumHeight(90);
    m_preview = new QCheckBox(tr("Show results while running"), m_form);
    m_changelog = new QCheckBox(tr("Show the changelog"), m_form);
    m_maxRows = new QSpinBox(m_form);
    m_maxRows->setRange(1, ExecutionSettings::kMaxRowsLimit);
    m_maxRows->setGroupSeparatorShown(true);
    m_autoStop = new QCheckBox(tr("Stop the query at the row limit"), m_form);
    QWidget *restore = makeRestoreGroup();

    auto *job = new QGroupBox(tr("Job"), m_form);
    auto *jobForm = new QFormLayout(job);
    jobForm->addRow(tr("Target:"), m_cluster);
    jobForm->addRow(tr("Parallelism:"), m_parallelism);
    jobForm->addRow(tr("Mode:"), m_runtimeMode);
    jobForm->addRow(tr("Environment:"), m_environment);
    jobForm->addRow(m_statementSet);
    jobForm->addRow(m_globalVariables);
    jobForm->addRow(new QLabel(tr("Flink options:"), job));
    jobForm->addRow(m_extraOptions);
    m_alertGroup = new QComboBox(m_form);
    m_alertGroup->setToolTip(tr("Who is alerted when a job of this script fails, restarts or stops"));
    jobForm->addRow(tr("Alerts:"), m_alertGroup);

    auto *preview = new QGroupBox(tr("Preview"), m_form);
    auto *previewForm = new QFormLayout(preview);
    previewForm->addRow(m_preview);
    previewForm->addRow(m_changelog);
    previewForm->addRow(tr("Max rows:"), m_maxRows);
    previewForm->addRow(m_autoStop);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(job);
    formLayout->addWidget(restore);
    formLayout->addWidget(preview);
    formLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form narrows with the dock instead of scrolling sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox *combo : {m_cluster, m_runtimeMode, m_environment, m_strategy, m_savepointPath, m_claimMode}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_unavailable);

    for (QComboBox *combo : {m_cluster, m_runtimeMode, m_environment, m_strategy, m_claimMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExecutionSettingsPanel::emitEdited);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &ExecutionSettingsPanel::updateRestoreFields);
    connect(m_savepointPath, &QComboBox::activated, this, [this] { m_savepointPath->lineEdit()->setCursorPosition(0); });
    for (QSpinBox *spin : {m_parallelism, m_maxRows})
        connect(spin, &QSpinBox::valueChanged, this, &ExecutionSettingsPanel::emitEdited);
    for (QCheckBox *box : {m_statementSet, m_globalVariables, m_preview, m_changelog, m_autoStop})
        connect(box, &QCheckBox::toggled, this, &ExecutionSettingsPanel::emitEdited);
    connect(m_extraOptions, &QPlainTextEdit::textChanged, this, &ExecutionSettingsPanel::emitEdited);
    connect(m_savepointPath, &QComboBox::currentTextChanged, this, &ExecutionSettingsPanel::emitEdited);
    connect(m_alertGroup, &QComboBox::currentIndexChanged, this, &ExecutionSettingsPanel::emitEdited);

    showUnavailable(tr("Open a Flink SQL script to edit how it runs."));
}

void ExecutionSettingsPanel::showSettings(const ExecutionSettings &s, const QList<Choice> &clusters,
                                          const QList<Choice> &environments,
                                          const QList<Choice> &alertGroups)
{
    m_filling = true;
    fillChoices(m_alertGroup, alertGroups, s.alertGroupId);
    fillChoices(m_cluster, clusters, s.clusterId);
    fillChoices(m_environment, environments, s.environmentScriptId);
    m_parallelism->setValue(s.parallelism);
    m_runtimeMode->setCurrentIndex(m_runtimeMode->findData(int(s.runtimeMode)));
    m_statementSet->setChecked(s.statementSet);
    m_globalVariables->setChecked(s.globalVariables);
    m_extraOptions->setPlainText(optionsToText(s.extraOptions));
    m_preview->setChecked(s.preview);
    m_changelog->setChecked(s.changelog);
    m_maxRows->setValue(s.maxRows);
    m_autoStop->setChecked(s.autoStopAtMaxRows);
    m_strategy->setCurrentIndex(m_strategy->findData(int(s.savepointStrategy)));
    m_claimMode->setCurrentIndex(m_claimMode->findData(int(s.claimMode)));
    showChosenPath(s.savepointPath);
    updateRestoreFields();
    m_filling = false;
    m_unavailable->hide();
    m_scroll->show();
}

void ExecutionSettingsPanel::showUnavailable(const QString &reason)
{
    m_unavailable->setText(reason);
    m_unavailable->show();
    m_scroll->hide();
}

ExecutionSettings ExecutionSettingsPanel::settings() const
{
    ExecutionSettings s;
    s.clusterId = m_cluster->currentData().toLongLong();
    s.parallelism = m_parallelism->value();
    s.runtimeMode = ExecutionSettings::RuntimeMode(m_runtimeMode->currentData().toInt());
    s.statementSet = m_statementSet->isChecked();
    s.globalVariables = m_globalVariables->isChecked();
    s.environmentScriptId = m_environment->currentData().toLongLong();
    s.extraOptions = optionsFromText(m_extraOptions->toPlainText());
    s.preview = m_preview->isChecked();
    s.changelog = m_changelog->isChecked();
    s.maxRows = m_maxRows->value();
    s.autoStopAtMaxRows = m_autoStop->isChecked();
    s.savepointStrategy = ExecutionSettings::SavepointStrategy(m_strategy->currentData().toInt());
    s.savepointPath = chosenPath();
    s.claimMode = ExecutionSettings::ClaimMode(m_claimMode->currentData().toInt());
    s.alertGroupId = m_alertGroup->currentData().toLongLong();
    return s;
}

QWidget *ExecutionSettingsPanel::makeRestoreGroup()
{
    using Strategy = ExecutionSettings::SavepointStrategy;
    m_strategy = new QComboBox(m_form);
    m_strategy->addItem(tr("No state"), int(Strategy::None));
    m_strategy->addItem(tr("Latest savepoint"), int(Strategy::Latest));
    m_strategy->addItem(tr("Earliest savepoint"), int(Strategy::Earliest));
    m_strategy->addItem(tr("Chosen savepoint"), int(Strategy::Chosen));
    m_strategy->addItem(tr("Latest checkpoint"), int(Strategy::LatestCheckpoint));
    m_strategy->setToolTip(tr("What an INSERT or statement set of this script restores from when it is "
                              "submitted (savepoints of the script on its target, or the latest retained "
                              "checkpoint of its last job)"));
    m_savepointPath = new QComboBox(m_form);
    m_savepointPath->setEditable(true);
    m_savepointPath->setInsertPolicy(QComboBox::NoInsert);
    m_savepointPath->lineEdit()->setPlaceholderText(tr("file:///… or pick a registered savepoint"));
    m_claimMode = new QComboBox(m_form);
    m_claimMode->addItem(tr("No claim"), int(ExecutionSettings::ClaimMode::NoClaim));
    m_claimMode->setItemData(0, tr("Flink leaves the restored snapshot alone; it stays usable"), Qt::ToolTipRole);
    m_claimMode->addItem(tr("Claim"), int(ExecutionSettings::ClaimMode::Claim));
    m_claimMode->setItemData(1, tr("Flink owns the restored snapshot and deletes it once it is no longer needed"),
                             Qt::ToolTipRole);

    auto *group = new QGroupBox(tr("Restore"), m_form);
    auto *form = new QFormLayout(group);
    form->addRow(tr("From:"), m_strategy);
    form->addRow(tr("Savepoint:"), m_savepointPath);
    form->addRow(tr("Claim mode:"), m_claimMode);
    return group;
}

void ExecutionSettingsPanel::setRestorePoints(const QList<SavepointRecord> &records)
{
    const QSignalBlocker blocker(m_savepointPath);
    const QString chosen = chosenPath();
    m_savepointPath->clear();
    for (const SavepointRecord &record : records) {
        if (record.status != QLatin1String("completed") || record.path.isEmpty())
            continue;
        const QString when = QDateTime::fromMSecsSinceEpoch(record.completedMs ? record.completedMs : record.triggeredMs)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString kind = record.kind == QLatin1String("checkpoint") ? tr("checkpoint") : tr("savepoint");
        // Time and kind say which one it is; the path (the item's data) is what is stored.
        m_savepointPath->addItem(tr("%1 · %2 · %3").arg(when, kind, record.path), record.path);
        m_savepointPath->setItemData(m_savepointPath->count() - 1, record.path, Qt::ToolTipRole);
    }
    showChosenPath(chosen);
}

QString ExecutionSettingsPanel::chosenPath() const
{
    const QString text = m_savepointPath->currentText().trimmed();
    const int index = m_savepointPath->findText(text);
    return index >= 0 ? m_savepointPath->itemData(index).toString() : text;
}

void ExecutionSettingsPanel::showChosenPath(const QString &path)
{
    const int index = path.isEmpty() ? -1 : m_savepointPath->findData(path);
    if (index >= 0)
        m_savepointPath->setCurrentIndex(index);
    else
        m_savepointPath->setEditText(path);
    m_savepointPath->lineEdit()->setCursorPosition(0); // time and kind first
}

void ExecutionSettingsPanel::updateRestoreFields()
{
    using Strategy = ExecutionSettings::SavepointStrategy;
    const auto strategy = Strategy(m_strategy->currentData().toInt());
    m_savepointPath->setEnabled(strategy == Strategy::Chosen);
    m_claimMode->setEnabled(strategy != Strategy::None);
}

void ExecutionSettingsPanel::emitEdited()
{
    if (!m_filling)
        emit settingsEdited(settings());
}

void ExecutionSettingsPanel::fillChoices(QComboBox *combo, const QList<Choice> &choices, qint64 selected)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), qint64(0));
    for (const Choice &c : choices)
        combo->addItem(c.name, c.id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace Weir
