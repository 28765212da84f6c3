#include "diagnosticsrenderer.h"

#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <Qsci/qsciscintilla.h>

namespace Weir {

using Sci = QsciScintillaBase;

namespace {

// Annotation styles, far above the lexer's and below the ones QsciStyle hands out from 255 down.
constexpr int kErrorAnnotationStyle = 64;
constexpr int kWarningAnnotationStyle = 65;
constexpr int kDwellMs = 400;
constexpr int kMarkSize = 12;

QImage markImage(const QColor &color, bool error)
{
    QImage image(kMarkSize, kMarkSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    if (error) {
        p.drawEllipse(QRectF(1.5, 1.5, kMarkSize - 3, kMarkSize - 3));
    } else {
        QPainterPath triangle;
        triangle.moveTo(kMarkSize / 2.0, 1);
        triangle.lineTo(kMarkSize - 1, kMarkSize - 1.5);
        triangle.lineTo(1, kMarkSize - 1.5);
        triangle.closeSubpath();
        p.drawPath(triangle);
    }
    return image;
}

} // namespace

DiagnosticsRenderer::DiagnosticsRenderer(QsciScintilla *editor)
    : QObject(editor), m_editor(editor), m_theme(EditorTheme::lightTheme())
{
    m_localError = editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_localWarning = editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_flinkError = editor->indicatorDefine(QsciScintilla::SquigglePixmapIndicator);
    m_errorMarker = editor->markerDefine(QsciScintilla::Invisible);
    m_warningMarker = editor->markerDefine(QsciScintilla::Invisible);
    m_flinkMarker = editor->markerDefine(QsciScintilla::Invisible);
    for (int indicator : {m_localError, m_localWarning, m_flinkError})
        editor->SendScintilla(Sci::SCI_INDICSETUNDER, indicator, 0L);
    editor->setAnnotationDisplay(QsciScintilla::AnnotationIndented);
    editor->SendScintilla(Sci::SCI_SETMOUSEDWELLTIME, kDwellMs);
    connect(editor, &Sci::SCN_DWELLSTART, this, &DiagnosticsRenderer::showToolTip);
    connect(editor, &Sci::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    setTheme(m_theme);
}

DiagnosticsRenderer::Rendered &DiagnosticsRenderer::rendered(Source source)
{
    return source == Source::Local ? m_local : m_flink;
}

const DiagnosticsRenderer::Rendered &DiagnosticsRenderer::rendered(Source source) const
{
    return source == Source::Local ? m_local : m_flink;
}

const QVector<Diagnostic> &DiagnosticsRenderer::diagnostics(Source source) const
{
    return rendered(source).diagnostics;
}

int DiagnosticsRenderer::indicator(Source source, Diagnostic::Severity severity) const
{
    if (source == Source::Flink)
        return m_flinkError;
    return severity == Diagnostic::Severity::Error ? m_localError : m_localWarning;
}

int DiagnosticsRenderer::marker(Source source, Diagnostic::Severity severity) const
{
    if (source == Source::Flink)
        return m_flinkMarker;
    return severity == Diagnostic::Severity::Error ? m_errorMarker : m_warningMarker;
}

int DiagnosticsRenderer::markerMask() const
{
    return (1 << m_errorMarker) | (1 << m_warningMarker) | (1 << m_flinkMarker);
}

void DiagnosticsRenderer::setDiagnostics(Source source, const QVector<Diagnostic> &diagnostics)
{
    Rendered &r = rendered(source);
    r.diagnostics = diagnostics;
    const qsizetype length = m_editor->SendScintilla(Sci::SCI_GETLENGTH);
    for (auto severity : {Diagnostic::Severity::Error, Diagnostic::Severity::Warning}) {
        m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, indicator(source, severity));
        m_editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0UL, length);
        m_editor->SendScintilla(Sci::SCI_MARKERDELETEALL, marker(source, severity));
    }
    for (int i = 0; i < diagnostics.size(); ++i)
        fill(source, i);
    renderAnnotations();
}

void DiagnosticsRenderer::addDiagnostic(Source source, const Diagnostic &diagnostic)
{
    rendered(source).diagnostics.append(diagnostic);
    fill(source, int(rendered(source).diagnostics.size()) - 1);
    renderAnnotations();
}

void DiagnosticsRenderer::fill(Source source, int index)
{
    Rendered &r = rendered(source);
    const Diagnostic &d = r.diagnostics[index];
    const qsizetype length = m_editor->SendScintilla(Sci::SCI_GETLENGTH);
    qsizetype begin = qBound<qsizetype>(0, d.begin.value, length);
    qsizetype end = qBound<qsizetype>(begin, d.end.value, length);
    if (end == begin) {
        // An empty range (a missing ')' at the end) still gets a visible squiggle.
        if (end < length)
            end = m_editor->SendScintilla(Sci::SCI_POSITIONAFTER, ulong(end));
        else if (begin > 0)
            begin = m_editor->SendScintilla(Sci::SCI_POSITIONBEFORE, ulong(begin));
    }
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, indicator(source, d.severity));
    m_editor->SendScintilla(Sci::SCI_SETINDICATORVALUE, index + 1);
    m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE, begin, end - begin);
    const int line = int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(begin)));
    m_editor->SendScintilla(Sci::SCI_MARKERADD, line, marker(source, d.severity));
}

