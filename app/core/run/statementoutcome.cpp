#include "run/statementoutcome.h"

namespace Weir {

QString StatementOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Stopped:
        return QStringLiteral("stopped");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

} // namespace Weir
