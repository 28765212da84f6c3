// The Clusters panel over a temporary workspace: listing, add through the dialog (fields filled
// with QTest), validation messages, edit, remove (confirmation injected), live health from a
// loopback HTTP server that answers like a SQL Gateway and a JobManager, and, when a Flink
// fixture is running (WEIR_FLINK_FIXTURE_STATE), from real Flink. Saves a screenshot.

#include "clusterdialog.h"
#include "clustersmodel.h"
#include "clusterspanel.h"
#include "flinkfixture.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"
#include "testpaths.h"
#include "workspace/workspacepaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Weir;

namespace {

// Answers GET /v1/api_versions, /v1/info and /overview as Flink 1.20 does (PROTOCOLS.md).
class FakeFlinkRest : public QTcpServer
{
public:
    FakeFlinkRest()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    static void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        QJsonObject body;
        if (path == "/v1/api_versions")
            body = QJsonObject{
                {QStringLiteral("versions"),
                 QJsonArray{QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V3")}}};
        else if (path == "/v1/info")
            body = QJsonObject{{QStringLiteral("productName"), QStringLiteral("Apache Flink")},
                               {QStringLiteral("version"), QStringLiteral("1.20.3")}};
        else if (path == "/overview")
            body = QJsonObject{{QStringLiteral("taskmanagers"), 2},
                               {QStringLiteral("slots-total"), 8},
                               {QStringLiteral("slots-available"), 5},
                               {QStringLiteral("jobs-running"), 1},
                               {QStringLiteral("flink-version"), QStringLiteral("1.20.3")}};
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
    }
};

} // namespace

class TestClustersPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsStoredClusters();
    void addThroughDialog();
    void validationMessages();
    void editAndRemove();
    void testConnectionSaysWhatWorks();
    void liveHealthAndScreenshot();
    void realFixtureWhenAvailable();

private:
    static void fill(ClusterDialog *dialog, const QString &field, const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ClustersPanel> m_panel;
};

void TestClustersPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Storage::open(WorkspacePaths(m_dir->path()));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_storage = std::move(opened.value());
    m_settings = std::make_unique<Settings>(m_storage->settings());
    Cluster local;
    local.name = QStringLiteral("Local");
    local.isLocal = true;
    local.flinkVersion = QStringLiteral("1.20.3");
    QVERIFY(m_storage->clusters().add(local).ok());
    Cluster prod;
    prod.name = QStringLiteral("Production");
    prod.gatewayUrl = QStringLiteral("https://flink.example.com:8083");
    prod.jobManagerUrl = QStringLiteral("https://flink.example.com:8081");
    QVERIFY(m_storage->clusters().add(prod).ok());
    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings);
    m_panel->setConfirmation([](const QString &) { return true; });
    new QAbstractItemModelTester(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
}

void TestClustersPanel::cleanup()
{
    m_panel.reset();
    m_settings.reset();
    m_storage.reset();
    m_dir.reset();
}

void TestClustersPanel::fill(ClusterDialog *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestClustersPanel::listsStoredClusters()
{
    ClustersModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ClustersModel::NameColumn).data().toString(), QStringLiteral("Local"));
    QCOMPARE(model->index(0, ClustersModel::HealthColumn).data().toString(),
             ClustersModel::tr("Stopped"));
    QCOMPARE(model->index(1, ClustersModel::NameColumn).data().toString(),
             QStringLiteral("Production"));
    QVERIFY(m_panel->action(ClustersPanel::Action::StartLocal)->isEnabled());
    QVERIFY(!m_panel->action(ClustersPanel::Action::StopLocal)->isEnabled());
    m_panel->setLocalState(LocalFlink::State::Starting);
    QVERIFY(!m_panel->action(ClustersPanel::Action::StartLocal)->isEnabled());
    QVERIFY(m_panel->action(ClustersPanel::Action::StopLocal)->isEnabled());
    m_panel->setLocalState(LocalFlink::State::Idle);
}

