// The variables manager over a temporary workspace and a real system keychain (run under
// tests/support/with-keyring): add plain and secret variables through the form, names validated,
// secret values masked in the table and the form until revealed, stored in the keychain and
// never in SQLite, edit / rename / make plain / remove, and the run's loader over what the
// dialog saved. Saves a screenshot.

#include "run/workspacevariablesloader.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "testpaths.h"
#include "variablesdialog.h"
#include "variablesmodel.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace Weir;

class TestVariablesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesAreIdentifiers();
    void plainAndSecretVariables();
    void editRenameAndRemoveASecret();
    void keychainValueMissing();

private:
    void fill(const QString &field, const QString &text);
    void save();
    Result<QString> keychainValue(const QString &key);
    bool workspaceContains(const QByteArray &text) const;
    QString shownValue(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Secrets> m_secrets;
    std::unique_ptr<VariablesDialog> m_dialog;
};

void TestVariablesDialog::init()
{
    const QString why = Test::openTempWorkspace(m_dir, m_storage);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // Each test its own keychain service: nothing carries over between tests.
    m_secrets = std::make_unique<Secrets>(
        QStringLiteral("Weir-test-%1").arg(QLatin1String(QTest::currentTestFunction())), nullptr);
    m_dialog = std::make_unique<VariablesDialog>(m_storage->variables(), *m_secrets);
    m_dialog->setConfirmation([](const QString &) { return true; });
    new QAbstractItemModelTester(
        m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_dialog.get());
}

void TestVariablesDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_storage.reset();
    m_dir.reset();
}

