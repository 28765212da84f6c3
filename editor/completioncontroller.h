#pragma once

#include "sql/completionengine.h"

#include <QHash>
#include <QObject>
#include <memory>

class QsciScintilla;

namespace Weir {

class MetadataProvider;

// Drives completion and call tips on one QsciScintilla: Ctrl+Space and automatic triggers
// (after two identifier characters, '.', a quote in WITH/SET, "${"), the list through
// Scintilla's user list in the engine's own order (SC_ORDER_CUSTOM) with kind icons, insertion
// over the engine's replace range, and call tips with the current argument highlighted after
// '(' and ','. Requests work on a snapshot of the text: on the GUI thread while it is small,
// else with QtConcurrent, dropping results for text that changed since (generation counter).
// Attach it with `new CompletionController(editor)`; it is a child of the editor. GUI thread.
class CompletionController : public QObject
{
    Q_OBJECT

public:
    // The user list id this controller shows its list under.
    static constexpr int ListId = 0x5745;

    explicit CompletionController(QsciScintilla *editor);
    ~CompletionController() override;

    // Live catalogs; not owned, may be null (then only the script's own tables are known).
    void setMetadataProvider(const MetadataProvider *provider) { m_provider = provider; }
    // ${name} variables known outside the script (workspace, job): name -> value.
    void setVariables(const QHash<QString, QString> &variables) { m_variables = variables; }
    void setDialect(SqlDialect dialect) { m_dialect = dialect; }
    // Texts up to this many bytes are completed on the GUI thread, larger ones on a worker.
    void setSynchronousLimit(qsizetype bytes) { m_synchronousLimit = bytes; }
    void setAutoTrigger(bool enabled) { m_autoTrigger = enabled; }

    // Ctrl+Space: completes at the caret and shows the list.
    void complete() { request(Trigger::Explicit); }
    // Ctrl+Shift+Space: shows the call tip of the function call around the caret.
    void showCallTip() { updateCallTip(true); }
    void cancel();

    bool isListVisible() const;
    bool isCallTipVisible() const;
    // What the list shows, best first (empty when it is closed).
    const QVector<CompletionCandidate> &shownCandidates() const { return m_shown; }

signals:
    void listShown(int count);
    void candidateInserted(const Weir::CompletionCandidate &candidate);
    void callTipShown(const Weir::CallTip &tip);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Trigger : quint8 { Explicit, Typing, Refresh };

    void request(Trigger trigger);
    // Runs `work` (on a snapshot) on the GUI thread for small texts, else on a worker; `done`
    // gets its result unless the text or the caret moved on meanwhile.
    template<typename Work, typename Done> void schedule(qsizetype textSize, Work work, Done done);
    void apply(const CompletionResult &result, Trigger trigger);
    void show(const CompletionResult &result);
    void charAdded(int character);
    void textModified(int type);
    void listActivated(int id, const QString &text);
    void insert(const CompletionCandidate &candidate);
    void updateCallTip(bool show);
    void displayCallTip(const CallTip &tip);
    void registerImages();
    void applyTheme();
    QColor styleColor(int message) const;
    QByteArray snapshot() const;
    qsizetype caret() const;
    QString wordBeforeCaret() const;

    QsciScintilla *m_editor;
    std::shared_ptr<const CompletionEngine> m_engine;
    const MetadataProvider *m_provider = nullptr;
    QHash<QString, QString> m_variables;
    SqlDialect m_dialect = SqlDialect::Latest;
    qsizetype m_synchronousLimit = 256 * 1024;
    bool m_autoTrigger = true;
    bool m_inserting = false;
    bool m_refreshQueued = false;
    quint64 m_generation = 0; // bumped by every edit: a result for an older one is dropped
    QVector<CompletionCandidate> m_shown;
    QHash<QString, int> m_byItem; // list item text -> index in m_shown
    qsizetype m_shownLength = 0;  // document length when the list was shown
    qsizetype m_wordStart = 0;    // where the word the list completes starts
};

} // namespace Weir
