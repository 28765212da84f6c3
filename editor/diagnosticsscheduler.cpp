#include "diagnosticsscheduler.h"

#include <QFutureWatcher>
#include <Qsci/qsciscintillabase.h>
#include <QtConcurrent/QtConcurrentRun>

namespace Weir {

namespace {
constexpr int kDefaultDelayMs = 350;
}

DiagnosticsScheduler::DiagnosticsScheduler(QsciScintillaBase *editor)
    : QObject(editor), m_editor(editor)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DiagnosticsScheduler::run);
}

void DiagnosticsScheduler::setOptions(const LocalDiagnostics::Options &options)
{
    m_options = options;
    textChanged();
}

void DiagnosticsScheduler::textChanged()
{
    ++m_generation;
    m_timer.start();
}

void DiagnosticsScheduler::checkNow()
{
    m_timer.stop();
    ++m_generation;
    const qsizetype length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    const auto *text = reinterpret_cast<const char *>(
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    emit diagnosticsChecked(LocalDiagnostics::check(QByteArrayView(text, length), m_options));
}

void DiagnosticsScheduler::run()
{
    const qsizetype length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    if (length < m_workerThreshold) {
        checkNow();
        return;
    }
    // The worker gets its own copy: Scintilla's buffer changes (and moves) with every edit.
    const auto *text = reinterpret_cast<const char *>(
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    const QByteArray snapshot(text, length);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QVector<Diagnostic>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            emit diagnosticsChecked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([snapshot, options = m_options] {
        return LocalDiagnostics::check(QByteArrayView(snapshot), options);
    }));
}

} // namespace Weir
