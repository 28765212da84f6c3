#pragma once

namespace Weir::Theme {

// Applies the light or dark palette to the whole application (Fusion style). GUI thread.
void apply(bool dark);

} // namespace Weir::Theme
