#include "charts/chartcolumns.h"

#include <QDateTime>
#include <limits>

namespace Weir {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "HH:mm:ss[.fff...]" → milliseconds of the day; fixed layout, so parsed by hand (QTime's
// parser costs microseconds a value, too slow for a million points).
double timeOfDayMs(QStringView t)
{
    if (t.size() < 8 || t[2] != QLatin1Char(':') || t[5] != QLatin1Char(':'))
        return kNaN;
    bool ok1 = false, ok2 = false, ok3 = false;
    const int h = t.sliced(0, 2).toInt(&ok1);
    const int m = t.sliced(3, 2).toInt(&ok2);
    const int s = t.sliced(6, 2).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return kNaN;
    double ms = ((h * 60.0 + m) * 60.0 + s) * 1000.0;
    if (t.size() > 9 && t[8] == QLatin1Char('.')) {
        double scale = 100.0;
        for (qsizetype i = 9; i < t.size() && scale >= 1e-6; ++i, scale /= 10.0) {
            const QChar c = t[i];
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                break;
            ms += (c.unicode() - '0') * scale;
        }
    }
    return ms;
}

double dateMs(QStringView d)
{
    if (d.size() < 10 || d[4] != QLatin1Char('-') || d[7] != QLatin1Char('-'))
        return kNaN;
    bool ok1 = false, ok2 = false, ok3 = false;
    const int y = d.sliced(0, 4).toInt(&ok1), m = d.sliced(5, 2).toInt(&ok2),
              day = d.sliced(8, 2).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return kNaN;
    // Local midnight needs the time zone database; values of one day share it.
    thread_local int lastKey = -1;
    thread_local double lastMs = 0;
    const int key = (y * 13 + m) * 32 + day;
    if (key != lastKey) {
        const QDate date(y, m, day);
        if (!date.isValid())
            return kNaN;
        lastMs = double(QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch());
        lastKey = key;
    }
    return lastMs;
}

} // namespace

ChartAxisKind ChartColumns::kindOf(const ColumnType &type)
{
    switch (type.root()) {
    case TypeRoot::Date:
    case TypeRoot::Time:
    case TypeRoot::Timestamp:
    case TypeRoot::TimestampTz:
    case TypeRoot::TimestampLtz:
        return ChartAxisKind::Time;
    default:
        return type.isNumeric() ? ChartAxisKind::Number : ChartAxisKind::Category;
    }
}

double ChartColumns::toNumber(QStringView text, TypeRoot root)
{
    switch (root) {
    case TypeRoot::Date:
        return dateMs(text);
    case TypeRoot::Time:
        return timeOfDayMs(text);
    case TypeRoot::Timestamp:
    case TypeRoot::TimestampTz:
    case TypeRoot::TimestampLtz: {
        // "2026-11-25 17:00:00.123" (Flink's text; 'T' accepted too).
        if (text.size() < 19)
            return kNaN;
        const double day = dateMs(text.first(10));
        const double time = timeOfDayMs(text.sliced(11));
        return day + time;
    }
    default: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? v : kNaN;
    }
    }
}

int ChartColumns::indexOf(const QList<ColumnInfo> &columns, const QString &name)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name() == name)
            return i;
    }
    return -1;
}

} // namespace Weir
