#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace Weir {

class Settings;
class Storage;

// Fills a brand-new workspace so a newcomer runs real Flink SQL within a minute: a
// "Getting started" folder with the reference hello world and a windowed aggregate, and the
// Local target when a Flink installation is found. GUI thread (it uses the storage service).
class GettingStarted
{
    Q_DECLARE_TR_FUNCTIONS(GettingStarted)

public:
    // Does nothing for a workspace that was seeded before or already holds anything.
    // Returns true when it seeded.
    static Result<bool> seedIfNew(Storage &storage, Settings &settings);

    static QString helloWorldScript();
    static QString windowedAggregateScript();
};

} // namespace Weir
