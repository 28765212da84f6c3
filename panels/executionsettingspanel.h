#pragma once

#include "run/executionsettings.h"
#include "store/savepointrecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace Weir {

class FlinkOptionsEdit;

// The right-hand dock: edits the execution settings of the script in the current tab. GUI thread.
class ExecutionSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };

    explicit ExecutionSettingsPanel(QWidget *parent = nullptr);

    // Shows `settings` for editing; `clusters` and `environments` fill the pickers.
    // `alertGroups`: the choices for the script's alert group ((none) is added).
    void showSettings(const ExecutionSettings &settings, const QList<Choice> &clusters,
                      const QList<Choice> &environments, const QList<Choice> &alertGroups = {});
    // No Flink script is current: explain why there is nothing to edit.
    void showUnavailable(const QString &reason);
    ExecutionSettings settings() const;
    // The script's registered savepoints and checkpoints (newest first), offered as the chosen
    // one; call after showSettings().
    void setRestorePoints(const QList<SavepointRecord> &records);

signals:
    void settingsEdited(const Weir::ExecutionSettings &settings);

private:
    void emitEdited();
    void fillChoices(QComboBox *combo, const QList<Choice> &choices, qint64 selected);
    QWidget *makeRestoreGroup();
    // The chosen path is asked for only with the Chosen strategy; a claim only when restoring.
    void updateRestoreFields();
    // The chosen savepoint's path: a registered one's (its item shows time and kind too) or the
    // typed text.
    QString chosenPath() const;
    void showChosenPath(const QString &path);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_unavailable = nullptr;
    QComboBox *m_cluster = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QComboBox *m_runtimeMode = nullptr;
    QCheckBox *m_statementSet = nullptr;
    QCheckBox *m_globalVariables = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_alertGroup = nullptr;
    FlinkOptionsEdit *m_extraOptions = nullptr;
    QCheckBox *m_preview = nullptr;
    QCheckBox *m_changelog = nullptr;
    QSpinBox *m_maxRows = nullptr;
    QCheckBox *m_autoStop = nullptr;
    QComboBox *m_strategy = nullptr;
    QComboBox *m_savepointPath = nullptr; // editable: a registered path or any typed one
    QComboBox *m_claimMode = nullptr;
    bool m_filling = false;
};

} // namespace Weir
