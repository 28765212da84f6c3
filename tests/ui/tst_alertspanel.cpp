// The Alerts dock over a temporary workspace: instances listed and edited (settings as JSON,
// a typed secret leaves through secretEdited() and only its key is stored), groups with ticked
// members, the history with a model tester; a test send through the real AlertService to a
// loopback HTTP receiver lands in the history. Screenshots alerts-panel.png (instances),
// alerts-panel-groups.png and alerts-panel-history.png.

#include "../integration/webhookreceiver.h"
#include "alertgroupseditor.h"
#include "alerthistorymodel.h"
#include "alerts/alertservice.h"
#include "alertspanel.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    Test::WebhookReceiver m_receiver;

    qint64 addInstance(const QString &name, AlertInstance::Kind kind, const QJsonObject &settings,
                       bool enabled = true)
    {
        AlertInstance instance;
        instance.name = name;
        instance.kind = kind;
        instance.settings = settings;
        instance.enabled = enabled;
        return m_storage->alertConfig().addInstance(instance)->id;
    }

    void addHistory(qint64 minutesAgo, const QString &rule, const QString &job, bool ok,
                    const QString &instance, const QString &error = QString())
    {
        AlertHistoryEntry entry;
        entry.timeMs = QDateTime::currentMSecsSinceEpoch() - minutesAgo * 60000;
        entry.rule = rule;
        entry.jobName = job;
        entry.clusterName = QStringLiteral("prod-flink-2.3");
        entry.instanceName = instance;
        entry.ok = ok;
        entry.error = error;
        QVERIFY(m_storage->alertHistory().add(entry).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Storage::open(WorkspacePaths(m_dir.path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_storage = std::move(opened.value());
        QVERIFY(m_receiver.listen());
        const qint64 ding = addInstance(
            QStringLiteral("ops DingTalk"), AlertInstance::Kind::DingTalk,
            {{QStringLiteral("webhook"),
              QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=1f0c…")},
             {QStringLiteral("atMobiles"), QJsonArray{QStringLiteral("13800000000")}},
             {QStringLiteral("atAll"), false}});
        const qint64 mail =
            addInstance(QStringLiteral("on-call mail"), AlertInstance::Kind::Email,
                        {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                         {QStringLiteral("port"), 587},
                         {QStringLiteral("security"), QStringLiteral("starttls")},
                         {QStringLiteral("from"), QStringLiteral("weir@example.com")},
                         {QStringLiteral("to"), QJsonArray{QStringLiteral("oncall@example.com")}}});
        addInstance(QStringLiteral("Feishu 数据组"), AlertInstance::Kind::Feishu,
                    {{QStringLiteral("webhook"),
                      QStringLiteral("https://open.feishu.cn/open-apis/bot/v2/hook/…")}},
                    false);
        addInstance(QStringLiteral("loopback hook"), AlertInstance::Kind::Http,
                    {{QStringLiteral("url"), m_receiver.url(QStringLiteral("/alerts"))}});
        AlertGroup group;
        group.name = QStringLiteral("streaming-prod");
        group.description = QStringLiteral("Production streaming jobs");
        group.instanceIds = {mail, ding};
        QVERIFY(m_storage->alertConfig().addGroup(group).ok());
        addHistory(42, QStringLiteral("job_failed"), QStringLiteral("orders-enrichment"), true,
                   QStringLiteral("ops DingTalk"));
        addHistory(41, QStringLiteral("job_failed"), QStringLiteral("orders-enrichment"), false,
                   QStringLiteral("on-call mail"),
                   QStringLiteral("Mail through smtp.example.com:587 failed: the server answered "
                                  "“535 5.7.8 Authentication credentials invalid” to AUTH."));
        addHistory(12, QStringLiteral("job_restarting"), QStringLiteral("clickstream-sessions"),
                   true, QStringLiteral("ops DingTalk"));
        addHistory(3, QStringLiteral("cluster_unreachable"), QString(), true,
                   QStringLiteral("ops DingTalk"));
    }

    void instancesGroupsAndHistory()
    {
        AlertService service(m_storage->alertConfig(), m_storage->alertHistory());
        AlertsPanel panel(m_storage->alertConfig(), m_storage->alertHistory(), &service);
        QAbstractItemModelTester tester(panel.historyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(900, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QCOMPARE(panel.instanceList()->count(), 4);
        panel.selectInstance(m_storage->alertConfig().instances().at(3).id); // "ops DingTalk"
        QCOMPARE(panel.nameEdit()->text(), QStringLiteral("ops DingTalk"));
        QVERIFY(panel.settingsEdit()->toPlainText().contains(QLatin1String("atMobiles")));
        QVERIFY(panel.grab().save(
            QDir(Test::outputDir()).filePath(QStringLiteral("alerts-panel.png"))));

        // A typed secret goes out to the keychain; only its key is stored.
        QList<QPair<QString, QString>> secrets;
        connect(&panel, &AlertsPanel::secretEdited, this,
                [&](const QString &key, const QString &secret) {
                    secrets.append({key, secret});
                });
        const qint64 id = m_storage->alertConfig().instances().at(3).id;
        panel.secretEdit()->setText(QStringLiteral("SECsecret"));
        QVERIFY(panel.save());
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().first, AlertInstance::secretKey(id));
        QCOMPARE(secrets.first().second, QStringLiteral("SECsecret"));
        QCOMPARE(m_storage->alertConfig().instance(id)->secretRef, AlertInstance::secretKey(id));
        // Broken JSON is refused with the reason, nothing stored.
        panel.settingsEdit()->setPlainText(QStringLiteral("{\"webhook\": "));
        QVERIFY(!panel.save());
        QVERIFY(m_storage->alertConfig().instance(id)->settings.contains(QLatin1String("webhook")));

        // Groups: members ticked, first in the group's order.
        panel.tabs()->setCurrentIndex(1);
        AlertGroupsEditor *groups = panel.groupsEditor();
        QCOMPARE(groups->groupList()->count(), 1);
        QCOMPARE(groups->nameEdit()->text(), QStringLiteral("streaming-prod"));
        QCOMPARE(groups->memberList()->item(0)->text(), QStringLiteral("on-call mail"));
        QCOMPARE(groups->memberList()->item(0)->checkState(), Qt::Checked);
        QCOMPARE(groups->memberList()->item(2)->checkState(), Qt::Unchecked);
        QVERIFY(panel.grab().save(
            QDir(Test::outputDir()).filePath(QStringLiteral("alerts-panel-groups.png"))));
        groups->memberList()->item(2)->setCheckState(Qt::Checked);
        QVERIFY(groups->save());
        QCOMPARE(m_storage->alertConfig().groups().first().instanceIds.size(), 3);

        // A test send to the loopback hook reaches it and the history.
        panel.tabs()->setCurrentIndex(0);
        for (const AlertInstance &instance : m_storage->alertConfig().instances()) {
            if (instance.name == QLatin1String("loopback hook"))
                panel.selectInstance(instance.id);
        }
        QCOMPARE(panel.nameEdit()->text(), QStringLiteral("loopback hook"));
        const int before = panel.historyModel()->rowCount();
        m_receiver.answer(200, "{}");
        QPushButton *sendTest = nullptr;
        for (QPushButton *button : panel.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Send test"))
                sendTest = button;
        }
        QVERIFY(sendTest);
        sendTest->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return !m_receiver.requests().isEmpty() && service.pendingCount() == 0; },
            15000));
        QCOMPARE(m_receiver.requests().size(), 1);
        panel.refreshHistory();
        QCOMPARE(panel.historyModel()->rowCount(), before + 1);

        panel.tabs()->setCurrentIndex(2);
        QCOMPARE(panel.historyModel()->rowCount(), 5);
        QCOMPARE(panel.historyModel()
                     ->data(panel.historyModel()->index(0, AlertHistoryModel::Instance))
                     .toString(),
                 QStringLiteral("loopback hook"));
        QVERIFY(panel.grab().save(
            QDir(Test::outputDir()).filePath(QStringLiteral("alerts-panel-history.png"))));
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
