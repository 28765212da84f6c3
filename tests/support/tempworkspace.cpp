#include "tempworkspace.h"

#include "workspace/workspacepaths.h"

namespace Weir::Test {

QString openTempWorkspace(std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<Storage> &storage)
{
    storage.reset();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return QStringLiteral("cannot make a temporary directory: %1").arg(dir->errorString());
    Result<std::unique_ptr<Storage>> opened = Storage::open(WorkspacePaths(dir->path()));
    if (!opened)
        return opened.error();
    storage = std::move(opened.value());
    return QString();
}

} // namespace Weir::Test
