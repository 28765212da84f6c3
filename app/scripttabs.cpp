#include "scripttabs.h"

#include "completioncontroller.h"
#include "readonlybar.h"
#include "sqleditor.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>

namespace Weir {

namespace {
// Per-tab state kept on the editor itself, so tabs can move freely.
const char kScriptIdProperty[] = "weirScriptId";
const char kScriptNameProperty[] = "weirScriptName";
constexpr int kTypingPauseMs = 150;
} // namespace

ScriptTabs::ScriptTabs(Storage &storage, QWidget *parent)
    : QTabWidget(parent), m_storage(storage)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setObjectName(QStringLiteral("scriptTabs"));
    connect(this, &QTabWidget::tabCloseRequested, this, &ScriptTabs::closeTabInteractively);
    connect(this, &QTabWidget::currentChanged, this,
            [this] { emit currentScriptChanged(currentScriptId()); });
}

bool ScriptTabs::openScript(qint64 scriptId)
{
    if (const int index = indexOfScript(scriptId); index >= 0) {
        setCurrentIndex(index);
        widget(index)->setFocus();
        return true;
    }
    const std::optional<Script> script = m_storage.scripts().find(scriptId);
    if (!script)
        return false;
    SqlEditor *editor = addEditor(*script, script->text, false);
    setCurrentWidget(editor);
    editor->setFocus();
    return true;
}

bool ScriptTabs::revealStatement(qint64 scriptId, const QString &statement, int line)
{
    if (!openScript(scriptId))
        return false;
    SqlEditor *editor = editorFor(scriptId);
    const bool found = editor->findFirst(statement, false, true, false, false, true, qMax(0, line - 1), 0)
                       || editor->findFirst(statement, false, true, false, false, true, 0, 0);
    if (!found)
        editor->setCursorPosition(qMax(0, line - 1), 0);
    editor->ensureLineVisible(qMax(0, line - 1));
    return true;
}

QStringList ScriptTabs::recoverUnsavedEdits()
{
    QStringList recovered;
    for (const JournalEntry &entry : m_storage.journal().pending()) {
        const std::optional<Script> script = m_storage.scripts().find(entry.scriptId);
        if (!script)
            continue;
        if (SqlEditor *open = editorFor(entry.scriptId)) {
            open->setText(entry.text);
            open->setModified(true);
            updateTitle(open);
        } else {
            addEditor(*script, entry.text, entry.text != script->text);
        }
        recovered.append(script->name);
    }
    return recovered;
}

qint64 ScriptTabs::currentScriptId() const
{
    return scriptIdOf(currentWidget());
}

QList<qint64> ScriptTabs::openScriptIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i)
        ids.append(scriptIdOf(widget(i)));
    return ids;
}

SqlEditor *ScriptTabs::editorFor(qint64 scriptId) const
{
    const int index = indexOfScript(scriptId);
    return index < 0 ? nullptr : static_cast<SqlEditor *>(widget(index));
}

bool ScriptTabs::isModified(qint64 scriptId) const
{
    const SqlEditor *editor = editorFor(scriptId);
    return editor && editor->isModified();
}

Status ScriptTabs::saveCurrent()
{
    auto *editor = qobject_cast<SqlEditor *>(currentWidget());
    return editor ? save(editor) : Status();
}

Status ScriptTabs::saveAll()
{
    for (int i = 0; i < count(); ++i) {
        auto *editor = static_cast<SqlEditor *>(widget(i));
        if (!editor->isModified())
            continue;
        if (const Status status = save(editor); !status)
            return status;
    }
    return {};
}

Status ScriptTabs::saveScript(qint64 scriptId)
{
    SqlEditor *editor = editorFor(scriptId);
    return editor && editor->isModified() ? save(editor) : Status();
}

void ScriptTabs::updateLock(qint64 scriptId)
{
    SqlEditor *editor = editorFor(scriptId);
    if (!editor)
        return;
    const QString reason = m_lockReason ? m_lockReason(scriptId) : QString();
    editor->setReadOnly(!reason.isEmpty());
    auto *bar = editor->findChild<ReadOnlyBar *>();
    if (!bar && !reason.isEmpty()) {
        bar = new ReadOnlyBar(editor);
        bar->setDarkTheme(m_dark);
    }
    if (bar)
        bar->setReason(reason);
}

QString ScriptTabs::lockShown(qint64 scriptId) const
{
    const SqlEditor *editor = editorFor(scriptId);
    const auto *bar = editor ? editor->findChild<ReadOnlyBar *>() : nullptr;
    return bar ? bar->reason() : QString();
}

bool ScriptTabs::closeTabInteractively(int index)
{
    auto *editor = qobject_cast<SqlEditor *>(widget(index));
    if (!editor)
        return true;
    const qint64 id = scriptIdOf(editor);
    const QString name = editor->property(kScriptNameProperty).toString();
    if (m_isRunning && m_isRunning(id)) {
        setCurrentIndex(index);
        QMessageBox ask(QMessageBox::Question, tr("Close Script"),
                        tr("\"%1\" is still running. Closing it stops the run and cancels its Flink job.").arg(name),
                        QMessageBox::Cancel, this);
        QPushButton *stop = ask.addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
        ask.setDefaultButton(stop);
        ask.exec();
        if (ask.clickedButton() != stop)
            return false;
    }
    if (editor->isModified()) {
        setCurrentIndex(index);
        const auto answer = QMessageBox::question(
            this, tr("Close Script"),
            tr("\"%1\" has unsaved changes. Save them before closing?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (const Status status = save(editor); !status) {
                QMessageBox::warning(this, tr("Save"), status.error());
                return false;
            }
        }
    }
    m_storage.journal().discard(id);
    removeTab(index);
    editor->deleteLater();
    emit scriptClosed(id);
    return true;
}

