#include "cli/commandline.h"
#include "cli/runcommand.h"
#include "cli/sqlcommands.h"
#include "mainwindow.h"
#include "studio.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // Parsed before any application object: subcommands, --help and --version need no display.
    const QStringList arguments = argumentsOf(argc, argv);
    {
        QTextStream out(stdout), err(stderr);
        if (const int rc = Weir::runSqlCommand(arguments, out, err); rc >= 0)
            return rc;
        if (const int rc = Weir::runRunCommand(arguments, out, err); rc >= 0)
            return rc;
    }
    const Weir::CommandLine cli = Weir::CommandLine::parse(arguments);
    if (cli.outcome != Weir::CommandLine::Outcome::OpenWindow) {
        const bool ok = cli.outcome == Weir::CommandLine::Outcome::ExitOk;
        std::fputs(qPrintable(cli.message), ok ? stdout : stderr);
        return ok ? 0 : 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Weir"));
    QApplication::setOrganizationName(QStringLiteral("Weir"));
    QApplication::setApplicationVersion(QLatin1String(WEIR_VERSION));

    Weir::Studio studio(cli.dataDir);
    if (const Weir::Status started = studio.start(); !started) {
        std::fprintf(stderr, "weir: %s\n", qPrintable(started.error()));
        return 1;
    }
    if (cli.quitAfterShow) {
        QObject::connect(studio.window(), &Weir::MainWindow::firstPainted, &app,
                         [] { QTimer::singleShot(0, qApp, &QApplication::quit); });
    }
    return app.exec();
}
