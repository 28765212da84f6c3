// The `weir split` and `weir check` commands (runSqlCommand): output, exit codes, unreadable files.
#include "cli/sqlcommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

class TestSqlCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notOurs();
    void split();
    void checkClean();
    void checkErrors();
    void unreadable();
    void usage();

private:
    struct Run
    {
        int code = 0;
        QString out;
        QString err;
    };
    Run run(const QStringList &args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = runSqlCommand(QStringList{QStringLiteral("weir")} + args, out, err);
        return r;
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

void TestSqlCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSqlCommands::notOurs()
{
    QCOMPARE(run({}).code, -1);
    QCOMPARE(run({QStringLiteral("--version")}).code, -1);
    QCOMPARE(run({QStringLiteral("frobnicate"), QStringLiteral("x.sql")}).code, -1);
}

void TestSqlCommands::split()
{
    const QString path = write(QStringLiteral("a.sql"),
                               "-- 说明\nSELECT   名称,\n\t数量 FROM 订单;\n  SET 'a' = 'b'");
    const Run r = run({QStringLiteral("split"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("2:1\tQUERY\tSELECT 名称, 数量 FROM 订单\n"
                                   "4:3\tSET\tSET 'a' = 'b'\n"));
    // Long statements are cut after 60 characters.
    const QString longPath =
        write(QStringLiteral("long.sql"), "SELECT " + QByteArray(100, 'x') + " FROM t");
    const Run l = run({QStringLiteral("split"), longPath});
    QCOMPARE(l.out, QStringLiteral("1:1\tQUERY\tSELECT %1\n").arg(QString(53, QLatin1Char('x'))));
}

void TestSqlCommands::checkClean()
{
    const QString path = write(QStringLiteral("clean.sql"), "SELECT 1;\n");
    const Run r = run({QStringLiteral("check"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
}

void TestSqlCommands::checkErrors()
{
    const QString clean = write(QStringLiteral("ok.sql"), "SELECT 1;\n");
    const QString bad = write(QStringLiteral("bad.sql"), "SELECT 1;\n\tSELECT (名称 FROM t;\n");
    const Run r = run({QStringLiteral("check"), clean, bad});
    QCOMPARE(r.code, 1);
    QCOMPARE(
        r.out,
        QStringLiteral("%1:2:9: error: Unclosed '(': the matching ')' is missing.\n").arg(bad));
}

void TestSqlCommands::unreadable()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sql"));
    const Run r = run({QStringLiteral("split"), missing});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("weir: cannot read %1: ").arg(missing)),
             qPrintable(r.err));
    QVERIFY(r.err.size() > QStringLiteral("weir: cannot read %1: \n").arg(missing).size());

    const Run c = run({QStringLiteral("check"), missing, m_dir.path()});
    QCOMPARE(c.code, 2);
    QCOMPARE(c.err.count(QStringLiteral("weir: cannot read")), 2);
}

void TestSqlCommands::usage()
{
    QCOMPARE(run({QStringLiteral("split")}).code, 2);
    QCOMPARE(run({QStringLiteral("split"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
    const Run r = run({QStringLiteral("check")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("weir check")));
}

QTEST_GUILESS_MAIN(TestSqlCommands)
#include "tst_sqlcommands.moc"
