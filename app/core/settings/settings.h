#pragma once

#include "common/result.h"
#include "settings/settingkey.h"

#include <QObject>
#include <QString>
#include <QVariant>

namespace Weir {

class SettingsRepository;

// Typed access to the workspace settings (keys in settingkeys.h) over SettingsRepository.
// GUI thread. Write settings only through here, so that changed() is never missed.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(SettingsRepository &repository, QObject *parent = nullptr);

    // The stored value, or the key's default when unset or not convertible to T.
    template<typename T> T get(const SettingKey<T> &key) const
    {
        QVariant value = stored(key.key);
        if (!value.isValid())
            return key.defaultValue;
        if (value.metaType() == QMetaType::fromType<T>() || value.convert(QMetaType::fromType<T>()))
            return value.template value<T>();
        return key.defaultValue;
    }

    // Emits changed() when the value differs from what get() returned before.
    template<typename T> Status set(const SettingKey<T> &key, const T &value)
    {
        const bool differs = !(get(key) == value);
        return store(key.key, QVariant::fromValue(value), differs);
    }

    // Back to the default (the row is removed, so a later default change applies).
    template<typename T> Status reset(const SettingKey<T> &key)
    {
        const bool differs = !(get(key) == key.defaultValue);
        return store(key.key, QVariant(), differs);
    }

    // Untyped access for code that lists keys (see SettingKeys::all()).
    QVariant value(const SettingInfo &info) const;
    Status setValue(const SettingInfo &info, const QVariant &value);

    // The translated label of a key, e.g. Settings::label(SettingKeys::theme.label).
    static QString label(const char *label);

signals:
    void changed(const QString &key);

private:
    QVariant stored(const char *key) const;
    Status store(const char *key, const QVariant &value, bool emitChanged);

    SettingsRepository &m_repository;
};

} // namespace Weir
