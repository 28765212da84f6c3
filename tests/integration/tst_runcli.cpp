// `weir run` against the fixture's real SQL Gateway (once per Flink version): --format jsonl
// and --format csv on a small script, --var, and a failing statement's FILE:LINE:COL error and
// exit status. Runs the built `weir` binary (WEIR_BINARY); while that binary does not know
// `run` yet it calls runRunCommand() in-process instead (same code) and says so.

#include "cli/runcommand.h"
#include "flinkfixture.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "store/variablerepository.h"
#include "workspace/workspacepaths.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;
using Weir::Test::FlinkFixture;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kScript = QStringLiteral(
    "-- 中文注释\n"
    "CREATE TEMPORARY VIEW v AS SELECT * FROM (VALUES (1, 'a,b', CAST(1.50 AS DECIMAL(10,2))),\n"
    "  (2, '中文', CAST(NULL AS DECIMAL(10,2)))) AS t(id, name, price);\n"
    "SELECT id, name, price FROM v;\n"
    "SELECT '${greeting}' AS g;\n");

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_fixture.printLogTailsIfFailed(); }
    void jsonl();
    void csv();
    void tableAndChangelog();
    void failure();
    void manyPagesInOrder();
    void localWithoutFlink();
    void namedTargetWithWorkspaceVariables();

private:
    Outcome weir(const QStringList &arguments, bool withGateway = true);
    QString write(const QString &name, const QString &text);

    FlinkFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_binary;
    bool m_inProcess = false;
};

void TestRunCli::initTestCase()
{
    const auto fixture = FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    m_fixture = fixture.value();
    m_binary = qEnvironmentVariable("WEIR_BINARY");
    QProcess probe;
    if (!m_binary.isEmpty()) {
        probe.start(m_binary, {QStringLiteral("run")});
        probe.waitForFinished(30000);
    }
    m_inProcess = m_binary.isEmpty() || probe.exitCode() != 2 ||
                  !QString::fromUtf8(probe.readAllStandardError()).contains(QStringLiteral("weir run"));
    if (m_inProcess)
        qWarning("%s does not know `weir run` yet: running runRunCommand() in-process",
                 qPrintable(m_binary));
}

QString TestRunCli::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

