#include "sql/metadataprovider.h"

namespace Weir {

// Anchors the vtable in one translation unit.
MetadataProvider::~MetadataProvider() = default;

} // namespace Weir