void ScriptTabs::closeScripts(const QList<qint64> &scriptIds)
{
    for (qint64 id : scriptIds) {
        if (const int index = indexOfScript(id); index >= 0) {
            QWidget *editor = widget(index);
            removeTab(index);
            editor->deleteLater();
            emit scriptClosed(id);
        }
        m_storage.journal().discard(id);
    }
}

void ScriptTabs::renameScript(qint64 scriptId, const QString &name)
{
    if (SqlEditor *editor = editorFor(scriptId)) {
        editor->setProperty(kScriptNameProperty, name);
        updateTitle(editor);
    }
}

void ScriptTabs::flushJournal()
{
    for (int i = 0; i < count(); ++i) {
        auto *editor = static_cast<SqlEditor *>(widget(i));
        auto *timer = editor->findChild<QTimer *>(QStringLiteral("journalTimer"));
        if (timer && timer->isActive()) {
            timer->stop();
            journalEdit(editor);
        }
    }
    m_storage.journal().flush();
}

void ScriptTabs::setEditorFont(const QFont &font)
{
    m_font = font;
    for (int i = 0; i < count(); ++i)
        static_cast<SqlEditor *>(widget(i))->setEditorFont(font);
}

void ScriptTabs::setDarkTheme(bool dark)
{
    m_dark = dark;
    for (int i = 0; i < count(); ++i) {
        auto *editor = static_cast<SqlEditor *>(widget(i));
        editor->setDarkTheme(dark);
        if (auto *bar = editor->findChild<ReadOnlyBar *>())
            bar->setDarkTheme(dark);
    }
}

SqlEditor *ScriptTabs::addEditor(const Script &script, const QString &text, bool modified)
{
    auto *editor = new SqlEditor(this);
    editor->setProperty(kScriptIdProperty, script.id);
    editor->setProperty(kScriptNameProperty, script.name);
    editor->setEditorFont(m_font);
    editor->setDarkTheme(m_dark);
    editor->setText(text);
    editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    editor->setModified(modified);
    // Copying the whole text on every keystroke would cost O(size) per key: hand it to the
    // journal after a short pause in typing (the journal adds its own delay before writing).
    auto *journalTimer = new QTimer(editor);
    journalTimer->setObjectName(QStringLiteral("journalTimer"));
    journalTimer->setSingleShot(true);
    journalTimer->setInterval(kTypingPauseMs);
    connect(journalTimer, &QTimer::timeout, this, [this, editor] { journalEdit(editor); });
    connect(editor, &QsciScintilla::textChanged, journalTimer, qOverload<>(&QTimer::start));
    connect(editor, &QsciScintilla::modificationChanged, this, [this, editor] { updateTitle(editor); });
    // Ctrl+Shift+F: the selection's statements, or the whole script, through the core Formatter.
    connect(editor, &SqlEditor::formatRequested, editor, [editor] { editor->formatSql(); });
    // Completion of keywords, functions, connector options and the script's own tables; a live
    // catalog provider joins when the editor is bound to a cluster session.
    new CompletionController(editor);
    connect(editor, &SqlEditor::runStatementRequested, this,
            [this, editor] { emit runRequested(scriptIdOf(editor), editor, false); });
    connect(editor, &SqlEditor::runScriptRequested, this,
            [this, editor] { emit runRequested(scriptIdOf(editor), editor, true); });
    const int index = addTab(editor, script.name);
    setTabToolTip(index, tr("%1 script").arg(scriptTypeName(script.type)));
    updateTitle(editor);
    updateLock(script.id);
    return editor;
}

Status ScriptTabs::save(SqlEditor *editor)
{
    const qint64 id = scriptIdOf(editor);
    // The lock guards the frozen version: a recovered edit must not slip past it either.
    if (const QString reason = m_lockReason ? m_lockReason(id) : QString(); !reason.isEmpty())
        return Status::failure(tr("\"%1\" is read-only: %2")
                                   .arg(editor->property(kScriptNameProperty).toString(), reason));
    if (auto *timer = editor->findChild<QTimer *>(QStringLiteral("journalTimer")))
        timer->stop();
    const Result<bool> saved = m_storage.scripts().saveText(id, editor->text());
    if (!saved)
        return Status::failure(saved.error());
    m_storage.journal().discard(id);
    editor->setModified(false);
    updateTitle(editor);
    emit scriptSaved(id, saved.value());
    return {};
}

void ScriptTabs::updateTitle(SqlEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const QString name = editor->property(kScriptNameProperty).toString();
    // A dot after the name marks unsaved edits, as most editors do.
    setTabText(index, editor->isModified() ? name + QStringLiteral(" \u25CF") : name);
}

void ScriptTabs::journalEdit(SqlEditor *editor)
{
    if (editor->isModified())
        m_storage.journal().record(scriptIdOf(editor), editor->text());
    else
        m_storage.journal().discard(scriptIdOf(editor));
}

int ScriptTabs::indexOfScript(qint64 scriptId) const
{
    for (int i = 0; i < count(); ++i) {
        if (scriptIdOf(widget(i)) == scriptId)
            return i;
    }
    return -1;
}

qint64 ScriptTabs::scriptIdOf(const QWidget *editor) const
{
    return editor ? editor->property(kScriptIdProperty).toLongLong() : 0;
}

} // namespace Weir
