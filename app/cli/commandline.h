#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Weir {

// What the user asked for on the command line. Parsed before any window exists. Main thread.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { OpenWindow, ExitOk, ExitError };

    Outcome outcome = Outcome::OpenWindow;
    QString message; // printed on exit (help, version or the parse error)
    QString dataDir; // empty = the platform's standard location
    bool quitAfterShow = false;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace Weir