void TestClustersPanel::addThroughDialog()
{
    ClusterDialog *dialog = m_panel->addCluster();
    QVERIFY(dialog);
    fill(dialog, QStringLiteral("name"), QStringLiteral("Staging"));
    fill(dialog, QStringLiteral("gatewayUrl"), QStringLiteral("http://127.0.0.1:1"));
    fill(dialog, QStringLiteral("jobManagerUrl"), QStringLiteral("http://127.0.0.1:2"));
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("auth"));
    auth->setCurrentIndex(auth->findData(QStringLiteral("bearer")));
    fill(dialog, QStringLiteral("secret"), QStringLiteral("s3cret"));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<Cluster> stored = m_storage->clusters().all();
    QCOMPARE(stored.size(), 3);
    const Cluster staging = stored.at(2);
    QCOMPARE(staging.name, QStringLiteral("Staging"));
    QCOMPARE(staging.gatewayUrl, QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(staging.authKind, QStringLiteral("bearer"));
    QVERIFY(staging.secretRef.isEmpty()); // the token is never stored with the cluster
    QCOMPARE(m_panel->secretFor(staging.id), QStringLiteral("s3cret"));
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QCOMPARE(m_panel->selectedClusterId(), staging.id);
}

void TestClustersPanel::validationMessages()
{
    ClusterDialog *dialog = m_panel->addCluster();
    dialog->accept();
    QVERIFY(dialog->isVisible() || dialog->result() != QDialog::Accepted);
    QVERIFY2(dialog->messageText().contains(QLatin1String("name")),
             qPrintable(dialog->messageText()));

    fill(dialog, QStringLiteral("name"),
         QStringLiteral("production")); // names are unique, any case
    fill(dialog, QStringLiteral("gatewayUrl"), QStringLiteral("http://localhost:8083"));
    dialog->accept();
    QVERIFY2(dialog->messageText().contains(QLatin1String("already exists")),
             qPrintable(dialog->messageText()));

    fill(dialog, QStringLiteral("name"), QStringLiteral("Broken"));
    fill(dialog, QStringLiteral("gatewayUrl"), QStringLiteral("ftp://localhost:8083"));
    dialog->accept();
    QVERIFY2(dialog->messageText().contains(QLatin1String("ftp://localhost:8083")),
             qPrintable(dialog->messageText()));
    QVERIFY(dialog->messageText().contains(QLatin1String("http://")));

    fill(dialog, QStringLiteral("gatewayUrl"), QStringLiteral("localhost:8083"));
    dialog->accept();
    QVERIFY2(dialog->messageText().contains(QLatin1String("not valid")),
             qPrintable(dialog->messageText()));
    QCOMPARE(m_storage->clusters().all().size(), 2);
    dialog->reject();
}

void TestClustersPanel::editAndRemove()
{
    const qint64 prodId = m_storage->clusters().all().at(1).id;
    m_panel->selectCluster(prodId);
    ClusterDialog *dialog = m_panel->editSelectedCluster();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
             QStringLiteral("Production"));
    fill(dialog, QStringLiteral("name"), QStringLiteral("Prod EU"));
    dialog->accept();
    QCOMPARE(m_storage->clusters().find(prodId)->name, QStringLiteral("Prod EU"));
    QCOMPARE(m_panel->model()->index(m_panel->model()->rowOf(prodId), 0).data().toString(),
             QStringLiteral("Prod EU"));

    QString asked;
    m_panel->setConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    m_panel->selectCluster(prodId);
    m_panel->removeSelectedCluster();
    QVERIFY(asked.contains(QLatin1String("Prod EU")));
    QCOMPARE(m_storage->clusters().all().size(), 2); // said no
    m_panel->setConfirmation([](const QString &) { return true; });
    m_panel->removeSelectedCluster();
    QCOMPARE(m_storage->clusters().all().size(), 1);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(m_panel->model()->rowOf(prodId), -1);
}

