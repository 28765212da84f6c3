#include "completioncontroller.h"

#include "sql/metadataprovider.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QStyle>
#include <Qsci/qsciscintilla.h>
#include <QtConcurrent/QtConcurrentRun>
#include <iterator>

namespace Weir {

namespace {

// Item and image separators of the list: bytes no candidate text contains.
constexpr char kItemSeparator = '\x1e';
constexpr char kTypeSeparator = '\x1f';
constexpr int kDetailWidth = 48;

// Icon colour and letter per CompletionKind, in its order (tables and columns are drawn).
struct KindStyle
{
    QRgb color;
    const char *letter;
};
constexpr KindStyle kKindStyles[] = {
    {0xff8250df, "K"}, {0xff0f766e, "T"}, {0xff57606a, "C"}, {0xff9a6700, "D"},
    {0xff0969da, ""},  {0xff0969da, "V"}, {0xffbc4c00, ""},  {0xff6639ba, "f"},
    {0xff1a7f37, "O"}, {0xff1a7f37, "="}, {0xffcf222e, "S"}, {0xffbf3989, "$"},
};
static_assert(std::size(kKindStyles) == size_t(CompletionKind::Variable) + 1);

QImage kindImage(CompletionKind kind, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const KindStyle style = kKindStyles[int(kind)];
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromRgba(style.color));
    p.drawRoundedRect(box, size / 5.0, size / 5.0);
    p.setPen(QPen(Qt::white, qMax(1.0, size / 12.0)));
    p.setBrush(Qt::NoBrush);
    const qreal m = size / 4.0;
    if (kind == CompletionKind::Table) {
        const QRectF grid = box.adjusted(m, m, -m, -m);
        p.drawRect(grid);
        p.drawLine(QPointF(grid.left(), grid.center().y()),
                   QPointF(grid.right(), grid.center().y()));
        p.drawLine(QPointF(grid.center().x(), grid.top()),
                   QPointF(grid.center().x(), grid.bottom()));
    } else if (kind == CompletionKind::Column) {
        // A table outline with its middle column filled.
        const QRectF grid = box.adjusted(m * 0.8, m, -m * 0.8, -m);
        const qreal third = grid.width() / 3;
        p.drawRect(grid);
        p.fillRect(QRectF(grid.left() + third, grid.top(), third, grid.height()), Qt::white);
    } else {
        QFont font;
        font.setPixelSize(qRound(size * 0.72));
        font.setBold(true);
        font.setItalic(kind == CompletionKind::Function);
        p.setFont(font);
        p.drawText(box, Qt::AlignCenter, QString::fromLatin1(style.letter));
    }
    return image;
}

bool isWordCharacter(int c)
{
    return c == '_' || c == '$' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

} // namespace

CompletionController::CompletionController(QsciScintilla *editor)
    : QObject(editor), m_editor(editor), m_engine(std::make_shared<CompletionEngine>())
{
    m_editor->installEventFilter(this);
    registerImages();
    connect(m_editor, &QsciScintillaBase::SCN_CHARADDED, this, &CompletionController::charAdded);
    connect(m_editor, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int, int type) { textModified(type); });
    connect(m_editor, &QsciScintilla::userListActivated, this,
            &CompletionController::listActivated);
    connect(m_editor, &QsciScintillaBase::SCN_AUTOCCANCELLED, this, [this] {
        m_shown.clear();
        m_byItem.clear();
    });
    connect(m_editor, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        // The argument under the caret changes as it moves through the call.
        if ((updated & QsciScintillaBase::SC_UPDATE_SELECTION) && isCallTipVisible() &&
            !m_inserting)
            updateCallTip(false);
    });
}

CompletionController::~CompletionController() = default;

bool CompletionController::isListVisible() const
{
    return m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE) != 0 && !m_shown.isEmpty();
}

bool CompletionController::isCallTipVisible() const
{
    return m_editor->SendScintilla(QsciScintillaBase::SCI_CALLTIPACTIVE) != 0;
}

void CompletionController::cancel()
{
    if (m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE))
        m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCCANCEL);
    m_shown.clear();
    m_byItem.clear();
}

