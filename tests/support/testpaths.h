#pragma once

#include <QString>

namespace Weir::Test {

// Folder where tests leave screenshots and logs (WEIR_TEST_OUTPUT, set by CTest).
QString outputDir();

// The source tree (WEIR_SOURCE_DIR, set by CTest), for test data files.
QString sourceDir();

} // namespace Weir::Test
