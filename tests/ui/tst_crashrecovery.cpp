// Nothing typed is lost: a Weir killed with SIGKILL after typing gives the text back on restart.
// The test runs itself a second time as the "child" Weir that gets killed.
#include "consolepanel.h"
#include "mainwindow.h"
#include "projecttree.h"
#include "scripttabs.h"
#include "sqleditor.h"
#include "studio.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Weir;

namespace {

const QString kTypedKeys = QStringLiteral("SELECT 'kept ");
const QString kTypedByInputMethod = QStringLiteral("没有丢失");
const QString kTyped = kTypedKeys + kTypedByInputMethod;

// The child: a real Weir window in which a user types, then waits to be killed.
int runChild(const QString &dataDir)
{
    Studio studio(dataDir);
    if (!studio.start())
        return 3;
    studio.window()->projectTree()->action(ProjectTree::Action::NewFlinkSqlScript)->trigger();
    ScriptTabs *tabs = studio.window()->scriptTabs();
    SqlEditor *editor = tabs->editorFor(tabs->currentScriptId());
    if (!editor)
        return 4;
    editor->setFocus();
    QTest::keyClicks(editor, kTypedKeys);
    // Chinese arrives through the input method, as from a real IME.
    QInputMethodEvent commit;
    commit.setCommitString(kTypedByInputMethod);
    QCoreApplication::sendEvent(editor, &commit);
    if (editor->text() != kTyped)
        return 5;
    std::printf("TYPED %lld\n", static_cast<long long>(tabs->currentScriptId()));
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void textSurvivesSigkill();
};

void TestCrashRecovery::textSurvivesSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir.path()});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(200);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("TYPED "), out.constData());
    const qint64 scriptId = out.mid(6).trimmed().toLongLong();
    QVERIFY(scriptId > 0);

    // The promise is "journaled within a second of typing": kill just after that second.
    QTest::qWait(1100);
    child.kill(); // SIGKILL: no clean-up code runs in the child
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Studio studio(dir.path());
    QVERIFY(studio.start());
    ScriptTabs *tabs = studio.window()->scriptTabs();
    SqlEditor *editor = tabs->editorFor(scriptId);
    QVERIFY2(editor, "the script with unsaved text was not reopened");
    QCOMPARE(editor->text(), kTyped);
    QVERIFY(tabs->isModified(scriptId));
    QVERIFY(studio.window()->console()->plainText().contains(QStringLiteral("Recovered unsaved edits")));
    studio.window()->close();
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
