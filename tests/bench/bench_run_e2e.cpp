// End to end against a real SQL Gateway (issue 4: Weir >= 1.5x Flink's own SQL client): the same
// 1,000,000-row datagen query through `weir run --format csv` and through Flink's SQL client in
// gateway mode (flink-sql-client from the same distribution), against the same gateway, one
// after the other, alternating which goes first. Both write their rows to a file (as
// `> /dev/null` would, but checkable): the bench counts the rows each one printed and fails if
// either did not get all of them. Rows per second = rows / wall time of the whole command
// (process start to exit, JVM start-up included for Flink's client, as a user waits for it).
//
// The gateway comes from WEIR_FLINK_FIXTURE_STATE (a weir-flink-fixture state directory, which
// CTest provides); the Flink distribution for the SQL client from that version's fetch-flink
// home (FlinkInstallationFinder). Usage: bench_run_e2e WEIR_BINARY [ROWS] [ROUNDS].
#include "flink/flinkinstallation.h"
#include "flink/flinkinstallationfinder.h"
#include "flink/javaexecutable.h"
#include "flinkfixture.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <cstdio>

using namespace Weir;

namespace {

struct Run
{
    bool ok = false;
    qint64 rows = 0;
    double seconds = 0;
    QString problem;
};

// The datagen source emits 10,000 rows/s unless told otherwise; that, not either client, would
// be measured. Sequence ids make the rows distinct and their count checkable.
QString query(qint64 rows)
{
    return QStringLiteral(
               "CREATE TEMPORARY TABLE bench_source (id BIGINT, name STRING, amount DECIMAL(10, "
               "2),\n"
               "  ts TIMESTAMP(3), flag BOOLEAN) WITH ('connector' = 'datagen',\n"
               "  'number-of-rows' = '%1', 'rows-per-second' = '1000000000',\n"
               "  'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '%1',\n"
               "  'fields.name.length' = '10');\n"
               "SELECT id, name, amount, ts, flag FROM bench_source;\n")
        .arg(rows);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

qint64 countLines(const QString &path, const QByteArray &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (prefix.isEmpty() || line.startsWith(prefix))
            ++lines;
    }
    return lines;
}

Run runProcess(const QString &program, const QStringList &arguments, const QString &outFile,
               const QString &errFile, const QProcessEnvironment &environment)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(outFile);
    process.setStandardErrorFile(errFile);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.problem = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(900000)) {
        process.kill();
        process.waitForFinished(10000);
        run.problem = QStringLiteral("%1 did not finish within 15 minutes").arg(program);
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.problem = QStringLiteral("%1 exited with %2; see %3")
                          .arg(program)
                          .arg(process.exitCode())
                          .arg(errFile);
    return run;
}

Run runWeir(const QString &weir, const QUrl &gateway, const QString &dir, qint64 rows, int round)
{
    const QString script = QDir(dir).filePath(QStringLiteral("weir.sql"));
    writeFile(script, query(rows));
    const QString out = QDir(dir).filePath(QStringLiteral("weir-%1.csv").arg(round));
    const QString err = QDir(dir).filePath(QStringLiteral("weir-%1.err").arg(round));
    Run run = runProcess(weir,
                         {QStringLiteral("run"), script, QStringLiteral("--gateway"),
                          gateway.toString(), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--max-rows"), QString::number(rows),
                          QStringLiteral("--data-dir"), QDir(dir).filePath(QStringLiteral("data"))},
                         out, err, QProcessEnvironment::systemEnvironment());
    // The CSV has a header line, then one line per row (no cell of this query has a newline).
    run.rows = countLines(out, QByteArray()) - 1;
    if (run.problem.isEmpty() && run.rows != rows)
        run.problem =
            QStringLiteral("Weir printed %1 rows, not %2; see %3").arg(run.rows).arg(rows).arg(out);
    run.ok = run.problem.isEmpty();
    QFile::remove(out);
    return run;
}

