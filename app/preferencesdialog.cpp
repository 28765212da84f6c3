#include "preferencesdialog.h"

#include "settings/settingkeys.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Weir {

namespace {

template<typename T>
QString labelOf(const SettingKey<T> &key)
{
    return Settings::label(key.label);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    m_fontFamily = new QFontComboBox(this);
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(6, 48);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_flinkHome = new QLineEdit(this);
    m_flinkHome->setPlaceholderText(tr("FLINK_HOME or Weir's Flink cache"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseFlinkHome);
    auto *flinkHomeRow = new QHBoxLayout;
    flinkHomeRow->addWidget(m_flinkHome, 1);
    flinkHomeRow->addWidget(browse);
    m_pollInterval = new QSpinBox(this);
    m_pollInterval->setRange(1, 3600);
    m_pollInterval->setSuffix(tr(" s"));

    auto *form = new QFormLayout;
    form->addRow(labelOf(SettingKeys::editorFontFamily), m_fontFamily);
    form->addRow(labelOf(SettingKeys::editorFontSize), m_fontSize);
    form->addRow(labelOf(SettingKeys::theme), m_theme);
    form->addRow(labelOf(SettingKeys::language), m_language);
    form->addRow(labelOf(SettingKeys::flinkHome), flinkHomeRow);
    form->addRow(labelOf(SettingKeys::jobsPollIntervalSeconds), m_pollInterval);
    m_requestTimeout = new QSpinBox(this);
    m_requestTimeout->setRange(1, 3600);
    m_requestTimeout->setSuffix(tr(" s"));
    form->addRow(labelOf(SettingKeys::requestTimeoutSeconds), m_requestTimeout);
    m_requestRetries = new QSpinBox(this);
    m_requestRetries->setRange(0, 10);
    form->addRow(labelOf(SettingKeys::requestRetries), m_requestRetries);
    auto *note = new QLabel(tr("A new language takes effect when Weir starts again."), this);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    load();
}

void PreferencesDialog::load()
{
    m_fontFamily->setCurrentFont(QFont(m_settings.get(SettingKeys::editorFontFamily)));
    m_fontSize->setValue(m_settings.get(SettingKeys::editorFontSize));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings.get(SettingKeys::theme))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.get(SettingKeys::language))));
    m_flinkHome->setText(m_settings.get(SettingKeys::flinkHome));
    m_pollInterval->setValue(m_settings.get(SettingKeys::jobsPollIntervalSeconds));
    m_requestTimeout->setValue(m_settings.get(SettingKeys::requestTimeoutSeconds));
    m_requestRetries->setValue(m_settings.get(SettingKeys::requestRetries));
}

void PreferencesDialog::apply()
{
    m_settings.set(SettingKeys::editorFontFamily, m_fontFamily->currentFont().family());
    m_settings.set(SettingKeys::editorFontSize, m_fontSize->value());
    m_settings.set(SettingKeys::theme, m_theme->currentData().toString());
    m_settings.set(SettingKeys::language, m_language->currentData().toString());
    m_settings.set(SettingKeys::flinkHome, m_flinkHome->text().trimmed());
    m_settings.set(SettingKeys::jobsPollIntervalSeconds, m_pollInterval->value());
    m_settings.set(SettingKeys::requestTimeoutSeconds, m_requestTimeout->value());
    m_settings.set(SettingKeys::requestRetries, m_requestRetries->value());
}

void PreferencesDialog::browseFlinkHome()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Flink Installation"), m_flinkHome->text());
    if (!dir.isEmpty())
        m_flinkHome->setText(dir);
}

} // namespace Weir
