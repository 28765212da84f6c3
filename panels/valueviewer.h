#pragma once

#include "results/columntype.h"

#include <QDialog>

class QPlainTextEdit;

namespace Weir {

// A dialog showing one result value whole: JSON and Flink's ROW / ARRAY / MAP / MULTISET text
// pretty-printed, long text wrapped, in a monospace font. GUI thread.
class ValueViewer : public QDialog
{
    Q_OBJECT

public:
    ValueViewer(const QString &title, const QString &text, const ColumnType &type,
                QWidget *parent = nullptr);

    QString shownText() const;

    // True for values a grid cell cannot show well: nested types, JSON, long or multi-line text.
    static bool worthViewing(QStringView text, const ColumnType &type);
    // JSON indented; Flink's nested text ("(1, [a, b], {k=v})") broken at its brackets.
    static QString prettyText(const QString &text, const ColumnType &type);

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Weir
