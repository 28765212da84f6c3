#pragma once

#include "store/storage.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Weir::Test {

// Opens a workspace store in a fresh temporary directory (into `dir` and `storage`, replacing
// what they held): what store-backed tests do per test. Empty on success, else why not.
QString openTempWorkspace(std::unique_ptr<QTemporaryDir> &dir, std::unique_ptr<Storage> &storage);

} // namespace Weir::Test
