#include "resultcellstyle.h"

#include "results/value.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Weir {

namespace {

constexpr qsizetype kDisplayLength = 500; // a cell shows no more; the value viewer shows all

const QString &nullText()
{
    static const QString text = QStringLiteral("NULL");
    return text;
}

} // namespace

QVariant ResultCellStyle::data(QStringView text, bool null, const ColumnType &type, int role)
{
    switch (role) {
    case Qt::DisplayRole: {
        if (null)
            return nullText();
        qsizetype length = qMin(text.size(), kDisplayLength);
        const qsizetype lineBreak = text.left(length).indexOf(QLatin1Char('\n'));
        if (lineBreak >= 0)
            length = lineBreak;
        return QString::fromRawData(text.data(), length);
    }
    case Qt::FontRole:
        if (null) {
            static const QFont italic = [] {
                QFont font;
                font.setItalic(true);
                return font;
            }();
            return italic;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (null) {
            static const QBrush grey(QColor(0x80, 0x80, 0x80));
            return grey;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (type.isNumeric())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        return QVariant::fromValue(null ? Value() : Value(text.toString()));
    default:
        return QVariant();
    }
}

} // namespace Weir
