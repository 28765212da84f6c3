// The chart's pure logic: decimation keeps every extreme, series-by grouping caps with an
// "others" bucket in first-seen order, axis ranges land on nice numbers and do not jitter,
// default columns follow the types, and settings round-trip through JSON.
#include "charts/axisrange.h"
#include "charts/chartcolumns.h"
#include "charts/chartdefaults.h"
#include "charts/chartsettings.h"
#include "charts/decimator.h"
#include "charts/seriesgrouper.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace Weir;

namespace {

ColumnInfo column(const char *name, TypeRoot root)
{
    return ColumnInfo(QLatin1String(name), ColumnType(root));
}

} // namespace

class TestChartLogic : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsExtremes()
    {
        // 100,000 noisy points with spikes planted at random places.
        const int n = 100000;
        std::vector<double> x(n), y(n);
        QRandomGenerator rng(42);
        for (int i = 0; i < n; ++i) {
            x[size_t(i)] = i * 0.5;
            y[size_t(i)] = std::sin(i / 500.0) + rng.bounded(0.1);
        }
        const QList<int> spikes = {17, 4242, 50001, 77777, 99998};
        for (int s : spikes)
            y[size_t(s)] = (s % 2 ? 1 : -1) * 100.0 - s; // each spike unique
        const int buckets = 500;
        const QList<QPointF> out = Decimator::minMax(x.data(), y.data(), n, x.front(), x.back(),
                                                     buckets);
        QVERIFY(out.size() <= buckets * 4 + 4);
        QVERIFY(out.size() >= buckets);
        for (int s : spikes)
            QVERIFY2(out.contains(QPointF(x[size_t(s)], y[size_t(s)])), qPrintable(QString::number(s)));
        // The overall min and max of every bucket: check the global ones and the ends.
        QCOMPARE(out.first(), QPointF(x.front(), y.front()));
        QCOMPARE(out.last(), QPointF(x.back(), y.back()));
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i - 1).x() <= out.at(i).x());
        // Per bucket, the extremes of the input are among the output.
        const double width = (x.back() - x.front()) / buckets;
        for (int b = 0; b < buckets; b += 37) {
            double lo = INFINITY, hi = -INFINITY;
            for (int i = 0; i < n; ++i) {
                if (int((x[size_t(i)] - x.front()) / width) == b) {
                    lo = qMin(lo, y[size_t(i)]);
                    hi = qMax(hi, y[size_t(i)]);
                }
            }
            bool seenLo = false, seenHi = false;
            for (const QPointF &p : out) {
                seenLo |= p.y() == lo;
                seenHi |= p.y() == hi;
            }
            QVERIFY2(seenLo && seenHi, qPrintable(QString::number(b)));
        }
    }

    void decimationOfAZoomedRangeKeepsNeighbours()
    {
        std::vector<double> x, y;
        for (int i = 0; i < 1000; ++i) {
            x.push_back(i);
            y.push_back(i % 7);
        }
        const QList<QPointF> out = Decimator::minMax(x.data(), y.data(), 1000, 100.5, 199.5, 800);
        // Few points: returned as they are, with one neighbour outside each edge.
        QCOMPARE(out.first().x(), 100.0);
        QCOMPARE(out.last().x(), 200.0);
        QCOMPARE(out.size(), 101);
        // NaN values are not drawn.
        y[150] = std::nan("");
        QCOMPARE(Decimator::minMax(x.data(), y.data(), 1000, 100.5, 199.5, 800).size(), 100);
        QVERIFY(Decimator::minMax(x.data(), y.data(), 0, 0, 1, 10).isEmpty());
    }

    void seriesByCapsWithOthers()
    {
        SeriesGrouper g(3);
        QCOMPARE(g.groupOf(QStringLiteral("b")), 0);
        QCOMPARE(g.groupOf(QStringLiteral("a")), 1);
        QCOMPARE(g.groupOf(QStringLiteral("b")), 0);
        QCOMPARE(g.groupOf(QStringLiteral("c")), 2);
        QVERIFY(!g.hasOthers());
        QCOMPARE(g.groupOf(QStringLiteral("d")), g.othersIndex());
        QCOMPARE(g.groupOf(QStringLiteral("e")), 3);
        QCOMPARE(g.groupOf(QStringLiteral("d")), 3);
        QCOMPARE(g.othersCount(), 2);
        QCOMPARE(g.keys(), (QStringList{QStringLiteral("b"), QStringLiteral("a"),
                                        QStringLiteral("c")}));
        QCOMPARE(g.groupCount(), 4);
    }

    void axisRangeIsNiceAndSteady()
    {
        QCOMPARE(AxisRange::niceStep(10, 5), 2.0);
        QCOMPARE(AxisRange::niceStep(0.9, 5), 0.2);
        QCOMPARE(AxisRange::niceStep(1200, 5), 250.0);
        AxisRange r;
        QVERIFY(r.update(3.2, 97.1));
        QCOMPARE(r.min(), 0.0);
        QCOMPARE(r.max(), 125.0);
        QCOMPARE(r.step(), 25.0);
        QCOMPARE(r.tickCount(), 6);
        // Data wobbling inside the range leaves it alone.
        for (int i = 0; i < 50; ++i)
            QVERIFY(!r.update(10 + i % 5, 90 - i % 3));
        // Growing past it regrows at once.
        QVERIFY(r.update(10, 130));
        QVERIFY(r.max() >= 130);
        // Shrinking to less than a third of the span refits.
        QVERIFY(r.update(50, 55));
        QVERIFY(r.min() <= 50 && r.max() >= 55 && r.max() - r.min() <= 10);
        // Bars keep zero in the range.
        AxisRange bars;
        bars.update(40, 45, true);
        QCOMPARE(bars.min(), 0.0);
        // A single value still gets a span.
        AxisRange one;
        one.update(5, 5);
        QVERIFY(one.min() < 5 && one.max() > 5);
        QVERIFY(!one.update(NAN, 1));
        // Time axes step by whole clock units.
        QCOMPARE(AxisRange::niceTimeStep(4000), 1000.0);
        QCOMPARE(AxisRange::niceTimeStep(195000), 60000.0);
        QCOMPARE(AxisRange::niceTimeStep(80), 20.0);
        QCOMPARE(AxisRange::niceTimeStep(3 * 86400e3), 43200e3);
        QCOMPARE(AxisRange::niceTimeStep(60 * 86400e3), 10 * 86400e3);
    }

    void typesAndNumbers()
    {
        QCOMPARE(ChartColumns::kindOf(ColumnType(TypeRoot::Decimal)), ChartAxisKind::Number);
        QCOMPARE(ChartColumns::kindOf(ColumnType(TypeRoot::TimestampLtz)), ChartAxisKind::Time);
        QCOMPARE(ChartColumns::kindOf(ColumnType(TypeRoot::Date)), ChartAxisKind::Time);
        QCOMPARE(ChartColumns::kindOf(ColumnType(TypeRoot::Varchar)), ChartAxisKind::Category);
        QCOMPARE(ChartColumns::kindOf(ColumnType(TypeRoot::Boolean)), ChartAxisKind::Category);
        QCOMPARE(ChartColumns::toNumber(u"12345678901234.25", TypeRoot::Decimal),
                 12345678901234.25);
        QCOMPARE(ChartColumns::toNumber(u"-7", TypeRoot::BigInt), -7.0);
        QVERIFY(std::isnan(ChartColumns::toNumber(u"x", TypeRoot::Double)));
        const QDateTime t(QDate(2026, 11, 25), QTime(17, 4, 5, 120));
        QCOMPARE(ChartColumns::toNumber(u"2026-11-25 17:04:05.120", TypeRoot::Timestamp),
                 double(t.toMSecsSinceEpoch()));
        QCOMPARE(ChartColumns::toNumber(u"2026-11-25 17:04:05.12", TypeRoot::TimestampLtz),
                 double(t.toMSecsSinceEpoch()));
        QCOMPARE(ChartColumns::toNumber(u"2026-11-25T17:04:05", TypeRoot::Timestamp),
                 double(t.toMSecsSinceEpoch() - 120));
        QCOMPARE(ChartColumns::toNumber(u"2026-11-25", TypeRoot::Date),
                 double(QDateTime(QDate(2026, 11, 25), QTime(0, 0)).toMSecsSinceEpoch()));
        QCOMPARE(ChartColumns::toNumber(u"01:00:01.5", TypeRoot::Time), 3601500.0);
    }

    void defaultsFollowTypes()
    {
        // A windowed aggregate: time on X, the text key as series, measures on Y.
        const QList<ColumnInfo> windowed = {
            column("window_start", TypeRoot::Timestamp), column("window_end", TypeRoot::Timestamp),
            column("sensor", TypeRoot::Varchar), column("readings", TypeRoot::BigInt),
            column("avg_temp", TypeRoot::Decimal)};
        ChartSettings s = ChartDefaults::apply(ChartSettings(), windowed);
        QVERIFY(s.configured);
        QCOMPARE(s.type, ChartType::Line);
        QCOMPARE(s.xColumn, QStringLiteral("window_start"));
        QCOMPARE(s.seriesBy, QStringLiteral("sensor"));
        QCOMPARE(s.yColumns, (QStringList{QStringLiteral("readings"), QStringLiteral("avg_temp")}));

        // A sequence on X, not on Y.
        const QList<ColumnInfo> sequence = {column("order_id", TypeRoot::BigInt),
                                            column("price", TypeRoot::Double)};
        s = ChartDefaults::apply(ChartSettings(), sequence);
        QCOMPARE(s.xColumn, QStringLiteral("order_id"));
        QCOMPARE(s.yColumns, QStringList{QStringLiteral("price")});

        // Counts per category: bars.
        const QList<ColumnInfo> grouped = {column("country", TypeRoot::Varchar),
                                           column("cnt", TypeRoot::BigInt)};
        s = ChartDefaults::apply(ChartSettings(), grouped);
        QCOMPARE(s.type, ChartType::Bar);
        QCOMPARE(s.xColumn, QStringLiteral("country"));
        QCOMPARE(s.yColumns, QStringList{QStringLiteral("cnt")});
        QVERIFY(s.seriesBy.isEmpty());

        // Nothing numeric: not configured.
        s = ChartDefaults::apply(ChartSettings(), {column("name", TypeRoot::Varchar)});
        QVERIFY(!s.configured);

        // Chosen settings whose columns exist are kept; stale ones are replaced.
        ChartSettings chosen;
        chosen.configured = true;
        chosen.type = ChartType::Scatter;
        chosen.xColumn = QStringLiteral("readings");
        chosen.yColumns = {QStringLiteral("avg_temp")};
        QCOMPARE(ChartDefaults::apply(chosen, windowed), chosen);
        QCOMPARE(ChartDefaults::apply(chosen, grouped).xColumn, QStringLiteral("country"));
        QCOMPARE(ChartDefaults::apply(chosen, grouped).type, ChartType::Bar);
    }

    void settingsRoundTrip()
    {
        ChartSettings s;
        s.type = ChartType::StackedBar;
        s.source = ChartSource::Changelog;
        s.xColumn = QStringLiteral("ts");
        s.yColumns = {QStringLiteral("a"), QStringLiteral("b")};
        s.seriesBy = QStringLiteral("key");
        s.maxSeries = 5;
        s.windowPoints = 500;
        s.windowSeconds = 30;
        s.configured = true;
        const QByteArray bytes = QJsonDocument(s.toJson()).toJson();
        QCOMPARE(ChartSettings::fromJson(QJsonDocument::fromJson(bytes).object()), s);
        QCOMPARE(ChartSettings::fromJson(QJsonObject()), ChartSettings());
        QCOMPARE(ChartSettings::typeFromName(QStringLiteral("nonsense")), ChartType::Line);
        for (ChartType t : {ChartType::Line, ChartType::Area, ChartType::Bar,
                            ChartType::StackedBar, ChartType::Scatter, ChartType::Pie})
            QCOMPARE(ChartSettings::typeFromName(ChartSettings::typeName(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestChartLogic)
#include "tst_chartlogic.moc"
