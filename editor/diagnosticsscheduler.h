#pragma once

#include "sql/localdiagnostics.h"

#include <QObject>
#include <QTimer>

class QsciScintillaBase;

namespace Weir {

// Re-runs LocalDiagnostics a moment after the text stops changing: on the GUI thread for small
// scripts, on a worker (QtConcurrent) over a copy of the text for large ones. Each run carries
// a generation number; a result that a later edit has made stale is dropped. GUI thread.
class DiagnosticsScheduler : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosticsScheduler(QsciScintillaBase *editor);

    void setOptions(const LocalDiagnostics::Options &options);
    const LocalDiagnostics::Options &options() const { return m_options; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Scripts at least this large (bytes) are checked off the GUI thread.
    void setWorkerThreshold(qsizetype bytes) { m_workerThreshold = bytes; }

    // The text changed: check again after the delay (and forget runs under way).
    void textChanged();
    // Checks now on this thread and reports before returning.
    void checkNow();

signals:
    void diagnosticsChecked(const QVector<Weir::Diagnostic> &diagnostics);

private:
    void run();

    QsciScintillaBase *m_editor;
    LocalDiagnostics::Options m_options;
    QTimer m_timer;
    quint64 m_generation = 0;
    qsizetype m_workerThreshold = 256 * 1024;
};

} // namespace Weir
