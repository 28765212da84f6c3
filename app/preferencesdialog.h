#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Weir {

class Settings;

// Edit > Preferences: a form over the typed settings; OK writes them back. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    void apply();

private:
    void load();
    void browseFlinkHome();

    Settings &m_settings;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_flinkHome = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QSpinBox *m_requestTimeout = nullptr;
    QSpinBox *m_requestRetries = nullptr;
};

} // namespace Weir
