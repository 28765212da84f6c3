#pragma once

#include <QList>
#include <QWidget>

class QListWidget;

namespace Weir {

// A column of named records (alert instances, alert groups) with New and Delete buttons
// below: the left side of a list-and-form editor. GUI thread.
class RecordList : public QWidget
{
    Q_OBJECT

public:
    struct Record
    {
        qint64 id = 0;
        QString text;
        QString toolTip;
        bool enabled = true; // shown greyed out when false
    };

    explicit RecordList(QWidget *parent = nullptr);

    // Replaces the records and selects `selectId` if present, else the first one; returns the
    // id now selected (0 when the list is empty). Emits nothing.
    qint64 setRecords(const QList<Record> &records, qint64 selectId);
    // Selects the record (emits currentChanged); false when there is none with that id.
    bool select(qint64 id);
    void clearSelection();
    QListWidget *list() const { return m_list; }

signals:
    void currentChanged(qint64 id);
    void newRequested();
    void deleteRequested();

private:
    QListWidget *m_list;
};

} // namespace Weir
