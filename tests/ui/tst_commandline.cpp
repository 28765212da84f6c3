// The weir executable's command line: --version, --help, --data-dir, --quit-after-show, bad input.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void unknownOption();
    void quitAfterShowCreatesWorkspaceInDataDir();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.start(qEnvironmentVariable("WEIR_BINARY"), args);
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

void TestCommandLine::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Weir ") + QLatin1String(WEIR_VERSION)), qPrintable(r.out));
}

void TestCommandLine::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--data-dir", "--quit-after-show", "--version"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::unknownOption()
{
    const Run r = run({QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
}

void TestCommandLine::quitAfterShowCreatesWorkspaceInDataDir()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("nested/workspace"));
    const Run r = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--quit-after-show")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("workspace.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
