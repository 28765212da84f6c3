// The execution settings' "Flink options" box completes Flink's configuration keys while typing
// and then the chosen option's values; Enter takes the highlighted candidate. Saves a screenshot
// of the execution settings dock with the list open.
#include "alerts/alertservice.h"
#include "executionsettingspanel.h"
#include "flinkoptionsedit.h"
#include "run/executionsettings.h"
#include "testpaths.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

using namespace Weir;

class TestFlinkOptionsEdit : public QObject
{
    Q_OBJECT

private slots:
    void completesKeysThenValues();
    void settingsPanelKeepsTheOptions();
    void alertGroupIsStoredWhereAlertsReadIt();
};

void TestFlinkOptionsEdit::completesKeysThenValues()
{
    FlinkOptionsEdit edit;
    edit.resize(360, 120);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("runtime-mo"));
    QTRY_VERIFY(edit.completer()->popup()->isVisible());
    QCOMPARE(edit.completer()->currentCompletion(), QStringLiteral("execution.runtime-mode"));
    QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
    QCOMPARE(edit.toPlainText(), QStringLiteral("execution.runtime-mode = "));
    // Straight on to the option's values.
    QTRY_VERIFY(edit.completer()->popup()->isVisible());
    QCOMPARE(edit.completer()->completionCount(), 3);
    QTest::keyClicks(edit.completer()->popup(), QStringLiteral("BA"));
    QCOMPARE(edit.completer()->currentCompletion(), QStringLiteral("BATCH"));
    QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
    QCOMPARE(edit.toPlainText(), QStringLiteral("execution.runtime-mode = BATCH"));

    // A free-form value (a duration) offers nothing; an unknown key prefix offers nothing.
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("table.exec.state.ttl = 1"));
    QVERIFY(!edit.completer()->popup()->isVisible());
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("nosuchoptionxyz"));
    QVERIFY(!edit.completer()->popup()->isVisible());
}

void TestFlinkOptionsEdit::settingsPanelKeepsTheOptions()
{
    ExecutionSettingsPanel panel;
    ExecutionSettings settings;
    settings.extraOptions = {{QStringLiteral("pipeline.name"), QStringLiteral("orders")}};
    panel.showSettings(settings, {{1, QStringLiteral("Local")}}, {});
    panel.resize(300, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = panel.findChild<FlinkOptionsEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), QStringLiteral("pipeline.name = orders"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("checkpointing.int"));
    QTRY_VERIFY(edit->completer()->popup()->isVisible());
    const QString shot = Test::outputDir() + QStringLiteral("/execution-settings-options.png");
    QVERIFY(panel.window()->grab().save(shot));
    QPixmap popup = edit->completer()->popup()->grab();
    QVERIFY(popup.save(Test::outputDir() + QStringLiteral("/execution-settings-options-popup.png")));
    qInfo("screenshot: %s", qPrintable(shot));
}

void TestFlinkOptionsEdit::alertGroupIsStoredWhereAlertsReadIt()
{
    ExecutionSettingsPanel panel;
    ExecutionSettings settings;
    settings.alertGroupId = 7;
    panel.showSettings(settings, {}, {}, {{3, QStringLiteral("ops")}, {7, QStringLiteral("on-call")}});
    QSignalSpy edited(&panel, &ExecutionSettingsPanel::settingsEdited);
    auto *groups = panel.findChildren<QComboBox *>().last();
    QCOMPARE(groups->currentText(), QStringLiteral("on-call"));
    groups->setCurrentIndex(groups->findData(qint64(3)));
    QCOMPARE(edited.count(), 1);
    const ExecutionSettings chosen = panel.settings();
    QCOMPARE(chosen.alertGroupId, qint64(3));
    // The script's stored settings: the alert service finds the group there.
    QCOMPARE(AlertService::groupOfScript(chosen.toJson()), qint64(3));
    QCOMPARE(ExecutionSettings::fromJson(chosen.toJson()), chosen);
}

QTEST_MAIN(TestFlinkOptionsEdit)
#include "tst_flinkoptionsedit.moc"
