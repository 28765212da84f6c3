#include "run/runreportwriter.h"

#include "results/resultformat.h"
#include "results/resultstore.h"

namespace Weir {

namespace {

const QString kNull = QStringLiteral("<NULL>");

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

QString padLeft(QStringView text, int width)
{
    QString padded(qMax(width - RunReportWriter::displayWidth(text), 0), QLatin1Char(' '));
    padded.append(text);
    return padded;
}

QString cell(QStringView text, bool null)
{
    if (null)
        return kNull;
    QString single = text.toString();
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return single;
}

} // namespace

std::optional<RunReportWriter::Format> RunReportWriter::formatFromName(QStringView name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("changelog"))
        return Format::Changelog;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("jsonl"))
        return Format::Jsonl;
    return std::nullopt;
}

RunReportWriter::RunReportWriter(Format format, QTextStream &out) : m_format(format), m_out(out) {}

int RunReportWriter::displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void RunReportWriter::write(int index, const StatementOutcome &outcome, const ResultStore *store)
{
    if (m_format == Format::Jsonl) {
        writeJsonl(index, outcome, store);
        m_out.flush();
        return;
    }
    if (outcome.status == StatementOutcome::Status::Skipped ||
        outcome.status == StatementOutcome::Status::Failed)
        return; // errors go to stderr
    if (m_format == Format::Csv) {
        if (store)
            writeCsv(*store);
        m_out.flush();
        return;
    }
    if (store) {
        writeTable(*store, m_format == Format::Changelog);
    } else if (!outcome.jobId.isEmpty()) {
        m_out << "[INFO] " << tr("Job ID: %1").arg(outcome.jobId) << '\n';
    } else {
        m_out << "[INFO] " << tr("Execute statement succeeded.") << '\n';
    }
    if (outcome.stoppedAtMaxRows)
        m_out << "[INFO] " << tr("Stopped at the max rows (%n row(s)).", "", int(outcome.rows)) << '\n';
    m_out << '\n';
    m_out.flush();
}

void RunReportWriter::writeTable(const ResultStore &store, bool changelog)
{
    const int columns = store.columnCount();
    const qint64 first = store.firstChange();
    const int rows = changelog ? store.changeCount() : store.rowCount();
    auto text = [&](int row, int column) {
        return changelog ? cell(store.changeText(first + row, column),
                                store.changeIsNull(first + row, column))
                         : cell(store.text(row, column), store.isNull(row, column));
    };
    QList<int> widths;
    if (changelog)
        widths.append(2);
    for (int c = 0; c < columns; ++c)
        widths.append(displayWidth(store.columns().at(c).name()));
    const int shift = changelog ? 1 : 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            widths[c + shift] = qMax(widths[c + shift], displayWidth(text(r, c)));
    }
    QString border = QStringLiteral("+");
    for (int width : widths)
        border += QString(width + 2, QLatin1Char('-')) + QLatin1Char('+');
    auto line = [&](const QStringList &cells) {
        QString out = QStringLiteral("|");
        for (int i = 0; i < cells.size(); ++i)
            out += QLatin1Char(' ') + padLeft(cells.at(i), widths.at(i)) + QStringLiteral(" |");
        m_out << out << '\n';
    };
    if (rows == 0 && !changelog) {
        m_out << "Empty set\n";
        return;
    }
    QStringList header;
    if (changelog)
        header.append(QStringLiteral("op"));
    for (int c = 0; c < columns; ++c)
        header.append(store.columns().at(c).name());
    m_out << border << '\n';
    line(header);
    m_out << border << '\n';
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        if (changelog)
            cells.append(rowKindShortString(store.changeKind(first + r)));
        for (int c = 0; c < columns; ++c)
            cells.append(text(r, c));
        line(cells);
    }
    m_out << border << '\n';
    m_out << (rows == 1 ? tr("1 row in set") : tr("%1 rows in set").arg(rows)) << '\n';
    if (store.droppedRows() > 0 && !changelog)
        m_out << tr("(%n oldest row(s) dropped by the max rows)", "", int(store.droppedRows())) << '\n';
}

