#pragma once

#include "sql/metadatacatalog.h"

namespace Weir {

// Where completion learns about live catalogs: anything that can hand out an immutable
// MetadataCatalog snapshot (an in-memory one for tests, InMemoryCatalog; one fed by the SQL
// Gateway later). snapshot() is called on the GUI thread for every completion request, so it
// must be cheap: return a snapshot built earlier, never block on the network. The snapshot
// itself may then be used on any thread.
class MetadataProvider
{
public:
    virtual ~MetadataProvider();
    virtual MetadataCatalog snapshot() const = 0;
};

} // namespace Weir
