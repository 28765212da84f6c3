#pragma once

#include "common/result.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Weir {

// Where a script stands between writing and operating it. Stored by name ("develop", ...).
enum class LifecycleState { Develop, Published, Online, Offline, Retired };

// What moves a script from one state to the next.
enum class LifecycleAction { Publish, GoOnline, GoOffline, Maintain, Retire };

// The script lifecycle as a state machine: which action is allowed from which state, what it
// leads to, and why it is refused, in words. Widget-free and stateless; any thread.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    static const QList<LifecycleState> &states();
    static const QList<LifecycleAction> &actions();

    // Stored names: "develop", "published", "online", "offline", "retired".
    static QString stateName(LifecycleState state);
    static std::optional<LifecycleState> stateFromName(const QString &name);
    // Translated, for the tree, the history and the messages ("Published", ...).
    static QString stateLabel(LifecycleState state);
    // Translated, to follow "the script is": "in development", "published", ...
    static QString statePhrase(LifecycleState state);
    // Translated verb for the menus and the history ("Publish", "Go Online", ...).
    static QString actionLabel(LifecycleAction action);

    static LifecycleState target(LifecycleAction action);
    // Whether the transition table has `action` from `from` (nothing about the script itself).
    static bool allows(LifecycleState from, LifecycleAction action);
    // Whether `action` may be taken now on a script of `type` in `from` whose text to run is
    // `text` (the published version's for Go Online); the failure says why not.
    static Status check(LifecycleState from, LifecycleAction action, ScriptType type,
                        const QString &text);
    // Only a script in development may be edited and saved.
    static bool isEditable(LifecycleState state) { return state == LifecycleState::Develop; }
};

} // namespace Weir
