#pragma once

#include "store/storage.h"

#include <QTabWidget>

#include <functional>

class QTimer;

namespace Weir {

class SqlEditor;

// The editor tabs: one per open script; saving, unsaved markers, and the journal of unsaved
// edits that brings text back after a crash. GUI thread.
class ScriptTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ScriptTabs(Storage &storage, QWidget *parent = nullptr);

    // Opens (or focuses) the script's tab; false if the script no longer exists.
    bool openScript(qint64 scriptId);
    // Opens the script and selects `statement` (as run; searched from `line` on, then from the
    // top). False if the script no longer exists; true even if the text has changed since.
    bool revealStatement(qint64 scriptId, const QString &statement, int line);
    // Reopens the tabs of scripts whose unsaved edits are in the journal; returns their names.
    QStringList recoverUnsavedEdits();

    qint64 currentScriptId() const;
    QList<qint64> openScriptIds() const;
    SqlEditor *editorFor(qint64 scriptId) const;
    bool isModified(qint64 scriptId) const;

    Status saveCurrent();
    Status saveAll();
    // Saves the script's tab if it has unsaved edits (nothing to do if it is not open).
    Status saveScript(qint64 scriptId);
    // Asks before closing a script that is still running (closing stops it) and what to do with
    // unsaved edits (save / discard / cancel); false if the user cancelled.
    bool closeTabInteractively(int index);
    // Tells whether a script has a run going (the run controller knows; the tabs do not).
    void setRunningCheck(std::function<bool(qint64 scriptId)> isRunning) { m_isRunning = std::move(isRunning); }
    // Tells why a script may not be edited now (empty: it may), e.g. it is published: its tab
    // is then read-only with the reason shown over the text, and saving it is refused.
    void setLockReason(std::function<QString(qint64 scriptId)> reason) { m_lockReason = std::move(reason); }
    // The script's lock may have changed: ask again.
    void updateLock(qint64 scriptId);
    // The reason shown on the script's tab (empty: editable or not open).
    QString lockShown(qint64 scriptId) const;
    void closeScripts(const QList<qint64> &scriptIds);
    void renameScript(qint64 scriptId, const QString &name);
    // Writes every pending edit to the journal now (before exit: nothing typed is lost).
    void flushJournal();

    void setEditorFont(const QFont &font);
    void setDarkTheme(bool dark);

signals:
    void currentScriptChanged(qint64 scriptId);
    void scriptSaved(qint64 scriptId, bool newVersion);
    // Ctrl+Enter (statement at the caret or selection) or Ctrl+Shift+Enter (whole script).
    void runRequested(qint64 scriptId, Weir::SqlEditor *editor, bool wholeScript);
    void scriptClosed(qint64 scriptId);

private:
    SqlEditor *addEditor(const Script &script, const QString &text, bool modified);
    Status save(SqlEditor *editor);
    void updateTitle(SqlEditor *editor);
    void journalEdit(SqlEditor *editor);
    int indexOfScript(qint64 scriptId) const;
    qint64 scriptIdOf(const QWidget *editor) const;

    Storage &m_storage;
    std::function<bool(qint64)> m_isRunning;
    std::function<QString(qint64)> m_lockReason;
    QFont m_font;
    bool m_dark = false;
};

} // namespace Weir
