#include "valueviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Weir {

namespace {

bool looksLikeJson(QStringView text)
{
    const QStringView t = text.trimmed();
    return (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}'))) ||
           (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')));
}

bool isOpen(QChar c)
{
    return c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{');
}

bool isClose(QChar c)
{
    return c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}');
}

// Flink's PLAIN_TEXT of nested values: ROW "(a, b)", ARRAY "[a, b]", MAP "{k=v, k2=v2}",
// MULTISET "{a=2}". Strings inside are not quoted, so this is a layout, not a parse: it breaks
// after an opening bracket and after each ", " inside brackets; short groups stay on one line.
QString indentNested(const QString &text)
{
    constexpr int kIndent = 2;
    constexpr int kShortGroup = 40;
    QString out;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isOpen(c)) {
            // Keep a short group whole: find its matching close.
            qsizetype j = i + 1;
            int nested = 1;
            while (j < text.size() && nested > 0) {
                if (isOpen(text.at(j)))
                    ++nested;
                else if (isClose(text.at(j)))
                    --nested;
                ++j;
            }
            if (j - i <= kShortGroup) {
                out += QStringView(text).sliced(i, j - i);
                i = j - 1;
                continue;
            }
            out += c;
            ++depth;
            out += QLatin1Char('\n') + QString(depth * kIndent, QLatin1Char(' '));
        } else if (isClose(c) && depth > 0) {
            --depth;
            out += QLatin1Char('\n') + QString(depth * kIndent, QLatin1Char(' '));
            out += c;
        } else if (c == QLatin1Char(',') && depth > 0 && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char(' ')) {
            out += QLatin1Char(',');
            out += QLatin1Char('\n') + QString(depth * kIndent, QLatin1Char(' '));
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

ValueViewer::ValueViewer(const QString &title, const QString &text, const ColumnType &type,
                         QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(prettyText(text, type));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString ValueViewer::shownText() const
{
    return m_text->toPlainText();
}

bool ValueViewer::worthViewing(QStringView text, const ColumnType &type)
{
    return type.isNested() || text.size() > 60 || text.contains(QLatin1Char('\n')) ||
           (type.isCharacterString() && looksLikeJson(text));
}

QString ValueViewer::prettyText(const QString &text, const ColumnType &type)
{
    if (type.isCharacterString() || type.root() == TypeRoot::Other) {
        if (looksLikeJson(text)) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
        }
        return text;
    }
    if (type.isNested())
        return indentNested(text);
    return text;
}

} // namespace Weir
