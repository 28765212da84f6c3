#include "jobdetail.h"

namespace Weir {

const JobVertex *JobDetail::vertex(const QString &id) const
{
    for (const JobVertex &candidate : vertices) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace Weir