void TestVariablesDialog::fill(const QString &field, const QString &text)
{
    auto *edit = m_dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestVariablesDialog::save()
{
    m_dialog->saveVariable();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
}

Result<QString> TestVariablesDialog::keychainValue(const QString &key)
{
    std::optional<Result<QString>> answer;
    m_secrets->read(key, [&answer](const Result<QString> &value) { answer = value; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return Result<QString>::failure(QStringLiteral("no answer from the keychain"));
    return answer.value();
}

bool TestVariablesDialog::workspaceContains(const QByteArray &text) const
{
    const QFileInfoList files = QDir(m_dir->path()).entryInfoList(QDir::Files);
    return std::any_of(files.cbegin(), files.cend(), [&text](const QFileInfo &info) {
        QFile file(info.filePath());
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    });
}

QString TestVariablesDialog::shownValue(const QString &name) const
{
    const VariablesModel *model = m_dialog->model();
    return model->index(model->rowOf(name), VariablesModel::ValueColumn).data().toString();
}

void TestVariablesDialog::namesAreIdentifiers()
{
    QVERIFY(VariablesDialog::nameError(QStringLiteral("kafka_servers")).isEmpty());
    QVERIFY(VariablesDialog::nameError(QStringLiteral("_x9")).isEmpty());
    for (const char *bad : {"", "9lives", "has space", "a-b", "${x}", "a.b", "名字"})
        QVERIFY2(!VariablesDialog::nameError(QString::fromUtf8(bad)).isEmpty(), bad);

    fill(QStringLiteral("name"), QStringLiteral("9lives"));
    fill(QStringLiteral("value"), QStringLiteral("x"));
    save();
    QVERIFY2(m_dialog->messageText().contains(QLatin1String("cannot be a variable name")),
             qPrintable(m_dialog->messageText()));
    QCOMPARE(m_storage->variables().all().size(), 0);

    fill(QStringLiteral("name"), QStringLiteral("env"));
    save();
    QCOMPARE(m_storage->variables().all().size(), 1);
    m_dialog->newVariable();
    fill(QStringLiteral("name"), QStringLiteral("env"));
    fill(QStringLiteral("value"), QStringLiteral("y"));
    save();
    QVERIFY2(m_dialog->messageText().contains(QLatin1String("already exists")),
             qPrintable(m_dialog->messageText()));
    QCOMPARE(m_storage->variables().all().first().value, QStringLiteral("x"));
}

void TestVariablesDialog::plainAndSecretVariables()
{
    fill(QStringLiteral("name"), QStringLiteral("kafka_servers"));
    fill(QStringLiteral("value"), QStringLiteral("broker-1:9092,broker-2:9092"));
    fill(QStringLiteral("description"), QStringLiteral("Bootstrap servers of the EU cluster"));
    save();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->newVariable();
    fill(QStringLiteral("name"), QStringLiteral("catalog"));
    fill(QStringLiteral("value"), QStringLiteral("prod_catalog"));
    // Enter saves, from any field.
    QTest::keyClick(m_dialog->findChild<QLineEdit *>(QStringLiteral("value")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_storage->variables().all().size(), 2, 5000);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
             QStringLiteral("catalog"));
    m_dialog->newVariable();
    fill(QStringLiteral("name"), QStringLiteral("sasl_password"));
    m_dialog->findChild<QCheckBox *>(QStringLiteral("secret"))->setChecked(true);
    auto *value = m_dialog->findChild<QLineEdit *>(QStringLiteral("value"));
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    fill(QStringLiteral("value"), QStringLiteral("hunter2-X"));
    fill(QStringLiteral("description"), QStringLiteral("SASL password of the weir user"));
    save();
    QVERIFY2(m_dialog->messageText().contains(QLatin1String("Saved")),
             qPrintable(m_dialog->messageText()));

    // In the store: the key and no value; in the keychain: the value; on disk: nowhere.
    const QList<VariableRepository::Variable> stored = m_storage->variables().all();
    QCOMPARE(stored.size(), 3);
    const VariableRepository::Variable secret = stored.at(2);
    QCOMPARE(secret.name, QStringLiteral("sasl_password"));
    QVERIFY(secret.secret);
    QVERIFY(secret.value.isEmpty());
    QCOMPARE(secret.secretRef, Secrets::variableKey(QStringLiteral("sasl_password")));
    QCOMPARE(keychainValue(secret.secretRef).value(), QStringLiteral("hunter2-X"));
    QVERIFY(!workspaceContains(QStringLiteral("hunter2").toUtf8()));

    // Masked in the table and the form until revealed on demand.
    QCOMPARE(shownValue(QStringLiteral("sasl_password")), VariablesModel::mask());
    QCOMPARE(shownValue(QStringLiteral("catalog")), QStringLiteral("prod_catalog"));
    QTRY_COMPARE_WITH_TIMEOUT(value->text(), QStringLiteral("hunter2-X"), 20000);
    QCOMPARE(value->echoMode(), QLineEdit::Password);

    m_dialog->resize(680, 500);
    const QString file = QDir(Test::outputDir()).filePath(QStringLiteral("variables-dialog.png"));
    QVERIFY(m_dialog->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));

    auto *reveal = m_dialog->findChild<QCheckBox *>(QStringLiteral("reveal"));
    reveal->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(shownValue(QStringLiteral("sasl_password")),
                              QStringLiteral("hunter2-X"), 20000);
    QCOMPARE(value->echoMode(), QLineEdit::Normal);
    reveal->setChecked(false);
    QCOMPARE(shownValue(QStringLiteral("sasl_password")), VariablesModel::mask());
    QCOMPARE(value->echoMode(), QLineEdit::Password);

    // What a run gets: every value, the secret flagged so the plan masks it.
    std::optional<Result<WorkspaceVariablesLoader::Variables>> loaded;
    WorkspaceVariablesLoader::load(m_storage->variables(), *m_secrets,
                                   [&loaded](const auto &result) { loaded = result; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
    QCOMPARE(loaded->value().value(QStringLiteral("sasl_password")).value,
             QStringLiteral("hunter2-X"));
    QVERIFY(loaded->value().value(QStringLiteral("sasl_password")).secret);
    QCOMPARE(loaded->value().value(QStringLiteral("kafka_servers")).value,
             QStringLiteral("broker-1:9092,broker-2:9092"));
    QVERIFY(!loaded->value().value(QStringLiteral("kafka_servers")).secret);
}

void TestVariablesDialog::editRenameAndRemoveASecret()
{
    fill(QStringLiteral("name"), QStringLiteral("token"));
    m_dialog->findChild<QCheckBox *>(QStringLiteral("secret"))->setChecked(true);
    fill(QStringLiteral("value"), QStringLiteral("first"));
    save();
    const QString oldKey = Secrets::variableKey(QStringLiteral("token"));
    QCOMPARE(keychainValue(oldKey).value(), QStringLiteral("first"));

    // A new value replaces the old one in the keychain.
    m_dialog->selectVariable(QStringLiteral("token"));
    auto *value = m_dialog->findChild<QLineEdit *>(QStringLiteral("value"));
    QTRY_COMPARE_WITH_TIMEOUT(value->text(), QStringLiteral("first"), 20000);
    fill(QStringLiteral("value"), QStringLiteral("second"));
    save();
    QCOMPARE(keychainValue(oldKey).value(), QStringLiteral("second"));

    // Renamed: the entry moves to the new key.
    m_dialog->selectVariable(QStringLiteral("token"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    fill(QStringLiteral("name"), QStringLiteral("api_token"));
    save();
    const QString newKey = Secrets::variableKey(QStringLiteral("api_token"));
    QCOMPARE(keychainValue(newKey).value(), QStringLiteral("second"));
    QTRY_VERIFY_WITH_TIMEOUT(!keychainValue(oldKey).ok(), 20000);
    QCOMPARE(m_storage->variables().all().size(), 1);
    QCOMPARE(m_storage->variables().all().first().name, QStringLiteral("api_token"));

    // Made plain: the value moves to the store, the keychain entry goes.
    m_dialog->selectVariable(QStringLiteral("api_token"));
    QTRY_COMPARE_WITH_TIMEOUT(value->text(), QStringLiteral("second"), 20000);
    m_dialog->findChild<QCheckBox *>(QStringLiteral("secret"))->setChecked(false);
    save();
    QCOMPARE(m_storage->variables().all().first().value, QStringLiteral("second"));
    QVERIFY(!m_storage->variables().all().first().secret);
    QTRY_VERIFY_WITH_TIMEOUT(!keychainValue(newKey).ok(), 20000);

    // Secret again, then removed: its keychain entry goes with it.
    m_dialog->selectVariable(QStringLiteral("api_token"));
    m_dialog->findChild<QCheckBox *>(QStringLiteral("secret"))->setChecked(true);
    save();
    QCOMPARE(keychainValue(newKey).value(), QStringLiteral("second"));
    QVERIFY(m_storage->variables().all().first().value.isEmpty());
    m_dialog->selectVariable(QStringLiteral("api_token"));
    QString asked;
    m_dialog->setConfirmation([&asked](const QString &question) {
        asked = question;
        return true;
    });
    m_dialog->removeSelectedVariable();
    QVERIFY(asked.contains(QLatin1String("api_token")));
    QCOMPARE(m_storage->variables().all().size(), 0);
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!keychainValue(newKey).ok(), 20000);
}

void TestVariablesDialog::keychainValueMissing()
{
    // A secret whose keychain entry went away (another machine, a wiped keychain).
    QVERIFY(m_storage->variables().put(
        {QStringLiteral("lost"), {}, true, Secrets::variableKey(QStringLiteral("lost")), {}}));
    m_dialog->reload();
    m_dialog->selectVariable(QStringLiteral("lost"));
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->messageText().contains(QLatin1String("Nothing is stored")),
                             20000);
    QVERIFY(m_dialog->messageText().contains(QLatin1String("lost")));
    auto *reveal = m_dialog->findChild<QCheckBox *>(QStringLiteral("reveal"));
    reveal->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!reveal->isChecked(), 20000);
    QVERIFY2(m_dialog->messageText().contains(QStringLiteral("secret variable “lost”")),
             qPrintable(m_dialog->messageText()));
    QCOMPARE(shownValue(QStringLiteral("lost")), VariablesModel::mask());
}

QTEST_MAIN(TestVariablesDialog)
#include "tst_variablesdialog.moc"
