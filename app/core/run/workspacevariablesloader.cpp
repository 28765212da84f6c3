#include "run/workspacevariablesloader.h"

#include "store/secrets.h"
#include "store/variablerepository.h"

#include <memory>

namespace Weir {

namespace {

// One load in flight: the values gathered so far and the secrets still being read.
struct Pending
{
    WorkspaceVariablesLoader::Variables variables;
    int outstanding = 0;
    bool answered = false;
    std::function<void(Result<WorkspaceVariablesLoader::Variables>)> done;
};

} // namespace

void WorkspaceVariablesLoader::load(const VariableRepository &repository, Secrets &secrets,
                                    std::function<void(Result<Variables>)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QList<VariableRepository::Variable> toRead;
    for (const VariableRepository::Variable &variable : repository.all()) {
        if (variable.secret)
            toRead.append(variable);
        else
            pending->variables.insert(variable.name, {variable.value, false});
    }
    if (toRead.isEmpty()) {
        QMetaObject::invokeMethod(
            &secrets, [pending] { pending->done(pending->variables); }, Qt::QueuedConnection);
        return;
    }
    pending->outstanding = int(toRead.size());
    // The keychain answers in the order asked (QtKeychain runs its jobs one at a time), so the
    // first failure reported is the first variable by name that failed.
    for (const VariableRepository::Variable &variable : toRead) {
        const QString key =
            variable.secretRef.isEmpty() ? Secrets::variableKey(variable.name) : variable.secretRef;
        secrets.read(key, [pending, name = variable.name](const Result<QString> &value) {
            --pending->outstanding;
            if (pending->answered)
                return;
            if (!value) {
                pending->answered = true;
                pending->done(Result<Variables>::failure(
                    tr("The value of the secret variable “%1” could not be read: %2")
                        .arg(name, value.error())));
                return;
            }
            pending->variables.insert(name, {value.value(), true});
            if (pending->outstanding == 0) {
                pending->answered = true;
                pending->done(pending->variables);
            }
        });
    }
}

} // namespace Weir
