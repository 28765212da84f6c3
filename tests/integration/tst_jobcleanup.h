#pragma once

// For studio tests that start jobs on the shared fixtures: cancelling what a test started (also
// when it fails) and an empty output directory for savepoints. Header-only; test thread.

#include "testpaths.h"
#include "tst_jobharness.h"

#include <QDir>
#include <QUrl>

namespace Weir::Test {

// Cancels, at the end of a test (also a failing one), every job it started that still runs:
// the fixtures' task slots are shared.
struct JobsToCancel
{
    JobManagerClient &client;
    QStringList ids;
    ~JobsToCancel()
    {
        for (const QString &id : std::as_const(ids))
            cancelTestJob(client, id);
    }
};

// A directory under this test's output, made empty, as a file: URI.
inline QString emptyOutputUri(const QString &name)
{
    const QString dir = outputDir() + QLatin1Char('/') + name;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return QUrl::fromLocalFile(dir).toString();
}

} // namespace Weir::Test
