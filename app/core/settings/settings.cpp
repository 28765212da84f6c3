#include "settings.h"

#include "store/settingsrepository.h"

namespace Weir {

Settings::Settings(SettingsRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository)
{}

QVariant Settings::stored(const char *key) const
{
    return m_repository.value(QString::fromLatin1(key));
}

Status Settings::store(const char *key, const QVariant &value, bool emitChanged)
{
    const Status status = m_repository.setValue(QString::fromLatin1(key), value);
    if (status.ok() && emitChanged)
        emit changed(QString::fromLatin1(key));
    return status;
}

QVariant Settings::value(const SettingInfo &info) const
{
    QVariant value = stored(info.key);
    if (!value.isValid())
        return info.defaultValue;
    if (value.metaType() == info.type || value.convert(info.type))
        return value;
    return info.defaultValue;
}

Status Settings::setValue(const SettingInfo &info, const QVariant &value)
{
    QVariant typed = value;
    if (typed.isValid() && typed.metaType() != info.type && !typed.convert(info.type)) {
        return Status::failure(tr("The setting “%1” expects a value of type %2.")
                                   .arg(label(info.label), QString::fromLatin1(info.type.name())));
    }
    const bool differs = this->value(info) != (typed.isValid() ? typed : info.defaultValue);
    return store(info.key, typed, differs);
}

QString Settings::label(const char *label)
{
    return tr(label);
}

} // namespace Weir
