#include "flinkfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Weir::Test {

namespace {

QStringList lastLines(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Logs can be large; the tail is all we want.
    constexpr qint64 kWindow = 256 * 1024;
    if (file.size() > kWindow)
        file.seek(file.size() - kWindow);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.mid(qMax<qsizetype>(0, lines.size() - count));
}

} // namespace

Result<FlinkFixture> FlinkFixture::fromEnvironment()
{
    const QString dir = qEnvironmentVariable("WEIR_FLINK_FIXTURE_STATE");
    if (dir.isEmpty()) {
        return Result<FlinkFixture>::failure(QStringLiteral(
            "WEIR_FLINK_FIXTURE_STATE is not set: run this test through CTest (label "
            "'integration'), which starts Flink with weir-flink-fixture first."));
    }
    return fromStateDir(dir);
}

Result<FlinkFixture> FlinkFixture::fromStateDir(const QString &stateDir)
{
    const QString path = QDir(stateDir).filePath(QStringLiteral("ready.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QString why =
            QStringLiteral("No Flink cluster is running for this test: %1 is missing.").arg(path);
        QFile failed(QDir(stateDir).filePath(QStringLiteral("failed.txt")));
        if (failed.open(QIODevice::ReadOnly))
            why += QStringLiteral(" The fixture failed:\n") + QString::fromUtf8(failed.readAll());
        return Result<FlinkFixture>::failure(why);
    }
    const QJsonObject ready = QJsonDocument::fromJson(file.readAll()).object();
    FlinkFixture fixture;
    fixture.m_stateDir = QDir(stateDir).absolutePath();
    fixture.m_version = ready.value(QLatin1String("version")).toString();
    fixture.m_gatewayUrl = QUrl(ready.value(QLatin1String("gateway")).toString());
    fixture.m_jobManagerUrl = QUrl(ready.value(QLatin1String("jobmanager")).toString());
    fixture.m_logDir = ready.value(QLatin1String("logDir")).toString();
    if (fixture.m_version.isEmpty() || !fixture.m_gatewayUrl.isValid() ||
        !fixture.m_jobManagerUrl.isValid()) {
        return Result<FlinkFixture>::failure(
            QStringLiteral("%1 lacks version, gateway or jobmanager.").arg(path));
    }
    return fixture;
}

QString FlinkFixture::logTails(int lines) const
{
    QString text;
    const QDir dir(m_logDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name)) {
        text +=
            QStringLiteral("----- last %1 lines of %2 -----\n").arg(lines).arg(dir.filePath(name));
        for (const QString &line : lastLines(dir.filePath(name), lines))
            text += line + QLatin1Char('\n');
    }
    return text;
}

void FlinkFixture::printLogTailsIfFailed(int lines) const
{
    if (!QTest::currentTestFailed())
        return;
    qWarning().noquote() << "Flink" << m_version << "logs at the time of the failure:\n"
                         << logTails(lines);
}

} // namespace Weir::Test