bool CompletionController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier |
                                                           Qt::AltModifier | Qt::MetaModifier);
    const bool complete = key->key() == Qt::Key_Space && mods == Qt::ControlModifier;
    const bool callTip =
        key->key() == Qt::Key_Space && mods == (Qt::ControlModifier | Qt::ShiftModifier);
    if (!complete && !callTip)
        return QObject::eventFilter(watched, event);
    // Claim the key before any shortcut (and QScintilla's own Ctrl+Space binding) does.
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (complete)
            request(Trigger::Explicit);
        else
            updateCallTip(true);
    }
    return true;
}

QByteArray CompletionController::snapshot() const
{
    const auto length = qsizetype(m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const auto *data = reinterpret_cast<const char *>(
        m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    return data ? QByteArray(data, length) : QByteArray();
}

qsizetype CompletionController::caret() const
{
    return qsizetype(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
}

QString CompletionController::wordBeforeCaret() const
{
    const int position = int(caret());
    const int start =
        int(m_editor->SendScintilla(QsciScintillaBase::SCI_WORDSTARTPOSITION, position, true));
    return m_editor->text(start, position);
}

void CompletionController::request(Trigger trigger)
{
    CompletionEngine::Request request;
    request.text = snapshot();
    request.caret = ByteOffset{caret()};
    request.metadata = m_provider ? m_provider->snapshot() : MetadataCatalog();
    request.variables = m_variables;
    request.dialect = m_dialect;
    const qsizetype size = request.text.size();
    schedule(
        size, [engine = m_engine, request] { return engine->complete(request); },
        [this, trigger](const CompletionResult &result) { apply(result, trigger); });
}

template<typename Work, typename Done>
void CompletionController::schedule(qsizetype textSize, Work work, Done done)
{
    if (textSize <= m_synchronousLimit) {
        done(work());
        return;
    }
    // Large scripts: lex and analyze off the GUI thread; a result for text or a caret that
    // has moved on since is dropped (the edit that moved it asked again).
    using Result = std::invoke_result_t<Work>;
    const quint64 generation = m_generation;
    const qsizetype at = caret();
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, at, done] {
        watcher->deleteLater();
        if (generation == m_generation && at == caret())
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void CompletionController::apply(const CompletionResult &result, Trigger trigger)
{
    if (result.candidates.isEmpty()) {
        cancel();
        return;
    }
    // An automatic list that only repeats the word typed would be noise.
    if (trigger == Trigger::Typing && result.candidates.size() == 1 &&
        result.candidates.first().text.compare(result.prefix, Qt::CaseInsensitive) == 0)
        return;
    show(result);
}

void CompletionController::show(const CompletionResult &result)
{
    m_shown = result.candidates;
    m_byItem.clear();
    int width = 0;
    for (const CompletionCandidate &candidate : std::as_const(m_shown))
        width = qMax(width, int(qMin<qsizetype>(candidate.display.size(), 40)));
    QByteArray list;
    for (int i = 0; i < m_shown.size(); ++i) {
        const CompletionCandidate &candidate = m_shown.at(i);
        // The detail in a second column: Weir's editor font is monospaced.
        QString item = candidate.display;
        if (!candidate.detail.isEmpty()) {
            QString detail = candidate.detail.simplified();
            if (detail.size() > kDetailWidth)
                detail = detail.left(kDetailWidth - 1) + QChar(0x2026);
            item = item.leftJustified(width + 3, QLatin1Char(' ')) + detail;
        }
        item.remove(QLatin1Char(kItemSeparator)).remove(QLatin1Char(kTypeSeparator));
        if (m_byItem.contains(item))
            continue;
        m_byItem.insert(item, i);
        if (!list.isEmpty())
            list += kItemSeparator;
        list += item.toUtf8() + kTypeSeparator + QByteArray::number(int(candidate.kind) + 1);
    }
    using Sci = QsciScintillaBase;
    m_editor->SendScintilla(Sci::SCI_AUTOCSETSEPARATOR, long(kItemSeparator));
    m_editor->SendScintilla(Sci::SCI_AUTOCSETTYPESEPARATOR, long(kTypeSeparator));
    // Keep the engine's ranking: Scintilla must neither sort nor hide the list when the typed
    // text matches no item by prefix (fuzzy matches do not); every keystroke refreshes it.
    m_editor->SendScintilla(Sci::SCI_AUTOCSETORDER, Sci::SC_ORDER_CUSTOM);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETIGNORECASE, true);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETAUTOHIDE, false);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETCANCELATSTART, false);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETMAXHEIGHT, 12);
    m_editor->SendScintilla(Sci::SCI_AUTOCSETMAXWIDTH, 0);
    m_editor->SendScintilla(Sci::SCI_USERLISTSHOW, ListId, list.constData());
    applyTheme();
    m_shownLength = qsizetype(m_editor->SendScintilla(Sci::SCI_GETLENGTH));
    m_wordStart = result.replaceBegin.value;
    emit listShown(int(m_shown.size()));
}

