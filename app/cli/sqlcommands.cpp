#include "cli/sqlcommands.h"

#include "sql/sqlreports.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Weir {

namespace {

// The translation context of this file's messages.
struct SqlCommands
{
    Q_DECLARE_TR_FUNCTIONS(SqlCommands)
};

// Reads `path` whole, or says why not on `err`.
bool readScript(const QString &path, QByteArray *content, QTextStream &err)
{
    QFile file(path);
    QString reason;
    if (QFileInfo(path).isDir())
        reason = SqlCommands::tr("is a directory");
    else if (!file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    if (reason.isEmpty()) {
        *content = file.readAll();
        if (file.error() == QFileDevice::NoError)
            return true;
        reason = file.errorString();
    }
    err << SqlCommands::tr("weir: cannot read %1: %2").arg(path, reason) << '\n';
    err.flush();
    return false;
}

int split(const QStringList &files, QTextStream &out, QTextStream &err)
{
    if (files.size() != 1) {
        err << SqlCommands::tr("usage: weir split FILE") << '\n';
        err.flush();
        return 2;
    }
    QByteArray script;
    if (!readScript(files.constFirst(), &script, err))
        return 2;
    out << SqlReports::splitListing(script);
    out.flush();
    return 0;
}

int check(const QStringList &files, QTextStream &out, QTextStream &err)
{
    if (files.isEmpty()) {
        err << SqlCommands::tr("usage: weir check FILE...") << '\n';
        err.flush();
        return 2;
    }
    bool unreadable = false;
    int errors = 0;
    for (const QString &file : files) {
        QByteArray script;
        if (!readScript(file, &script, err)) {
            unreadable = true;
            continue;
        }
        int fileErrors = 0;
        out << SqlReports::checkListing(file, script, &fileErrors);
        out.flush();
        errors += fileErrors;
    }
    if (unreadable)
        return 2;
    return errors > 0 ? 1 : 0;
}

} // namespace

int runSqlCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2)
        return -1;
    const QString command = arguments.at(1);
    const QStringList files = arguments.mid(2);
    if (command == QLatin1String("split"))
        return split(files, out, err);
    if (command == QLatin1String("check"))
        return check(files, out, err);
    return -1;
}

} // namespace Weir