QVector<int> DiagnosticsRenderer::currentLines(Source source) const
{
    const QVector<Diagnostic> &list = rendered(source).diagnostics;
    QVector<int> lines(list.size(), -1);
    const qsizetype length = m_editor->SendScintilla(Sci::SCI_GETLENGTH);
    for (auto severity : {Diagnostic::Severity::Error, Diagnostic::Severity::Warning}) {
        const int ind = indicator(source, severity);
        // Hop from run to run: as many steps as there are squiggles, not characters.
        for (qsizetype p = 0; p < length;) {
            const qsizetype end = m_editor->SendScintilla(Sci::SCI_INDICATOREND, ind, p);
            const int value = int(m_editor->SendScintilla(Sci::SCI_INDICATORVALUEAT, ind, p));
            if (value > 0 && value <= list.size() && lines[value - 1] < 0)
                lines[value - 1] =
                    int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, ulong(p)));
            if (end <= p)
                break;
            p = end;
        }
    }
    // A squiggle that another one covered entirely: where it was put.
    for (int i = 0; i < list.size(); ++i) {
        if (lines[i] < 0)
            lines[i] = list[i].start.line - 1;
    }
    return lines;
}

void DiagnosticsRenderer::setQuietLine(int line)
{
    if (line == m_quietLine)
        return;
    const int old = m_quietLine;
    m_quietLine = line;
    // Only the two lines involved can change; skip the work when neither holds a local one.
    const long local = (1L << m_errorMarker) | (1L << m_warningMarker);
    for (int l : {old, line}) {
        if (l >= 0 && (m_editor->SendScintilla(Sci::SCI_MARKERGET, l) & local)) {
            renderAnnotations();
            return;
        }
    }
}

void DiagnosticsRenderer::renderAnnotations()
{
    m_editor->SendScintilla(Sci::SCI_ANNOTATIONCLEARALL);
    struct LineNote
    {
        QString text;
        bool error = false;
    };
    QMap<int, LineNote> notes;
    for (Source source : {Source::Flink, Source::Local}) {
        const Rendered &r = rendered(source);
        const QVector<int> lines = currentLines(source);
        for (int i = 0; i < r.diagnostics.size(); ++i) {
            const int line = lines[i];
            if (line < 0 || (source == Source::Local && line == m_quietLine))
                continue;
            const Diagnostic &d = r.diagnostics[i];
            LineNote &note = notes[line];
            if (!note.text.isEmpty())
                note.text += QLatin1Char('\n');
            note.text += d.message;
            note.error = note.error || d.severity == Diagnostic::Severity::Error;
        }
    }
    const int offset = int(m_editor->SendScintilla(Sci::SCI_ANNOTATIONGETSTYLEOFFSET));
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        const QByteArray text = it->text.toUtf8();
        m_editor->SendScintilla(Sci::SCI_ANNOTATIONSETTEXT, it.key(), text.constData());
        m_editor->SendScintilla(Sci::SCI_ANNOTATIONSETSTYLE, it.key(),
                                (it->error ? kErrorAnnotationStyle : kWarningAnnotationStyle) -
                                    offset);
    }
}

