#pragma once

#include "run/executionsettings.h"

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

signals:
    void settingsEdited(const Weir::ExecutionSettings &settings);

private:
    void emitEdited();
    void fillChoices(QComboBox *combo, const QList<Choice> &choices, qint64 selected);

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
    QLineEdit *m_savepointPath = nullptr;
    bool m_filling = false;
};

} // namespace Weir