void TestClustersPanel::testConnectionSaysWhatWorks()
{
    FakeFlinkRest rest;
    QVERIFY(rest.isListening());
    ClusterDialog *dialog = m_panel->addCluster();
    fill(dialog, QStringLiteral("name"), QStringLiteral("Half"));
    fill(dialog, QStringLiteral("gatewayUrl"), rest.url());
    fill(dialog, QStringLiteral("jobManagerUrl"), QStringLiteral("http://127.0.0.1:1"));
    QSignalSpy spy(dialog, &ClusterDialog::probeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")),
                      Qt::LeftButton);
    QVERIFY(spy.wait(10000));
    const QString message = dialog->messageText();
    QVERIFY2(message.contains(QLatin1String("SQL Gateway %1: OK").arg(rest.url())),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("http://127.0.0.1:1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
    QVERIFY(dialog->grab().save(
        QDir(Test::outputDir()).filePath(QStringLiteral("cluster-dialog.png"))));
    dialog->reject();
}

void TestClustersPanel::liveHealthAndScreenshot()
{
    FakeFlinkRest rest;
    Cluster prod = m_storage->clusters().all().at(1);
    prod.gatewayUrl = rest.url();
    prod.jobManagerUrl = rest.url();
    QVERIFY(m_storage->clusters().update(prod).ok());
    m_panel->reload();
    m_panel->resize(760, 200);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    ClustersModel *model = m_panel->model();
    const int row = model->rowOf(prod.id);
    QTRY_COMPARE_WITH_TIMEOUT(model->statusAt(row), ClustersModel::Status::Healthy, 10000);
    QCOMPARE(model->index(row, ClustersModel::VersionColumn).data().toString(),
             QStringLiteral("1.20.3"));
    QCOMPARE(model->index(row, ClustersModel::TaskManagersColumn).data().toInt(), 2);
    QCOMPARE(model->index(row, ClustersModel::SlotsColumn).data().toString(),
             QStringLiteral("5 / 8"));
    // Nothing selected, so the colours show as users mostly see them.
    m_panel->view()->clearSelection();

    const QString file = QDir(Test::outputDir()).filePath(QStringLiteral("clusters-panel.png"));
    QVERIFY(m_panel->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));

    // A server gone: the next poll says so, with the reason.
    rest.close();
    m_panel->refreshHealth();
    QTRY_COMPARE_WITH_TIMEOUT(model->statusAt(row), ClustersModel::Status::Unhealthy, 10000);
    QVERIFY(
        model->index(row, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("refused")));
}

void TestClustersPanel::realFixtureWhenAvailable()
{
    if (qEnvironmentVariableIsEmpty("WEIR_FLINK_FIXTURE_STATE"))
        QSKIP("no Flink fixture (registered with one by tests/integration)");
    const auto fixture = Test::FlinkFixture::fromEnvironment();
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    Cluster prod = m_storage->clusters().all().at(1);
    prod.gatewayUrl = fixture->gatewayUrl().toString();
    prod.jobManagerUrl = fixture->jobManagerUrl().toString();
    QVERIFY(m_storage->clusters().update(prod).ok());
    m_panel->reload();
    m_panel->resize(760, 200);
    m_panel->show();
    ClustersModel *model = m_panel->model();
    const int row = model->rowOf(prod.id);
    QTRY_COMPARE_WITH_TIMEOUT(model->statusAt(row), ClustersModel::Status::Healthy, 20000);
    QCOMPARE(model->index(row, ClustersModel::VersionColumn).data().toString(), fixture->version());
    QVERIFY(model->index(row, ClustersModel::TaskManagersColumn).data().toInt() >= 1);
    m_panel->view()->clearSelection();
    const QString file =
        QDir(Test::outputDir())
            .filePath(QStringLiteral("clusters-panel-flink-%1.png").arg(fixture->version()));
    QVERIFY(m_panel->grab().save(file));
}

QTEST_MAIN(TestClustersPanel)
#include "tst_clusterspanel.moc"
