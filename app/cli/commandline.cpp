#include "commandline.h"

#include <QCommandLineParser>

namespace Weir {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Weir: a desktop studio for Apache Flink SQL."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the workspace in DIR instead of the standard location."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quitAfterShow(
        QStringLiteral("quit-after-show"),
        tr("Open the window, wait for its first paint, and exit (for start-up measurements)."));
    parser.addOptions({help, version, dataDir, quitAfterShow});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.outcome = Outcome::ExitError;
        result.message = parser.errorText() + QLatin1Char('\n') + parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = Outcome::ExitError;
        result.message = tr("Unknown argument: %1").arg(parser.positionalArguments().constFirst())
                         + QLatin1Char('\n') + parser.helpText();
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = Outcome::ExitOk;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ExitOk;
        result.message = QStringLiteral("Weir %1 (Qt %2)\n").arg(QLatin1String(WEIR_VERSION), QLatin1String(qVersion()));
        return result;
    }
    result.dataDir = parser.value(dataDir);
    result.quitAfterShow = parser.isSet(quitAfterShow);
    return result;
}

} // namespace Weir
