#pragma once

#include "common/result.h"
#include "run/runplan.h"

#include <QCoreApplication>
#include <QMap>
#include <functional>

namespace Weir {

class Secrets;
class VariableRepository;

// Gathers the workspace's variables for a run: plain values from the database, secret values
// from the system keychain (flagged secret, so RunPlan masks them in everything it shows).
// Asynchronous because the keychain is; widget-free, shared by the window and the command line.
// GUI thread.
class WorkspaceVariablesLoader
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceVariablesLoader)

public:
    using Variables = QMap<QString, RunPlan::Variable>;

    // Calls `done` once, later (never from within load()), with every variable by name, or with
    // an error naming the first variable whose secret could not be read. Dropped if `secrets`
    // is destroyed first.
    static void load(const VariableRepository &repository, Secrets &secrets,
                     std::function<void(Result<Variables>)> done);
};

} // namespace Weir