Outcome TestRunCli::weir(const QStringList &arguments, bool withGateway)
{
    Outcome outcome;
    QStringList all = QStringList{QStringLiteral("run")} + arguments +
                      QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
    if (withGateway)
        all += QStringList{QStringLiteral("--gateway"), m_fixture.gatewayUrl().toString()};
    if (m_inProcess) {
        QTextStream out(&outcome.out), err(&outcome.err);
        outcome.exitCode = runRunCommand(QStringList{QStringLiteral("weir")} + all, out, err);
        out.flush();
        err.flush();
        return outcome;
    }
    QProcess process;
    process.start(m_binary, all);
    if (!process.waitForFinished(240000))
        process.kill();
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestRunCli::jsonl()
{
    const QString file = write(QStringLiteral("small.sql"), kScript);
    const Outcome run = weir({file, QStringLiteral("--format"), QStringLiteral("jsonl"),
                              QStringLiteral("--var"), QStringLiteral("greeting=你好")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QList<QJsonObject> objects;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString() + QLatin1Char(' ') + line));
        objects.append(document.object());
    }
    QCOMPARE(objects.at(0).value(QLatin1String("kind")).toString(), QStringLiteral("CREATE"));
    QCOMPARE(objects.at(0).value(QLatin1String("line")).toInt(), 2);
    QCOMPARE(objects.at(0).value(QLatin1String("status")).toString(), QStringLiteral("finished"));

    const QJsonObject select = objects.at(1);
    QCOMPARE(select.value(QLatin1String("index")).toInt(), 1);
    QCOMPARE(select.value(QLatin1String("line")).toInt(), 4);
    QCOMPARE(select.value(QLatin1String("column")).toInt(), 1);
    QCOMPARE(select.value(QLatin1String("kind")).toString(), QStringLiteral("QUERY"));
    const QJsonArray columns = select.value(QLatin1String("columns")).toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("id"));
    QVERIFY(columns.at(0).toObject().value(QLatin1String("type")).toString().startsWith(QStringLiteral("INT")));
    QVERIFY(columns.at(2).toObject().value(QLatin1String("type")).toString().startsWith(QStringLiteral("DECIMAL(10, 2)")));
    // Exact text: the DECIMAL keeps its scale in the raw line, never through double.
    QVERIFY2(lines.at(1).contains(QStringLiteral("[1,\"a,b\",1.50]")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("[2,\"中文\",null]")), qPrintable(lines.at(1)));
    const QJsonArray changes = select.value(QLatin1String("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("+I"));
    QCOMPARE(select.value(QLatin1String("jobId")).toString().size(), 32);

    QCOMPARE(objects.at(2).value(QLatin1String("rows")).toArray().at(0).toArray().at(0).toString(),
             QStringLiteral("你好"));
}

void TestRunCli::csv()
{
    const QString file = write(QStringLiteral("small.sql"), kScript);
    const Outcome run = weir({file, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--var"), QStringLiteral("greeting=hi")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("id,name,price\n1,\"a,b\",1.50\n2,中文,\n\ng\nhi\n"));
}

void TestRunCli::tableAndChangelog()
{
    const QString file = write(QStringLiteral("small.sql"), kScript);
    const Outcome table = weir({file, QStringLiteral("--var"), QStringLiteral("greeting=hi")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    qInfo().noquote() << table.out;
    // Aligned like Flink's tableau: right-aligned, CJK two columns wide, NULL as <NULL>.
    QVERIFY2(table.out.contains(QStringLiteral("+----+------+--------+\n"
                                               "| id | name |  price |\n"
                                               "+----+------+--------+\n"
                                               "|  1 |  a,b |   1.50 |\n"
                                               "|  2 | 中文 | <NULL> |\n"
                                               "+----+------+--------+\n")),
             qPrintable(table.out));
    QVERIFY(table.out.contains(QStringLiteral("2 rows in set")));
    QVERIFY(table.out.contains(QStringLiteral("[INFO] Execute statement succeeded.")));

    const Outcome changelog = weir({file, QStringLiteral("--format"), QStringLiteral("changelog"),
                                    QStringLiteral("--var"), QStringLiteral("greeting=hi")});
    QVERIFY2(changelog.exitCode == 0, qPrintable(changelog.err));
    QVERIFY2(changelog.out.contains(QStringLiteral("| op | id |")), qPrintable(changelog.out));
    QVERIFY2(changelog.out.contains(QStringLiteral("| +I |  1 |")), qPrintable(changelog.out));
}

void TestRunCli::failure()
{
    const QString file = write(QStringLiteral("bad.sql"),
                               QStringLiteral("SELECT 1;\n-- 中文\nSELECT nosuch FROM (VALUES (1)) AS t(x);\nSELECT 2;\n"));
    const Outcome run = weir({file, QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file + QStringLiteral(":3:8: error: ")), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QJsonObject failed = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    const QJsonObject error = failed.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("line")).toInt(), 3);
    QCOMPARE(error.value(QLatin1String("column")).toInt(), 8);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2).toUtf8()).object().value(QLatin1String("status")).toString(),
             QStringLiteral("skipped"));

    // --keep-going runs the rest; the exit status still says it failed.
    const Outcome going = weir({file, QStringLiteral("--format"), QStringLiteral("jsonl"),
                                QStringLiteral("--keep-going")});
    QCOMPARE(going.exitCode, 1);
    QVERIFY2(going.out.contains(QStringLiteral("\"status\":\"finished\",\"statement\":\"SELECT 2\"")),
             qPrintable(going.out));
}

