// ExecutionSettings as stored with a script: the restore choices (savepoint strategy, chosen
// path, claim mode) round-trip through JSON, and settings written before strategies existed load
// as they behaved then.

#include "run/executionsettings.h"

#include <QtTest>

using namespace Weir;

class TestExecutionSettings : public QObject
{
    Q_OBJECT

private slots:
    void restoreChoicesRoundTrip_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<int>("claim");
        using S = ExecutionSettings::SavepointStrategy;
        using C = ExecutionSettings::ClaimMode;
        QTest::newRow("none") << int(S::None) << int(C::NoClaim);
        QTest::newRow("latest") << int(S::Latest) << int(C::Claim);
        QTest::newRow("earliest") << int(S::Earliest) << int(C::NoClaim);
        QTest::newRow("chosen") << int(S::Chosen) << int(C::Claim);
        QTest::newRow("latest checkpoint") << int(S::LatestCheckpoint) << int(C::NoClaim);
    }

    void restoreChoicesRoundTrip()
    {
        QFETCH(int, strategy);
        QFETCH(int, claim);
        ExecutionSettings s;
        s.savepointStrategy = ExecutionSettings::SavepointStrategy(strategy);
        s.claimMode = ExecutionSettings::ClaimMode(claim);
        s.savepointPath = QStringLiteral("file:///data/savepoints/savepoint-1a2b");
        s.parallelism = 4;
        const QJsonObject json = s.toJson();
        const ExecutionSettings back = ExecutionSettings::fromJson(json);
        QCOMPARE(back.savepointStrategy, s.savepointStrategy);
        QCOMPARE(back.claimMode, s.claimMode);
        QCOMPARE(back.savepointPath, s.savepointPath);
        QVERIFY(back == s);
        QCOMPARE(json.value(QLatin1String("claimMode")).toString(),
                 claim ? QStringLiteral("CLAIM") : QStringLiteral("NO_CLAIM"));
    }

    void olderSettingsLoad()
    {
        // Written before strategies: a path was always restored from, so it is the choice.
        const ExecutionSettings withPath = ExecutionSettings::fromJson(QJsonObject{
            {QStringLiteral("savepointPath"), QStringLiteral("file:///sp/savepoint-9")}});
        QCOMPARE(withPath.savepointStrategy, ExecutionSettings::SavepointStrategy::Chosen);
        QCOMPARE(withPath.savepointPath, QStringLiteral("file:///sp/savepoint-9"));
        QCOMPARE(withPath.claimMode, ExecutionSettings::ClaimMode::NoClaim);

        const ExecutionSettings blank = ExecutionSettings::fromJson(
            QJsonObject{{QStringLiteral("savepointPath"), QStringLiteral("  ")}});
        QCOMPARE(blank.savepointStrategy, ExecutionSettings::SavepointStrategy::None);
        QCOMPARE(ExecutionSettings::fromJson(QJsonObject()).savepointStrategy,
                 ExecutionSettings::SavepointStrategy::None);

        // A stored strategy wins over the path's presence; unknown names fall back to none.
        const ExecutionSettings latest = ExecutionSettings::fromJson(
            QJsonObject{{QStringLiteral("savepointPath"), QStringLiteral("file:///sp/x")},
                        {QStringLiteral("savepointStrategy"), QStringLiteral("latest")}});
        QCOMPARE(latest.savepointStrategy, ExecutionSettings::SavepointStrategy::Latest);
        const ExecutionSettings unknown = ExecutionSettings::fromJson(
            QJsonObject{{QStringLiteral("savepointStrategy"), QStringLiteral("sometimes")},
                        {QStringLiteral("claimMode"), QStringLiteral("LEGACY")}});
        QCOMPARE(unknown.savepointStrategy, ExecutionSettings::SavepointStrategy::None);
        QCOMPARE(unknown.claimMode, ExecutionSettings::ClaimMode::NoClaim);
    }
};

QTEST_GUILESS_MAIN(TestExecutionSettings)
#include "tst_executionsettings.moc"
