#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace Weir {

// The change a row carries in Flink's changelog (Flink's RowKind). Plain value; any thread.
enum class RowKind : quint8 { Insert, UpdateBefore, UpdateAfter, Delete };

// "+I", "-U", "+U", "-D", as Flink's SQL client prints them in its op column.
QString rowKindShortString(RowKind kind);
// Flink's wire names INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE; nullopt for anything else.
std::optional<RowKind> rowKindFromName(QStringView name);

} // namespace Weir
