#include "cli/sqlcommands.h"

#include "sql/formatter.h"
#include "sql/sqlreports.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

int formatUsage(QTextStream &err)
{
    err << SqlCommands::tr("usage: weir format [--check | -i] [--keyword-case=upper|lower|keep] "
                           "[--indent=N] FILE...")
        << '\n';
    err.flush();
    return 2;
}

// Replaces `path` with `content` atomically: a crash or a full disk leaves the old file.
bool writeScript(const QString &path, const QByteArray &content, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    err << SqlCommands::tr("weir: cannot write %1: %2").arg(path, file.errorString()) << '\n';
    err.flush();
    return false;
}

int format(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    enum class Mode { Print, Check, InPlace } mode = Mode::Print;
    Formatter::Options options;
    QStringList files;
    for (const QString &argument : arguments) {
        const auto value = [&](QLatin1String option) {
            return argument.startsWith(option) ? argument.mid(option.size()) : QString();
        };
        if (argument == QLatin1String("--check") || argument == QLatin1String("-i") ||
            argument == QLatin1String("--in-place")) {
            const Mode wanted = argument == QLatin1String("--check") ? Mode::Check : Mode::InPlace;
            if (mode != Mode::Print && mode != wanted)
                return formatUsage(err);
            mode = wanted;
        } else if (argument.startsWith(QLatin1String("--keyword-case="))) {
            const QString kase = value(QLatin1String("--keyword-case="));
            if (kase == QLatin1String("upper"))
                options.keywordCase = Formatter::KeywordCase::Upper;
            else if (kase == QLatin1String("lower"))
                options.keywordCase = Formatter::KeywordCase::Lower;
            else if (kase == QLatin1String("keep"))
                options.keywordCase = Formatter::KeywordCase::Keep;
            else
                return formatUsage(err);
        } else if (argument.startsWith(QLatin1String("--indent="))) {
            bool ok = false;
            options.indentWidth = value(QLatin1String("--indent=")).toInt(&ok);
            if (!ok || options.indentWidth < 0 || options.indentWidth > 16)
                return formatUsage(err);
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return formatUsage(err);
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty())
        return formatUsage(err);

    bool failed = false;
    bool unformatted = false;
    for (const QString &file : files) {
        QByteArray script;
        if (!readScript(file, &script, err)) {
            failed = true;
            continue;
        }
        const QByteArray formatted = Formatter::format(script, options);
        switch (mode) {
        case Mode::Print:
            // The bytes as they are (a script need not be valid UTF-8) when out is a device.
            out.flush();
            if (out.device())
                out.device()->write(formatted);
            else
                out << QString::fromUtf8(formatted);
            break;
        case Mode::Check:
            if (formatted != script) {
                unformatted = true;
                out << file << '\n';
            }
            break;
        case Mode::InPlace:
            if (formatted != script && !writeScript(file, formatted, err))
                failed = true;
            break;
        }
        out.flush();
    }
    if (failed)
        return 2;
    return unformatted ? 1 : 0;
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
    if (command == QLatin1String("format"))
        return format(files, out, err);
    return -1;
}

} // namespace Weir
