#include "results/rowkind.h"

namespace Weir {

QString rowKindShortString(RowKind kind)
{
    switch (kind) {
    case RowKind::Insert:
        return QStringLiteral("+I");
    case RowKind::UpdateBefore:
        return QStringLiteral("-U");
    case RowKind::UpdateAfter:
        return QStringLiteral("+U");
    case RowKind::Delete:
        return QStringLiteral("-D");
    }
    return QStringLiteral("+I");
}

std::optional<RowKind> rowKindFromName(QStringView name)
{
    if (name == u"INSERT")
        return RowKind::Insert;
    if (name == u"UPDATE_BEFORE")
        return RowKind::UpdateBefore;
    if (name == u"UPDATE_AFTER")
        return RowKind::UpdateAfter;
    if (name == u"DELETE")
        return RowKind::Delete;
    return std::nullopt;
}

} // namespace Weir
