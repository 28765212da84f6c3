#include "lifecycle.h"

#include "run/runplan.h"

namespace Weir {

const QList<LifecycleState> &Lifecycle::states()
{
    static const QList<LifecycleState> all = {LifecycleState::Develop, LifecycleState::Published,
                                              LifecycleState::Online, LifecycleState::Offline,
                                              LifecycleState::Retired};
    return all;
}

const QList<LifecycleAction> &Lifecycle::actions()
{
    static const QList<LifecycleAction> all = {LifecycleAction::Publish, LifecycleAction::GoOnline,
                                               LifecycleAction::GoOffline,
                                               LifecycleAction::Maintain, LifecycleAction::Retire};
    return all;
}

QString Lifecycle::stateName(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Develop:
        return QStringLiteral("develop");
    case LifecycleState::Published:
        return QStringLiteral("published");
    case LifecycleState::Online:
        return QStringLiteral("online");
    case LifecycleState::Offline:
        return QStringLiteral("offline");
    case LifecycleState::Retired:
        return QStringLiteral("retired");
    }
    return QString();
}

std::optional<LifecycleState> Lifecycle::stateFromName(const QString &name)
{
    for (LifecycleState state : states()) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString Lifecycle::stateLabel(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Develop:
        return tr("Develop");
    case LifecycleState::Published:
        return tr("Published");
    case LifecycleState::Online:
        return tr("Online");
    case LifecycleState::Offline:
        return tr("Offline");
    case LifecycleState::Retired:
        return tr("Retired");
    }
    return QString();
}

QString Lifecycle::statePhrase(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Develop:
        return tr("in development");
    case LifecycleState::Published:
        return tr("published");
    case LifecycleState::Online:
        return tr("online");
    case LifecycleState::Offline:
        return tr("offline");
    case LifecycleState::Retired:
        return tr("retired");
    }
    return QString();
}

QString Lifecycle::actionLabel(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Publish:
        return tr("Publish");
    case LifecycleAction::GoOnline:
        return tr("Go Online");
    case LifecycleAction::GoOffline:
        return tr("Go Offline");
    case LifecycleAction::Maintain:
        return tr("Maintain");
    case LifecycleAction::Retire:
        return tr("Retire");
    }
    return QString();
}

LifecycleState Lifecycle::target(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Publish:
        return LifecycleState::Published;
    case LifecycleAction::GoOnline:
        return LifecycleState::Online;
    case LifecycleAction::GoOffline:
        return LifecycleState::Offline;
    case LifecycleAction::Maintain:
        return LifecycleState::Develop;
    case LifecycleAction::Retire:
        return LifecycleState::Retired;
    }
    return LifecycleState::Develop;
}

bool Lifecycle::allows(LifecycleState from, LifecycleAction action)
{
    using S = LifecycleState;
    switch (action) {
    case LifecycleAction::Publish:
        return from == S::Develop;
    case LifecycleAction::GoOnline:
        return from == S::Published || from == S::Offline;
    case LifecycleAction::GoOffline:
        return from == S::Online;
    case LifecycleAction::Maintain:
        return from == S::Published || from == S::Offline || from == S::Retired;
    case LifecycleAction::Retire:
        // An online job must be taken offline first: retiring must not leave it running unseen.
        return from == S::Develop || from == S::Published || from == S::Offline;
    }
    return false;
}

Status Lifecycle::check(LifecycleState from, LifecycleAction action, ScriptType type,
                        const QString &text)
{
    if (!allows(from, action)) {
        // Say what would make it possible, where there is such a way.
        QString hint;
        if (from == LifecycleState::Online && action != LifecycleAction::GoOnline)
            hint = tr(" Take it offline first.");
        else if (action == LifecycleAction::Publish)
            hint = tr(" Maintain it first to edit and publish again.");
        else if (action == LifecycleAction::GoOnline && from == LifecycleState::Develop)
            hint = tr(" Publish it first.");
        else if (action == LifecycleAction::GoOnline && from == LifecycleState::Retired)
            hint = tr(" Maintain and publish it first.");
        return Status::failure(tr("%1 is not possible while the script is %2.%3")
                                   .arg(actionLabel(action), statePhrase(from), hint));
    }
    if (action == LifecycleAction::Publish && text.trimmed().isEmpty())
        return Status::failure(tr("The script is empty: there is nothing to publish."));
    if (action == LifecycleAction::GoOnline) {
        if (type == ScriptType::FlinkSqlEnv) {
            return Status::failure(
                tr("An environment script does not run on its own: other "
                   "scripts run it first. Only a Flink SQL script goes online."));
        }
        if (type == ScriptType::Sql)
            return Status::failure(
                tr("A SQL script runs against a database, not Flink: it cannot go online."));
        RunPlan::Input input;
        input.script = text;
        if (!RunPlan::build(input).hasJobStatement()) {
            return Status::failure(tr("The published version submits no job (no INSERT and no "
                                      "statement set): there would be nothing to keep online."));
        }
    }
    return Status();
}

} // namespace Weir