Run runFlinkClient(const FlinkInstallation &flink, const QString &java, const QUrl &gateway,
                   const QString &dir, qint64 rows, int round)
{
    const QString script = QDir(dir).filePath(QStringLiteral("flink.sql"));
    // Tableau mode prints every row as it arrives (the default table mode is an interactive
    // pager); everything else is the same script.
    writeFile(script, QStringLiteral("SET 'sql-client.execution.result-mode' = 'tableau';\n") +
                          query(rows));
    const QString out = QDir(dir).filePath(QStringLiteral("flink-%1.txt").arg(round));
    const QString err = QDir(dir).filePath(QStringLiteral("flink-%1.err").arg(round));
    const QString clientJar =
        QDir(flink.optDir())
            .filePath(QStringLiteral("flink-sql-client-%1.jar").arg(flink.version()));
    if (!QFileInfo::exists(clientJar)) {
        Run missing;
        missing.problem =
            QStringLiteral("%1 is missing; scripts/fetch-flink assembles it").arg(clientJar);
        return missing;
    }
    QStringList classPath = flink.sqlGatewayClassPath();
    classPath.append(clientJar);
    // What bin/sql-client.sh runs: the Flink JVM options, the class path, SqlClient.
    QStringList arguments = flink.javaOptions(FlinkRole::SqlGateway);
    arguments << QStringLiteral("-Dlog.file=%1")
                     .arg(QDir(dir).filePath(QStringLiteral("flink-sql-client.log")))
              << QStringLiteral("-Dlog4j.configurationFile=%1").arg(flink.log4jConsoleConfig())
              << QStringLiteral("-classpath") << classPath.join(QLatin1Char(':'))
              << QStringLiteral("org.apache.flink.table.client.SqlClient")
              << QStringLiteral("gateway") << QStringLiteral("--endpoint")
              << QStringLiteral("%1:%2").arg(gateway.host()).arg(gateway.port())
              << QStringLiteral("-f") << script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FLINK_CONF_DIR"), flink.confDir());
    environment.insert(QStringLiteral("ROOT_LOG_LEVEL"), QStringLiteral("WARN"));
    Run run = runProcess(java, arguments, out, err, environment);
    // Streaming tableau: one "| +I | ..." line per row, then "Received a total of N rows".
    run.rows = countLines(out, QByteArrayLiteral("| +I |"));
    QFile file(out);
    QString total;
    if (file.open(QIODevice::ReadOnly)) {
        const QRegularExpression received(QStringLiteral("Received a total of (\\d+) rows"));
        const QRegularExpressionMatch match = received.match(QString::fromUtf8(file.readAll()));
        total = match.hasMatch() ? match.captured(1) : QString();
    }
    if (run.problem.isEmpty() && (run.rows != rows || total != QString::number(rows)))
        run.problem =
            QStringLiteral("Flink's client printed %1 rows (it says \"%2\"), not %3; see %4")
                .arg(run.rows)
                .arg(total)
                .arg(rows)
                .arg(out);
    run.ok = run.problem.isEmpty();
    if (run.ok)
        QFile::remove(out);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_run_e2e WEIR_BINARY [ROWS] [ROUNDS]\n");
        return 2;
    }
    const QString weir = args.at(1);
    const qint64 rows = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 2;

    const auto fixture = Test::FlinkFixture::fromEnvironment();
    if (!fixture) {
        std::fprintf(stderr, "bench_run_e2e: %s\n", qPrintable(fixture.error()));
        return 1;
    }
    const QString home = QDir(FlinkInstallationFinder::fetchCacheRoot())
                             .filePath(QStringLiteral("flink-") + fixture.value().version());
    const auto flink = FlinkInstallation::open(home);
    if (!flink) {
        std::fprintf(stderr, "bench_run_e2e: %s\n", qPrintable(flink.error()));
        return 1;
    }
    const auto java =
        JavaExecutable::find(flink.value().configuration().value(QStringLiteral("env.java.home")),
                             QProcessEnvironment::systemEnvironment());
    if (!java) {
        std::fprintf(stderr, "bench_run_e2e: %s\n", qPrintable(java.error()));
        return 1;
    }
    const QString dir = Test::outputDir() + QStringLiteral("/bench_run_e2e");
    QDir().mkpath(dir);
    const QUrl gateway = fixture.value().gatewayUrl();
    std::printf("Flink %s, gateway %s, %lld rows of 5 columns, %d round(s)\n",
                qPrintable(fixture.value().version()), qPrintable(gateway.toString()),
                static_cast<long long>(rows), rounds);

    double weirBest = 0;
    double flinkBest = 0;
    bool failed = false;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the order, so that a warmer cluster favours neither.
        for (int side = 0; side < 2; ++side) {
            const bool weirSide = (side == 0) == (round % 2 == 0);
            const Run run = weirSide ? runWeir(weir, gateway, dir, rows, round)
                                     : runFlinkClient(flink.value(), java.value().program(),
                                                      gateway, dir, rows, round);
            const double rate = run.seconds > 0 ? double(run.rows) / run.seconds : 0;
            std::printf("round %d: %-22s %8.2f s  %9.0f rows/s%s%s\n", round + 1,
                        weirSide ? "weir run --format csv" : "Flink SQL client", run.seconds, rate,
                        run.ok ? "" : "  FAILED: ", qPrintable(run.problem));
            std::fflush(stdout);
            failed = failed || !run.ok;
            double &best = weirSide ? weirBest : flinkBest;
            if (run.ok)
                best = qMax(best, rate);
        }
    }
    if (failed || weirBest == 0 || flinkBest == 0)
        return 1;
    std::printf("best of %d: Weir %.0f rows/s, Flink's SQL client %.0f rows/s, ratio %.2fx "
                "(goal >= 1.5x)\n",
                rounds, weirBest, flinkBest, weirBest / flinkBest);
    return 0;
}
