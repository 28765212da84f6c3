// Secrets against a real system keychain (registered under tests/support/with-keyring: a private
// D-Bus session with an unlocked gnome-keyring), the workspace variables loader over it, and the
// same binary started without any keychain service: a clear message, quickly, no hang.

#include "run/runplan.h"
#include "run/workspacevariablesloader.h"
#include "store/secrets.h"
#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace Weir;

namespace {

// Tests keep out of a real user's "Weir" entries should they run outside the wrapper.
const QString service = QStringLiteral("Weir-test");
const char *noKeychainVariable = "WEIR_TEST_SECRETS_WITHOUT_KEYCHAIN";

std::optional<Result<QString>> readNow(Secrets &secrets, const QString &key)
{
    std::optional<Result<QString>> answer;
    secrets.read(key, [&answer](const Result<QString> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

std::optional<Status> writeNow(Secrets &secrets, const QString &key, const QString &secret)
{
    std::optional<Status> answer;
    secrets.write(key, secret, [&answer](const Status &status) { answer = status; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

std::optional<Status> removeNow(Secrets &secrets, const QString &key)
{
    std::optional<Status> answer;
    secrets.remove(key, [&answer](const Status &status) { answer = status; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keysAreStableAndDistinct();
    void writeReadOverwriteRemove();
    void readingAMissingKeySaysSo();
    void loaderGathersPlainAndSecretValues();
    void loaderNamesTheVariableWhoseSecretIsMissing();
    void withoutKeychainServiceSaysSo();
    void withoutKeychainChild();
};

void TestSecrets::init()
{
    if (qEnvironmentVariableIsSet(noKeychainVariable) &&
        QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("withoutKeychainChild"))
        QSKIP("only the child's test runs without a keychain");
}

void TestSecrets::keysAreStableAndDistinct()
{
    QCOMPARE(Secrets::clusterKey(7), QStringLiteral("cluster/7"));
    QCOMPARE(Secrets::variableKey(QStringLiteral("token")), QStringLiteral("variable/token"));
    QVERIFY(Secrets::clusterKey(1) != Secrets::clusterKey(11));
    QVERIFY(Secrets::variableKey(QStringLiteral("7")) != Secrets::clusterKey(7));
    QCOMPARE(Secrets().service(), QStringLiteral("Weir"));
}

void TestSecrets::writeReadOverwriteRemove()
{
    Secrets secrets(service, nullptr);
    const QString key = Secrets::clusterKey(42);
    auto written = writeNow(secrets, key, QStringLiteral("pässwörd 秘密"));
    QVERIFY(written.has_value());
    QVERIFY2(written->ok(), qPrintable(written->error()));
    auto read = readNow(secrets, key);
    QVERIFY(read.has_value());
    QVERIFY2(read->ok(), qPrintable(read->error()));
    QCOMPARE(read->value(), QStringLiteral("pässwörd 秘密"));

    written = writeNow(secrets, key, QStringLiteral("second"));
    QVERIFY(written.has_value() && written->ok());
    read = readNow(secrets, key);
    QVERIFY(read.has_value() && read->ok());
    QCOMPARE(read->value(), QStringLiteral("second"));

    // Another service's entry under the same key is another entry.
    Secrets other(QStringLiteral("Weir-test-other"), nullptr);
    QVERIFY(!readNow(other, key)->ok());

    auto removed = removeNow(secrets, key);
    QVERIFY(removed.has_value());
    QVERIFY2(removed->ok(), qPrintable(removed->error()));
    read = readNow(secrets, key);
    QVERIFY(read.has_value());
    QVERIFY(!read->ok());
    // Removing what is not there is no error: the result the caller wanted holds.
    removed = removeNow(secrets, key);
    QVERIFY2(removed->ok(), qPrintable(removed->error()));
}

void TestSecrets::readingAMissingKeySaysSo()
{
    Secrets secrets(service, nullptr);
    const auto read = readNow(secrets, Secrets::variableKey(QStringLiteral("never_written")));
    QVERIFY(read.has_value());
    QVERIFY(!read->ok());
    QVERIFY2(read->error().contains(QLatin1String("variable/never_written")),
             qPrintable(read->error()));
    QVERIFY2(read->error().contains(QLatin1String("Nothing is stored")), qPrintable(read->error()));
}

void TestSecrets::loaderGathersPlainAndSecretValues()
{
    QTemporaryDir dir;
    auto storage = Storage::open(WorkspacePaths(dir.path()));
    QVERIFY2(storage.ok(), qPrintable(storage.error()));
    VariableRepository &variables = storage.value()->variables();
    QVERIFY(
        variables.put({QStringLiteral("servers"), QStringLiteral("kafka:9092"), false, {}, {}}));
    QVERIFY(variables.put({QStringLiteral("password"),
                           {},
                           true,
                           Secrets::variableKey(QStringLiteral("password")),
                           {}}));
    QVERIFY(variables.put(
        {QStringLiteral("token"), {}, true, Secrets::variableKey(QStringLiteral("token")), {}}));
    Secrets secrets(service, nullptr);
    QVERIFY(writeNow(secrets, Secrets::variableKey(QStringLiteral("password")),
                     QStringLiteral("hunter2"))
                ->ok());
    QVERIFY(
        writeNow(secrets, Secrets::variableKey(QStringLiteral("token")), QStringLiteral("t0k3n"))
            ->ok());

    std::optional<Result<WorkspaceVariablesLoader::Variables>> loaded;
    WorkspaceVariablesLoader::load(variables, secrets,
                                   [&loaded](const auto &result) { loaded = result; });
    QVERIFY(!loaded.has_value()); // always answers later, never from within load()
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY2(loaded->ok(), qPrintable(loaded->error()));
    const auto &values = loaded->value();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.value(QStringLiteral("servers")).value, QStringLiteral("kafka:9092"));
    QVERIFY(!values.value(QStringLiteral("servers")).secret);
    QCOMPARE(values.value(QStringLiteral("password")).value, QStringLiteral("hunter2"));
    QVERIFY(values.value(QStringLiteral("password")).secret);
    QCOMPARE(values.value(QStringLiteral("token")).value, QStringLiteral("t0k3n"));

    // What the run shows of them: secrets masked.
    RunPlan::Input input;
    input.script = QStringLiteral("SET 'sasl' = '${password}';\nSELECT '${servers}';");
    input.workspaceVariables = values;
    const RunPlan plan = RunPlan::build(input);
    QVERIFY(plan.ok());
    const QString shown = plan.mask(QStringLiteral("sasl=hunter2 servers=kafka:9092"));
    QCOMPARE(shown, QStringLiteral("sasl=****** servers=kafka:9092"));

    // No variables at all: still answered later, with an empty map.
    QVERIFY(variables.remove(QStringLiteral("servers")));
    QVERIFY(variables.remove(QStringLiteral("password")));
    QVERIFY(variables.remove(QStringLiteral("token")));
    loaded.reset();
    WorkspaceVariablesLoader::load(variables, secrets,
                                   [&loaded](const auto &result) { loaded = result; });
    QVERIFY(!loaded.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY(loaded->ok() && loaded->value().isEmpty());
}

void TestSecrets::loaderNamesTheVariableWhoseSecretIsMissing()
{
    QTemporaryDir dir;
    auto storage = Storage::open(WorkspacePaths(dir.path()));
    QVERIFY2(storage.ok(), qPrintable(storage.error()));
    VariableRepository &variables = storage.value()->variables();
    QVERIFY(variables.put({QStringLiteral("lost_token"),
                           {},
                           true,
                           Secrets::variableKey(QStringLiteral("lost_token")),
                           {}}));
    QVERIFY(variables.put({QStringLiteral("plain"), QStringLiteral("1"), false, {}, {}}));
    Secrets secrets(service, nullptr);
    std::optional<Result<WorkspaceVariablesLoader::Variables>> loaded;
    int answers = 0;
    WorkspaceVariablesLoader::load(variables, secrets, [&](const auto &result) {
        loaded = result;
        ++answers;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
    QVERIFY(!loaded->ok());
    QVERIFY2(loaded->error().contains(QLatin1String("lost_token")), qPrintable(loaded->error()));
    QVERIFY2(loaded->error().contains(QLatin1String("Nothing is stored")),
             qPrintable(loaded->error()));
    QTest::qWait(100);
    QCOMPARE(answers, 1);
}

void TestSecrets::withoutKeychainServiceSaysSo()
{
    // The same binary, its session bus pointing nowhere: it must answer with the reason, fast.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(noKeychainVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/weir-no-bus"));
    env.remove(QStringLiteral("DISPLAY")); // no autolaunching a bus either
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("withoutKeychainChild")});
    QVERIFY(child.waitForStarted());
    if (!child.waitForFinished(30000)) {
        child.kill();
        child.waitForFinished();
        QFAIL("the keychain call hung without a keychain service");
    }
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TestSecrets::withoutKeychainChild")),
             qPrintable(output));
    qInfo("without a keychain service the answer came in %lld ms", clock.elapsed());
}

void TestSecrets::withoutKeychainChild()
{
    if (!qEnvironmentVariableIsSet(noKeychainVariable))
        QSKIP("runs as the child of withoutKeychainServiceSaysSo");
    Secrets secrets(service, nullptr);
    const auto written = writeNow(secrets, Secrets::clusterKey(1), QStringLiteral("x"));
    QVERIFY2(written.has_value(), "no answer within 20 s");
    QVERIFY(!written->ok());
    qInfo("%s", qPrintable(written->error()));
    QVERIFY2(written->error().startsWith(QLatin1String(
                 "The system keychain is not available (no Secret Service on D-Bus)")),
             qPrintable(written->error()));
    const auto read = readNow(secrets, Secrets::clusterKey(1));
    QVERIFY(read.has_value());
    QVERIFY2(read->error().startsWith(QLatin1String("The system keychain is not available")),
             qPrintable(read->error()));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
