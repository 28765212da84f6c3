#pragma once

// Every setting Weir has, with its type, default and label. No setting key string is
// written anywhere else.

#include "settings/settingkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Weir::SettingKeys {

inline const SettingKey<QString> editorFontFamily{
    "editor/fontFamily", QStringLiteral("Monospace"),
    QT_TRANSLATE_NOOP("Weir::Settings", "Editor font")};
inline const SettingKey<int> editorFontSize{
    "editor/fontSize", 11, QT_TRANSLATE_NOOP("Weir::Settings", "Editor font size")};
// One of themeChoices().
inline const SettingKey<QString> theme{"ui/theme", QStringLiteral("light"),
                                       QT_TRANSLATE_NOOP("Weir::Settings", "Theme")};
// One of languageChoices(); "system" follows the locale of the desktop.
inline const SettingKey<QString> language{"ui/language", QStringLiteral("system"),
                                          QT_TRANSLATE_NOOP("Weir::Settings", "Language")};
// Flink installation used to start the "Local" cluster; empty until the user picks one.
inline const SettingKey<QString> flinkHome{
    "flink/home", QString(), QT_TRANSLATE_NOOP("Weir::Settings", "Flink installation directory")};
inline const SettingKey<int> jobsPollIntervalSeconds{
    "jobs/pollIntervalSeconds", 5,
    QT_TRANSLATE_NOOP("Weir::Settings", "Refresh jobs every (seconds)")};
// Talking to SQL Gateways: how long one request may take, and how often a request lost on the
// way (connection refused or reset) is tried again.
inline const SettingKey<int> requestTimeoutSeconds{
    "gateway/requestTimeoutSeconds", 30,
    QT_TRANSLATE_NOOP("Weir::Settings", "Request timeout (seconds)")};
inline const SettingKey<int> requestRetries{
    "gateway/requestRetries", 2, QT_TRANSLATE_NOOP("Weir::Settings", "Retries of a lost request")};
// How long the edit journal waits to gather keystrokes before writing (EditJournal::setDelayMs).
inline const SettingKey<int> journalDelayMs{
    "journal/delayMs", 300,
    QT_TRANSLATE_NOOP("Weir::Settings", "Save unsaved edits after (milliseconds)")};
// QWidget::saveGeometry() / QMainWindow::saveState() blobs.
inline const SettingKey<QByteArray> mainWindowGeometry{
    "mainWindow/geometry", QByteArray(),
    QT_TRANSLATE_NOOP("Weir::Settings", "Main window geometry")};
inline const SettingKey<QByteArray> mainWindowState{
    "mainWindow/state", QByteArray(), QT_TRANSLATE_NOOP("Weir::Settings", "Main window layout")};
// Scripts open in editor tabs, in tab order, and the one in front (0 = none).
inline const SettingKey<QList<qint64>> openScriptIds{
    "session/openScriptIds", QList<qint64>(), QT_TRANSLATE_NOOP("Weir::Settings", "Open scripts")};
inline const SettingKey<qint64> currentScriptId{
    "session/currentScriptId", 0, QT_TRANSLATE_NOOP("Weir::Settings", "Current script")};

// Set once a workspace got its "Getting started" content, so deleting it is respected.
inline const SettingKey<bool> workspaceSeeded{
    "workspace/seeded", false, QT_TRANSLATE_NOOP("Weir::Settings", "Getting started content created")};

QStringList themeChoices();    // "light", "dark"
QStringList languageChoices(); // "system", "en", "zh_CN"

// Every key above, in this order.
QList<SettingInfo> all();

} // namespace Weir::SettingKeys
