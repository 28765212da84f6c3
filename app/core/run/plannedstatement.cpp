#include "run/plannedstatement.h"

namespace Weir {

Utf16Offset PlannedStatement::sourceOffset(qsizetype sentOffset) const
{
    const Anchor *after = nullptr;
    for (const Anchor &anchor : anchors) {
        if (sentOffset >= anchor.sent && sentOffset < anchor.sent + anchor.length)
            return {anchor.source + (sentOffset - anchor.sent)};
        if (anchor.sent >= sentOffset && (!after || anchor.sent < after->sent))
            after = &anchor;
    }
    if (after)
        return {after->source};
    if (!anchors.isEmpty()) // past the end: the end of the last verbatim run
        return {anchors.constLast().source + anchors.constLast().length};
    return begin;
}

} // namespace Weir