void CompletionController::listActivated(int id, const QString &text)
{
    if (id != ListId)
        return;
    const int index = m_byItem.value(text, -1);
    if (index >= 0)
        insert(m_shown.at(index));
}

void CompletionController::insert(const CompletionCandidate &candidate)
{
    using Sci = QsciScintillaBase;
    m_inserting = true;
    const auto length = qsizetype(m_editor->SendScintilla(Sci::SCI_GETLENGTH));
    const qsizetype begin = qBound<qsizetype>(0, candidate.replaceBegin.value, length);
    // Text typed after the list was computed (a slow request) extends the replaced word.
    const qsizetype end = qBound(
        begin, candidate.replaceEnd.value + qMax<qsizetype>(0, length - m_shownLength), length);
    const QByteArray bytes = candidate.text.toUtf8();
    m_editor->SendScintilla(Sci::SCI_BEGINUNDOACTION);
    m_editor->SendScintilla(Sci::SCI_SETTARGETRANGE, static_cast<unsigned long>(begin), long(end));
    m_editor->SendScintilla(Sci::SCI_REPLACETARGET, static_cast<unsigned long>(bytes.size()),
                            bytes.constData());
    m_editor->SendScintilla(Sci::SCI_ENDUNDOACTION);
    const qsizetype caretBytes = candidate.caretOffset < 0
                                     ? bytes.size()
                                     : candidate.text.left(candidate.caretOffset).toUtf8().size();
    m_editor->SendScintilla(Sci::SCI_GOTOPOS, static_cast<unsigned long>(begin + caretBytes));
    m_shown.clear();
    m_byItem.clear();
    m_inserting = false;
    emit candidateInserted(candidate);
    if (candidate.kind == CompletionKind::Function && candidate.caretOffset >= 0)
        updateCallTip(true);
}

void CompletionController::textModified(int type)
{
    if (!(type & (QsciScintillaBase::SC_MOD_INSERTTEXT | QsciScintillaBase::SC_MOD_DELETETEXT)))
        return;
    ++m_generation;
    // Backspace with the list open: Scintilla closes it (a user list knows no typed prefix),
    // so show it again for the shorter word once Scintilla is done with the key; not when the
    // word itself is gone.
    if ((type & QsciScintillaBase::SC_MOD_DELETETEXT) && !m_inserting && !m_refreshQueued &&
        isListVisible()) {
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                if (caret() >= m_wordStart)
                    request(Trigger::Refresh);
            },
            Qt::QueuedConnection);
    }
}

void CompletionController::charAdded(int character)
{
    if (m_inserting)
        return;
    const bool word = isWordCharacter(character);
    if (isListVisible()) {
        if (word) {
            request(Trigger::Refresh);
            return;
        }
        cancel(); // punctuation or a space ends the word; its own triggers follow
    }
    switch (character) {
    case '(':
    case ',':
        updateCallTip(true);
        return;
    case ')':
        updateCallTip(false);
        return;
    case '.':
    case '\'':
        if (m_autoTrigger)
            request(Trigger::Typing);
        return;
    case '{': {
        const qsizetype at = caret();
        if (m_autoTrigger && at >= 2 &&
            m_editor->SendScintilla(QsciScintillaBase::SCI_GETCHARAT, ulong(at - 2)) == '$')
            request(Trigger::Typing);
        return;
    }
    default:
        break;
    }
    if (!word || !m_autoTrigger)
        return;
    const QString typed = wordBeforeCaret();
    if (typed.size() >= 2 && !typed.at(0).isDigit())
        request(Trigger::Typing);
}