void TestRunCli::manyPagesInOrder()
{
    // Many result pages (the fetch loop asks for the next page while it parses this one): every
    // row arrives exactly once and in order.
    const QString file = write(QStringLiteral("many.sql"), QStringLiteral(
        "CREATE TEMPORARY TABLE seq (id INT) WITH ('connector' = 'datagen', 'fields.id.kind' = "
        "'sequence', 'fields.id.start' = '1', 'fields.id.end' = '30000');\n"
        "SELECT id FROM seq;\n"));
    const Outcome run = weir({file, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--max-rows"), QStringLiteral("30000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 30001);
    QCOMPARE(lines.at(0), QStringLiteral("id"));
    for (int i = 1; i <= 30000; ++i) {
        if (lines.at(i) != QString::number(i))
            QFAIL(qPrintable(QStringLiteral("line %1 is %2").arg(i).arg(lines.at(i))));
    }
}

void TestRunCli::localWithoutFlink()
{
    // No FLINK_HOME and an empty fetch cache: the error says where it looked.
    const QString file = write(QStringLiteral("one.sql"), QStringLiteral("SELECT 1;\n"));
    const QByteArray home = qgetenv("FLINK_HOME");
    const QByteArray cache = qgetenv("WEIR_FLINK_CACHE");
    const QString emptyCache = m_dir.filePath(QStringLiteral("empty-cache"));
    QDir().mkpath(emptyCache);
    qunsetenv("FLINK_HOME");
    qputenv("WEIR_FLINK_CACHE", emptyCache.toUtf8());
    const Outcome run = weir({file, QStringLiteral("--target"), QStringLiteral("local")}, false);
    qputenv("WEIR_FLINK_CACHE", cache);
    if (!home.isEmpty())
        qputenv("FLINK_HOME", home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no Flink installation found")), qPrintable(run.err));
    QVERIFY2(run.err.contains(emptyCache), qPrintable(run.err));
}

void TestRunCli::namedTargetWithWorkspaceVariables()
{
    // A workspace with a named cluster and global variables, one of them secret (keychain).
    auto storage = Storage::open(WorkspacePaths(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY2(storage, qPrintable(storage.error()));
    Cluster cluster;
    cluster.name = QStringLiteral("Fixture");
    cluster.gatewayUrl = m_fixture.gatewayUrl().toString();
    QVERIFY(storage.value()->clusters().add(cluster));
    const QString secret = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());
    Secrets keychain;
    std::optional<Status> written;
    keychain.write(Secrets::variableKey(QStringLiteral("cli_token")), secret,
                   [&written](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(*written, qPrintable(written->error()));
    VariableRepository &variables = storage.value()->variables();
    QVERIFY(variables.put({QStringLiteral("cli_region"), QStringLiteral("eu"), false, QString(), QString()}));
    QVERIFY(variables.put({QStringLiteral("cli_token"), QString(), true,
                           Secrets::variableKey(QStringLiteral("cli_token")), QString()}));
    storage.value().reset();

    const QString file = write(QStringLiteral("vars.sql"),
                               QStringLiteral("SELECT '${cli_region}' AS r, '${cli_token}' AS t;\n"));
    Outcome run = weir({file, QStringLiteral("--target"), QStringLiteral("Fixture"), QStringLiteral("--format"),
                        QStringLiteral("csv")}, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("r,t\neu,%1\n").arg(secret));
    QVERIFY2(!run.err.contains(secret), qPrintable(run.err)); // the log masks it

    // --var wins over the workspace's value.
    run = weir({file, QStringLiteral("--target"), QStringLiteral("Fixture"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--var"), QStringLiteral("cli_region=us")}, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("r,t\nus,%1\n").arg(secret));

    // A secret gone from the keychain: the run stops before Flink and names the variable.
    std::optional<Status> removed;
    keychain.remove(Secrets::variableKey(QStringLiteral("cli_token")),
                    [&removed](const Status &status) { removed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    run = weir({file, QStringLiteral("--target"), QStringLiteral("Fixture")}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("“cli_token”")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
