// The journal of unsaved edits: written off the GUI thread within a second, visible to a
// second connection (as after a crash), discarded on save, flushed on demand.

#include "store/storage.h"
#include "workspace/workspacepaths.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Weir;

namespace {

std::unique_ptr<Storage> openStorage(const QString &dir)
{
    auto opened = Storage::open(WorkspacePaths(dir));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened.value());
}

QString pendingText(const Storage &storage, qint64 scriptId)
{
    for (const JournalEntry &entry : const_cast<Storage &>(storage).journal().pending()) {
        if (entry.scriptId == scriptId)
            return entry.text;
    }
    return QString();
}

} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_writer; // the instance the user types into
    std::unique_ptr<Storage>
        m_reader; // a second instance on the same file, like Weir after a crash
    qint64 m_scriptId = 0;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_writer = openStorage(m_dir->path());
        QVERIFY(m_writer);
        const Result<Script> script = m_writer->scripts().create(
            0, QStringLiteral("s"), ScriptType::FlinkSql, QStringLiteral("saved"));
        QVERIFY(script.ok());
        m_scriptId = script->id;
        m_reader = openStorage(m_dir->path());
        QVERIFY(m_reader);
    }

    void cleanup()
    {
        m_reader.reset();
        m_writer.reset();
        m_dir.reset();
    }

    void recordReachesDiskWithinOneSecond()
    {
        QVERIFY(m_reader->journal().pending().isEmpty());
        QElapsedTimer timer;
        timer.start();
        m_writer->journal().record(m_scriptId, QStringLiteral("saved + typed"));
        // record() only queues: it must return at once, not after a write.
        QVERIFY(timer.elapsed() < 50);
        QTRY_VERIFY_WITH_TIMEOUT(!m_reader->journal().pending().isEmpty(), 1000);
        const JournalEntry entry = m_reader->journal().pending().constFirst();
        QCOMPARE(entry.scriptId, m_scriptId);
        QCOMPARE(entry.text, QStringLiteral("saved + typed"));
        QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    void keystrokesCoalesceAndContinuousTypingStillArrives()
    {
        // Typing without pause for longer than the delay must not postpone the write.
        QElapsedTimer timer;
        timer.start();
        QString text = QStringLiteral("saved");
        bool seenWhileTyping = false;
        while (timer.elapsed() < 1500) {
            text += QLatin1Char('x');
            m_writer->journal().record(m_scriptId, text);
            QTest::qWait(20);
            if (timer.elapsed() > 1000 && !pendingText(*m_reader, m_scriptId).isEmpty())
                seenWhileTyping = true;
        }
        QVERIFY(seenWhileTyping);
        QTRY_COMPARE_WITH_TIMEOUT(pendingText(*m_reader, m_scriptId), text, 1000);
        QCOMPARE(m_reader->journal().pending().size(), 1); // one row per script, the newest text
    }

    void flushWritesAtOnce()
    {
        m_writer->journal().setDelayMs(60'000);
        m_writer->journal().record(m_scriptId, QStringLiteral("flushed"));
        QTest::qWait(100);
        QVERIFY(m_reader->journal().pending().isEmpty()); // still waiting for the long delay
        m_writer->journal().flush();
        QCOMPARE(pendingText(*m_reader, m_scriptId), QStringLiteral("flushed"));
    }

    void discardRemoves()
    {
        m_writer->journal().record(m_scriptId, QStringLiteral("edited"));
        m_writer->journal().flush();
        QCOMPARE(m_reader->journal().pending().size(), 1);

        // The save flow: save the text, then discard the journal.
        QVERIFY(m_writer->scripts().saveText(m_scriptId, QStringLiteral("edited")).value());
        m_writer->journal().discard(m_scriptId);
        m_writer->journal().flush();
        QVERIFY(m_reader->journal().pending().isEmpty());
        QVERIFY(m_writer->journal().pending().isEmpty());

        // A record still waiting in memory is dropped by discard as well.
        m_writer->journal().setDelayMs(60'000);
        m_writer->journal().record(m_scriptId, QStringLiteral("edited again"));
        m_writer->journal().discard(m_scriptId);
        m_writer->journal().flush();
        QVERIFY(m_reader->journal().pending().isEmpty());
    }

    void pendingSkipsTextEqualToSaved()
    {
        // A crash between the save and the discard must not offer to "recover" the saved text.
        m_writer->journal().record(m_scriptId, QStringLiteral("saved"));
        m_writer->journal().flush();
        QVERIFY(m_reader->journal().pending().isEmpty());
    }

    void destructorWritesWhatIsPending()
    {
        m_writer->journal().setDelayMs(60'000);
        m_writer->journal().record(m_scriptId, QStringLiteral("last words"));
        m_writer.reset();
        QCOMPARE(pendingText(*m_reader, m_scriptId), QStringLiteral("last words"));
    }

    void removedScriptIsIgnored()
    {
        const Result<Script> other =
            m_writer->scripts().create(0, QStringLiteral("gone"), ScriptType::Sql);
        QVERIFY(other.ok());
        QSignalSpy failed(&m_writer->journal(), &EditJournal::writeFailed);
        m_writer->journal().record(other->id, QStringLiteral("typed"));
        m_writer->journal().record(m_scriptId, QStringLiteral("kept"));
        m_writer->journal().flush();
        QCOMPARE(m_reader->journal().pending().size(), 2);

        QVERIFY(m_writer->scripts().remove(other->id).ok()); // cascades to its journal row
        m_writer->journal().record(other->id, QStringLiteral("typed after delete"));
        m_writer->journal().flush();
        QCOMPARE(m_reader->journal().pending().size(), 1);
        QCOMPARE(pendingText(*m_reader, m_scriptId), QStringLiteral("kept"));
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
