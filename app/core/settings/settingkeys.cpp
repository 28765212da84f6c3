#include "settingkeys.h"

namespace Weir::SettingKeys {

QStringList themeChoices()
{
    return {QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList languageChoices()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QList<SettingInfo> all()
{
    return {settingInfo(editorFontFamily),
            settingInfo(editorFontSize),
            settingInfo(theme),
            settingInfo(language),
            settingInfo(flinkHome),
            settingInfo(jobsPollIntervalSeconds),
            settingInfo(requestTimeoutSeconds),
            settingInfo(requestRetries),
            settingInfo(journalDelayMs),
            settingInfo(mainWindowGeometry),
            settingInfo(mainWindowState),
            settingInfo(openScriptIds),
            settingInfo(currentScriptId),
            settingInfo(workspaceSeeded)};
}

} // namespace Weir::SettingKeys