void RunReportWriter::writeCsv(const ResultStore &store)
{
    if (!m_firstCsv)
        m_out << '\n';
    m_firstCsv = false;
    QIODevice *device = m_out.device();
    if (device) {
        m_out.flush();
        (void)ResultFormat::write(store.tableSnapshot(), ResultFormat::Kind::Csv, device);
        return;
    }
    m_out << ResultFormat::toText(store.tableSnapshot(), ResultFormat::Kind::Csv);
}

void RunReportWriter::writeJsonl(int index, const StatementOutcome &outcome,
                                 const ResultStore *store)
{
    QString json = QStringLiteral("{\"index\":%1,\"line\":%2,\"column\":%3,\"kind\":%4,\"status\":%5")
                       .arg(index)
                       .arg(outcome.start.line)
                       .arg(outcome.start.column)
                       .arg(ResultFormat::jsonString(statementKindName(outcome.kind)),
                            ResultFormat::jsonString(StatementOutcome::statusName(outcome.status)));
    json += QStringLiteral(",\"statement\":") + ResultFormat::jsonString(outcome.display);
    if (store && !store->columns().isEmpty()) {
        const int columns = store->columnCount();
        json += QStringLiteral(",\"columns\":[");
        for (int c = 0; c < columns; ++c) {
            const ColumnInfo &column = store->columns().at(c);
            json += (c ? QStringLiteral(",") : QString()) + QStringLiteral("{\"name\":") +
                    ResultFormat::jsonString(column.name()) + QStringLiteral(",\"type\":") +
                    ResultFormat::jsonString(column.type().toString()) + QLatin1Char('}');
        }
        json += QStringLiteral("],\"rows\":[");
        for (int r = 0; r < store->rowCount(); ++r) {
            json += r ? QStringLiteral(",[") : QStringLiteral("[");
            for (int c = 0; c < columns; ++c) {
                if (c)
                    json += QLatin1Char(',');
                json += ResultFormat::jsonValue(store->text(r, c), store->isNull(r, c),
                                                store->columns().at(c).type());
            }
            json += QLatin1Char(']');
        }
        json += QStringLiteral("],\"changes\":[");
        for (qint64 i = store->firstChange(); i < store->changeEnd(); ++i) {
            json += i > store->firstChange() ? QStringLiteral(",{\"kind\":") : QStringLiteral("{\"kind\":");
            json += ResultFormat::jsonString(rowKindShortString(store->changeKind(i))) +
                    QStringLiteral(",\"fields\":[");
            for (int c = 0; c < columns; ++c) {
                if (c)
                    json += QLatin1Char(',');
                json += ResultFormat::jsonValue(store->changeText(i, c), store->changeIsNull(i, c),
                                                store->columns().at(c).type());
            }
            json += QStringLiteral("]}");
        }
        json += QLatin1Char(']');
        if (store->droppedRows() > 0)
            json += QStringLiteral(",\"droppedRows\":%1").arg(store->droppedRows());
    }
    json += QStringLiteral(",\"rowCount\":%1").arg(outcome.rows);
    if (outcome.stoppedAtMaxRows)
        json += QStringLiteral(",\"stoppedAtMaxRows\":true");
    if (!outcome.jobId.isEmpty())
        json += QStringLiteral(",\"jobId\":") + ResultFormat::jsonString(outcome.jobId);
    if (outcome.status == StatementOutcome::Status::Failed) {
        const LineColumn at = outcome.errorStart.value_or(outcome.start);
        json += QStringLiteral(",\"error\":{\"message\":%1,\"line\":%2,\"column\":%3}")
                    .arg(ResultFormat::jsonString(outcome.error))
                    .arg(at.line)
                    .arg(at.column);
    }
    json += QLatin1Char('}');
    m_out << json << '\n';
}

} // namespace Weir