void CompletionController::updateCallTip(bool show)
{
    if ((!show && !isCallTipVisible()) || isListVisible())
        return; // showing a call tip would close the list
    const QByteArray text = snapshot();
    schedule(
        text.size(),
        [engine = m_engine, text, at = ByteOffset{caret()}, dialect = m_dialect] {
            return engine->signatureAt(text, at, dialect);
        },
        [this](const CallTip &tip) { displayCallTip(tip); });
}

void CompletionController::displayCallTip(const CallTip &tip)
{
    using Sci = QsciScintillaBase;
    if (!tip.isValid()) {
        m_editor->SendScintilla(Sci::SCI_CALLTIPCANCEL);
        return;
    }
    QString text = tip.signature;
    if (tip.signatureCount > 1)
        text += QStringLiteral("   (%1/%2)").arg(tip.signatureIndex + 1).arg(tip.signatureCount);
    if (!tip.description.isEmpty())
        text += QLatin1Char('\n') + tip.description;
    const QByteArray bytes = text.toUtf8();
    applyTheme();
    m_editor->SendScintilla(Sci::SCI_CALLTIPSHOW, static_cast<unsigned long>(tip.nameBegin.value),
                            bytes.constData());
    if (tip.highlightBegin >= 0) {
        // Scintilla highlights a byte range of the tip's text.
        const auto from = tip.signature.left(tip.highlightBegin).toUtf8().size();
        const auto to = tip.signature.left(tip.highlightEnd).toUtf8().size();
        m_editor->SendScintilla(Sci::SCI_CALLTIPSETHLT, static_cast<unsigned long>(from), long(to));
    }
    emit callTipShown(tip);
}

QColor CompletionController::styleColor(int message) const
{
    // Style 0 is plain text under any lexer (STYLE_DEFAULT's foreground is whatever the lexer
    // left there); Scintilla answers colours as 0xBBGGRR.
    const long bgr = m_editor->SendScintilla(message, 0L);
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

void CompletionController::applyTheme()
{
    const QColor paper = styleColor(QsciScintillaBase::SCI_STYLEGETBACK);
    const QColor ink = styleColor(QsciScintillaBase::SCI_STYLEGETFORE);
    const bool dark = paper.lightness() < 128;
    // Scintilla's list is a QListWidget popup that otherwise keeps the application palette: a
    // white box over a dark editor.
    for (QListWidget *list : m_editor->findChildren<QListWidget *>()) {
        QPalette palette = list->palette();
        palette.setColor(QPalette::Base, paper);
        palette.setColor(QPalette::Window, paper);
        palette.setColor(QPalette::Text, ink);
        palette.setColor(QPalette::WindowText, ink);
        palette.setColor(QPalette::Highlight,
                         dark ? QColor(0x26, 0x4f, 0x78) : QColor(0xd7, 0xe8, 0xff));
        palette.setColor(QPalette::HighlightedText, dark ? QColor(Qt::white) : ink);
        list->setPalette(palette);
    }
    m_editor->setCallTipsBackgroundColor(dark ? paper.lighter(135) : QColor(0xf6, 0xf8, 0xfa));
    m_editor->setCallTipsForegroundColor(ink);
    m_editor->setCallTipsHighlightColor(dark ? QColor(0x4f, 0xc1, 0xff) : QColor(0x09, 0x69, 0xda));
}

void CompletionController::registerImages()
{
    // Scintilla's list shows the images as item icons: the style's small icon size fits its
    // rows (a smaller image would sit tiny in a 16 px slot).
    const int size = qBound(12, m_editor->style()->pixelMetric(QStyle::PM_SmallIconSize), 24);
    for (int kind = int(CompletionKind::Keyword); kind <= int(CompletionKind::Variable); ++kind)
        m_editor->registerImage(kind + 1, kindImage(CompletionKind(kind), size));
}

} // namespace Weir
