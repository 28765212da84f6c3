#pragma once

#include <QMetaType>
#include <QVariant>

namespace Weir {

// A typed setting: its key in the store, its default and its label for the Preferences
// UI. Defined once in settingkeys.h; read and written through Settings. Any thread.
template<typename T> struct SettingKey
{
    const char *key;
    T defaultValue;
    const char *label; // QT_TRANSLATE_NOOP("Weir::Settings", ...); shown through Settings::label()
};

// The same, with the type erased, for code that lists every key (a Preferences page).
struct SettingInfo
{
    const char *key = nullptr;
    QMetaType type;
    QVariant defaultValue;
    const char *label = nullptr;
};

template<typename T> SettingInfo settingInfo(const SettingKey<T> &key)
{
    return {key.key, QMetaType::fromType<T>(), QVariant::fromValue(key.defaultValue), key.label};
}

} // namespace Weir
