// The Clusters panel over a temporary workspace: listing, add through the dialog (fields filled
// with QTest), validation messages, edit, remove (confirmation injected), passwords and tokens
// in a real system keychain (run under tests/support/with-keyring) and never in SQLite, live
// health from a loopback HTTP server that answers like a SQL Gateway and a JobManager (and
// refuses requests without the right token when asked to), and, when a Flink fixture is
// running (WEIR_FLINK_FIXTURE_STATE), from real Flink. Saves a screenshot.

#include "clusterdialog.h"
#include "clustersmodel.h"
#include "clusterspanel.h"
#include "flinkfixture.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "testpaths.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
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

#include <algorithm>
#include <optional>

using namespace Weir;

namespace {

// Answers GET /v1/api_versions, /v1/info and /overview as Flink 1.20 does (PROTOCOLS.md);
// with requireAuthorization(), like a proxy in front of it: 401 without that header value.
class FakeFlinkRest : public QTcpServer
{
public:
    FakeFlinkRest()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    void requireAuthorization(const QByteArray &value) { m_authorization = value; }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (!m_authorization.isEmpty() &&
            !request.contains("\r\nAuthorization: " + m_authorization + "\r\n")) {
            socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
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

    QByteArray m_authorization;
};

// Whether any file of the workspace (database, WAL, journal) holds `text`.
bool workspaceContains(const QString &dir, const QByteArray &text)
{
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
    return std::any_of(files.cbegin(), files.cend(), [&text](const QFileInfo &info) {
        QFile file(info.filePath());
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    });
}

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
    void secretsLiveInTheKeychain();
    void probeSendsTheStoredToken();
    void testConnectionSaysWhatWorks();
    void liveHealthAndScreenshot();
    void realFixtureWhenAvailable();

private:
    static void fill(ClusterDialog *dialog, const QString &field, const QString &text);
    Result<QString> keychainValue(const QString &key);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Secrets> m_secrets;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ClustersPanel> m_panel;
};

void TestClustersPanel::init()
{
    const QString why = Test::openTempWorkspace(m_dir, m_storage);
    QVERIFY2(why.isEmpty(), qPrintable(why));
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
    // Each test its own keychain service: nothing carries over between tests.
    m_secrets = std::make_unique<Secrets>(
        QStringLiteral("Weir-test-%1").arg(QLatin1String(QTest::currentTestFunction())), nullptr);
    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings, *m_secrets);
    m_panel->setConfirmation([](const QString &) { return true; });
    new QAbstractItemModelTester(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
}

void TestClustersPanel::cleanup()
{
    m_panel.reset();
    m_secrets.reset();
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

Result<QString> TestClustersPanel::keychainValue(const QString &key)
{
    std::optional<Result<QString>> answer;
    m_secrets->read(key, [&answer](const Result<QString> &value) { answer = value; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return Result<QString>::failure(QStringLiteral("no answer from the keychain"));
    return answer.value();
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
    // The token goes to the keychain; the store keeps only its key, once it is there.
    QTRY_COMPARE_WITH_TIMEOUT(m_storage->clusters().find(staging.id)->secretRef,
                              Secrets::clusterKey(staging.id), 20000);
    const Result<QString> token = keychainValue(Secrets::clusterKey(staging.id));
    QVERIFY2(token.ok(), qPrintable(token.error()));
    QCOMPARE(token.value(), QStringLiteral("s3cret"));
    QVERIFY(!workspaceContains(m_dir->path(), "s3cret"));
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

void TestClustersPanel::secretsLiveInTheKeychain()
{
    ClusterDialog *dialog = m_panel->addCluster();
    fill(dialog, QStringLiteral("name"), QStringLiteral("Secured"));
    fill(dialog, QStringLiteral("gatewayUrl"), QStringLiteral("http://127.0.0.1:1"));
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("auth"));
    auth->setCurrentIndex(auth->findData(QStringLiteral("basic")));
    fill(dialog, QStringLiteral("user"), QStringLiteral("alice"));
    fill(dialog, QStringLiteral("secret"), QStringLiteral("first-Password"));
    dialog->accept();
    const qint64 id = m_panel->selectedClusterId();
    const QString key = Secrets::clusterKey(id);
    QTRY_COMPARE_WITH_TIMEOUT(m_storage->clusters().find(id)->secretRef, key, 20000);

    // Editing reads it back (a fresh panel: nothing remembered from this session).
    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings, *m_secrets);
    m_panel->setConfirmation([](const QString &) { return true; });
    m_panel->selectCluster(id);
    dialog = m_panel->editSelectedCluster();
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"));
    QVERIFY(!secret->isEnabled()); // reading the keychain
    QTRY_VERIFY_WITH_TIMEOUT(secret->isEnabled(), 20000);
    QCOMPARE(secret->text(), QStringLiteral("first-Password"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->grab().save(
        QDir(Test::outputDir()).filePath(QStringLiteral("cluster-dialog-keychain.png"))));
    // Accepting without touching it keeps it; typing a new one replaces it.
    dialog->accept();
    QCOMPARE(keychainValue(key).value(), QStringLiteral("first-Password"));
    m_panel->selectCluster(id);
    dialog = m_panel->editSelectedCluster();
    fill(dialog, QStringLiteral("secret"), QStringLiteral("second"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(keychainValue(key).value(), QStringLiteral("second"), 20000);
    QVERIFY(!workspaceContains(m_dir->path(), "second"));
    QVERIFY(!workspaceContains(m_dir->path(), "first-P"));

    // No authentication any more: the key leaves the store and the secret the keychain.
    m_panel->selectCluster(id);
    dialog = m_panel->editSelectedCluster();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->isEnabled(),
                             20000);
    auth = dialog->findChild<QComboBox *>(QStringLiteral("auth"));
    auth->setCurrentIndex(auth->findData(QStringLiteral("none")));
    dialog->accept();
    QVERIFY(m_storage->clusters().find(id)->secretRef.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!keychainValue(key).ok(), 20000);

    // A token again, then the cluster removed: its secret goes with it.
    m_panel->selectCluster(id);
    dialog = m_panel->editSelectedCluster();
    auth = dialog->findChild<QComboBox *>(QStringLiteral("auth"));
    auth->setCurrentIndex(auth->findData(QStringLiteral("bearer")));
    fill(dialog, QStringLiteral("secret"), QStringLiteral("tok"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_storage->clusters().find(id)->secretRef, key, 20000);
    m_panel->selectCluster(id);
    m_panel->removeSelectedCluster();
    QVERIFY(!m_storage->clusters().find(id));
    QTRY_VERIFY_WITH_TIMEOUT(!keychainValue(key).ok(), 20000);
    QVERIFY2(keychainValue(key).error().contains(QLatin1String("Nothing is stored")),
             qPrintable(keychainValue(key).error()));
}

void TestClustersPanel::probeSendsTheStoredToken()
{
    FakeFlinkRest rest;
    rest.requireAuthorization("Bearer t0ken");
    Cluster prod = m_storage->clusters().all().at(1);
    prod.gatewayUrl = rest.url();
    prod.jobManagerUrl = rest.url();
    prod.authKind = QStringLiteral("bearer");
    prod.secretRef = Secrets::clusterKey(prod.id);
    QVERIFY(m_storage->clusters().update(prod).ok());
    std::optional<Status> written;
    m_secrets->write(prod.secretRef, QStringLiteral("t0ken"),
                     [&written](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), qPrintable(written->error()));

    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings, *m_secrets);
    ClustersModel *model = m_panel->model();
    const int row = model->rowOf(prod.id);
    m_panel->refreshHealth();
    QTRY_COMPARE_WITH_TIMEOUT(model->statusAt(row), ClustersModel::Status::Healthy, 20000);

    // The dialog's Test Connection uses the token read from the keychain too.
    m_panel->selectCluster(prod.id);
    ClusterDialog *dialog = m_panel->editSelectedCluster();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->isEnabled(),
                             20000);
    QSignalSpy spy(dialog, &ClusterDialog::probeFinished);
    dialog->testConnection();
    QVERIFY(spy.wait(10000));
    QVERIFY2(dialog->messageText().contains(QLatin1String("SQL Gateway %1: OK").arg(rest.url())),
             qPrintable(dialog->messageText()));
    dialog->reject();

    // A wrong token in the keychain: the peer refuses, the panel says unhealthy.
    written.reset();
    m_secrets->write(prod.secretRef, QStringLiteral("wrong"),
                     [&written](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings, *m_secrets);
    m_panel->refreshHealth();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->statusAt(row), ClustersModel::Status::Unhealthy,
                              20000);

    // No secret in the keychain at all: said under the list, and probed without one.
    m_secrets->remove(prod.secretRef, [](const Status &) {});
    m_panel = std::make_unique<ClustersPanel>(*m_storage, *m_settings, *m_secrets);
    m_panel->refreshHealth();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->messageText().contains(QLatin1String("Nothing is stored")),
                             20000);
    QVERIFY(m_panel->messageText().contains(QLatin1String("Production")));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->statusAt(row), ClustersModel::Status::Unhealthy,
                              20000);
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
