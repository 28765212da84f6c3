// The execution settings' "Restore" group: the savepoint strategy, the chosen savepoint picked
// from the script's registered savepoints and checkpoints (newest first, with time and kind) or
// typed, and the claim mode; what it edits is what the settings store. Saves a screenshot (light).
#include "executionsettingspanel.h"
#include "run/executionsettings.h"
#include "testpaths.h"
#include "theme.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;

namespace {

SavepointRecord completed(const QString &path, const QString &kind, qint64 completedMs)
{
    SavepointRecord record;
    record.path = path;
    record.kind = kind;
    record.status = QStringLiteral("completed");
    record.triggeredMs = completedMs - 1000;
    record.completedMs = completedMs;
    return record;
}

} // namespace

class TestExecutionSettingsRestore : public QObject
{
    Q_OBJECT

private slots:
    void restoreChoicesAreEditedAndStored();
};

void TestExecutionSettingsRestore::restoreChoicesAreEditedAndStored()
{
    Theme::apply(false);
    ExecutionSettingsPanel panel;
    ExecutionSettings settings;
    settings.savepointStrategy = ExecutionSettings::SavepointStrategy::Chosen;
    settings.savepointPath = QStringLiteral("file:/data/savepoints/savepoint-8c0cb0-1a2b3c4d");
    panel.showSettings(settings, {{1, QStringLiteral("Fixture")}}, {});
    const qint64 at = QDateTime(QDate(2026, 11, 25), QTime(22, 40)).toMSecsSinceEpoch();
    SavepointRecord failed =
        completed(QStringLiteral("file:/data/failed"), QStringLiteral("savepoint"), at);
    failed.status = QStringLiteral("failed");
    panel.setRestorePoints({completed(QStringLiteral("file:/data/checkpoints/8c0cb0/chk-12"),
                                      QStringLiteral("checkpoint"), at + 60000),
                            completed(settings.savepointPath, QStringLiteral("savepoint"), at),
                            failed});
    panel.resize(420, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QComboBox *strategy = nullptr;
    QComboBox *path = nullptr;
    QComboBox *claim = nullptr;
    for (QComboBox *combo : panel.findChildren<QComboBox *>()) {
        if (combo->isEditable())
            path = combo;
        else if (combo->findData(int(ExecutionSettings::SavepointStrategy::LatestCheckpoint)) >=
                     0 &&
                 combo->count() == 5)
            strategy = combo;
        else if (combo->count() == 2 && combo->itemText(0) == QStringLiteral("No claim"))
            claim = combo;
    }
    QVERIFY(strategy && path && claim);
    // The chosen savepoint is the registered one, shown with its time and kind; failed ones are not
    // offered.
    QCOMPARE(path->count(), 2);
    QCOMPARE(path->currentIndex(), 1);
    QVERIFY(path->currentText().contains(QStringLiteral("2026-11-25 22:40 · savepoint")));
    QVERIFY(path->itemText(0).contains(QStringLiteral("checkpoint")));
    QVERIFY(path->isEnabled() && claim->isEnabled());
    QCOMPARE(panel.settings().savepointPath, settings.savepointPath);
    QCOMPARE(panel.settings(), settings);
    const QString shot =
        Test::outputDir() + QStringLiteral("/execution-settings-restore-light.png");
    QVERIFY(panel.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    QSignalSpy edited(&panel, &ExecutionSettingsPanel::settingsEdited);
    // Picking the newer checkpoint stores its path, not its label.
    path->setCurrentIndex(0);
    QVERIFY(!edited.isEmpty());
    QCOMPARE(panel.settings().savepointPath,
             QStringLiteral("file:/data/checkpoints/8c0cb0/chk-12"));
    // A typed path is stored as typed.
    path->lineEdit()->selectAll();
    QTest::keyClicks(path->lineEdit(), QStringLiteral("s3://bucket/sp-1"));
    QCOMPARE(panel.settings().savepointPath, QStringLiteral("s3://bucket/sp-1"));
    // Claim and strategy; no state needs neither a path nor a claim mode.
    claim->setCurrentIndex(claim->findData(int(ExecutionSettings::ClaimMode::Claim)));
    QCOMPARE(panel.settings().claimMode, ExecutionSettings::ClaimMode::Claim);
    strategy->setCurrentIndex(
        strategy->findData(int(ExecutionSettings::SavepointStrategy::Latest)));
    QCOMPARE(panel.settings().savepointStrategy, ExecutionSettings::SavepointStrategy::Latest);
    const int edits = int(edited.size());
    QVERIFY(edits >= 4);
    QVERIFY(!path->isEnabled() && claim->isEnabled());
    strategy->setCurrentIndex(strategy->findData(int(ExecutionSettings::SavepointStrategy::None)));
    QVERIFY(!path->isEnabled() && !claim->isEnabled());
}

QTEST_MAIN(TestExecutionSettingsRestore)
#include "tst_executionsettingsrestore.moc"