QVector<const Diagnostic *> DiagnosticsRenderer::diagnosticsAt(qsizetype position) const
{
    QVector<const Diagnostic *> found;
    for (Source source : {Source::Flink, Source::Local}) {
        for (auto severity : {Diagnostic::Severity::Error, Diagnostic::Severity::Warning}) {
            if (source == Source::Flink && severity == Diagnostic::Severity::Warning)
                continue;
            const int value = int(m_editor->SendScintilla(Sci::SCI_INDICATORVALUEAT,
                                                          indicator(source, severity), position));
            const QVector<Diagnostic> &list = rendered(source).diagnostics;
            if (value > 0 && value <= list.size())
                found.append(&list[value - 1]);
        }
    }
    return found;
}

QVector<const Diagnostic *> DiagnosticsRenderer::diagnosticsOnLine(int line) const
{
    QVector<const Diagnostic *> found;
    for (Source source : {Source::Flink, Source::Local}) {
        const Rendered &r = rendered(source);
        const QVector<int> lines = currentLines(source);
        for (int i = 0; i < r.diagnostics.size(); ++i) {
            if (lines[i] == line)
                found.append(&r.diagnostics[i]);
        }
    }
    return found;
}

void DiagnosticsRenderer::showToolTip(int position, int x, int y)
{
    QVector<const Diagnostic *> found;
    if (position >= 0) {
        found = diagnosticsAt(position);
    } else if (x < m_editor->SendScintilla(Sci::SCI_POINTXFROMPOSITION, 0UL, 0L)) {
        // Over the margins: the marks of the line there.
        const long pos = m_editor->SendScintilla(Sci::SCI_POSITIONFROMPOINT, 0UL, long(y));
        found = diagnosticsOnLine(int(m_editor->SendScintilla(Sci::SCI_LINEFROMPOSITION, pos)));
    }
    if (found.isEmpty())
        return;
    QStringList messages;
    for (const Diagnostic *d : found)
        messages.append(d->message.toHtmlEscaped());
    QToolTip::showText(m_editor->viewport()->mapToGlobal(QPoint(x, y)),
                       messages.join(QStringLiteral("<br>")), m_editor->viewport());
}

void DiagnosticsRenderer::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    m_editor->setIndicatorForegroundColor(theme.error, m_localError);
    m_editor->setIndicatorForegroundColor(theme.warning, m_localWarning);
    m_editor->setIndicatorForegroundColor(theme.error, m_flinkError);
    m_editor->markerDefine(markImage(theme.error, true), m_errorMarker);
    m_editor->markerDefine(markImage(theme.warning, false), m_warningMarker);
    m_editor->markerDefine(markImage(theme.error, true), m_flinkMarker);
    applyAnnotationStyles();
}

void DiagnosticsRenderer::setFont(const QFont &font)
{
    m_font = font;
    applyAnnotationStyles();
}

void DiagnosticsRenderer::applyAnnotationStyles()
{
    QFont font = m_font;
    font.setItalic(true);
    const QByteArray family = font.family().toUtf8();
    for (int style : {kErrorAnnotationStyle, kWarningAnnotationStyle}) {
        const bool error = style == kErrorAnnotationStyle;
        m_editor->SendScintilla(Sci::SCI_STYLESETFORE, style,
                                error ? m_theme.errorAnnotationInk : m_theme.warningAnnotationInk);
        m_editor->SendScintilla(Sci::SCI_STYLESETBACK, style,
                                error ? m_theme.errorAnnotationPaper
                                      : m_theme.warningAnnotationPaper);
        m_editor->SendScintilla(Sci::SCI_STYLESETITALIC, style, true);
        if (!family.isEmpty()) {
            m_editor->SendScintilla(Sci::SCI_STYLESETFONT, style, family.constData());
            m_editor->SendScintilla(
                Sci::SCI_STYLESETSIZEFRACTIONAL, style,
                long(qMax(font.pointSizeF(), 6.0) * 0.9 * Sci::SC_FONT_SIZE_MULTIPLIER));
        }
    }
}

} // namespace Weir
