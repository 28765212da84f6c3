// The chart's data path on a real ResultStore: a GROUP BY that updates in place charted from
// the materialized table (series-by with an "others" bucket, values equal to the table's), the
// changelog over arrival time with a sliding window of N points, bars and pies of categories,
// and frames of replaced settings dropped by their generation.
#include "charts/chartbuffers.h"
#include "charts/chartframebuilder.h"
#include "charts/chartpipeline.h"
#include "results/resultstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Weir;

namespace {

const quint64 kGeneration = 3;

QList<ColumnInfo> columns()
{
    return {ColumnInfo(QStringLiteral("minute"), ColumnType(TypeRoot::Timestamp)),
            ColumnInfo(QStringLiteral("sensor"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("total"), ColumnType(TypeRoot::Decimal))};
}

QString minute(int m)
{
    return QStringLiteral("2026-11-25 10:%1:00.000").arg(m, 2, 10, QLatin1Char('0'));
}

void addRow(RowBatch::Builder &b, RowKind kind, int m, const QString &sensor, const QString &v)
{
    b.beginRow(kind);
    b.addText(minute(m));
    b.addText(sensor);
    b.addText(v);
}

// Sensors s0..s4 over minutes 0..9, each value then updated in place (-U/+U) to its final one.
void feedAggregate(ResultStore &store)
{
    qint64 page = 0;
    for (int m = 0; m < 10; ++m) {
        RowBatch::Builder b(3, kGeneration, page++);
        for (int s = 0; s < 5; ++s)
            addRow(b, RowKind::Insert, m, QStringLiteral("s%1").arg(s), QStringLiteral("1.5"));
        for (int s = 0; s < 5; ++s) {
            addRow(b, RowKind::UpdateBefore, m, QStringLiteral("s%1").arg(s),
                   QStringLiteral("1.5"));
            addRow(b, RowKind::UpdateAfter, m, QStringLiteral("s%1").arg(s),
                   QStringLiteral("%1.25").arg(m * 10 + s));
        }
        QVERIFY(store.apply(b.build()));
    }
}

std::shared_ptr<const ChartFrame> settle(ChartPipeline &pipeline)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!pipeline.isBusy(), 10000); }();
    return pipeline.frame();
}

} // namespace

class TestChartPipeline : public QObject
{
    Q_OBJECT

private slots:
    void tableSeriesHoldTheMaterializedValues()
    {
        ResultStore store;
        store.begin(kGeneration, columns());
        ChartPipeline pipeline;
        ChartSettings settings;
        settings.xColumn = QStringLiteral("minute");
        settings.yColumns = {QStringLiteral("total")};
        settings.seriesBy = QStringLiteral("sensor");
        settings.maxSeries = 3;
        settings.configured = true;
        pipeline.setSettings(settings);
        pipeline.setStore(&store);
        feedAggregate(store);
        const auto frame = settle(pipeline);
        QCOMPARE(store.rowCount(), 50);
        QCOMPARE(frame->xKind, ChartAxisKind::Time);
        QCOMPARE(frame->series.size(), 4);
        QCOMPARE(frame->series.at(0).name, QStringLiteral("s0"));
        QCOMPARE(frame->series.at(2).name, QStringLiteral("s2"));
        QVERIFY(frame->series.at(3).others);
        QVERIFY(frame->series.at(3).name.contains(QLatin1Char('2'))); // "Others (2 values)"
        for (int s = 0; s < 3; ++s) {
            const QList<QPointF> &points = frame->series.at(s).points;
            QCOMPARE(points.size(), 10);
            for (int m = 0; m < 10; ++m) {
                QCOMPARE(points.at(m).x(),
                         ChartColumns::toNumber(minute(m), TypeRoot::Timestamp));
                QCOMPARE(points.at(m).y(), m * 10 + s + 0.25);
            }
        }
        // Others: s3 + s4 at each minute.
        for (int m = 0; m < 10; ++m)
            QCOMPARE(frame->series.at(3).points.at(m).y(), (m * 10 + 3.25) + (m * 10 + 4.25));
        QCOMPARE(frame->bufferedPoints, 50);
        QCOMPARE(frame->yMin, 0.25);
        QCOMPARE(frame->yMax, 97 + 2 * 0.25 + 90);

        // A sliding window of 4 points per series.
        settings.windowPoints = 4;
        pipeline.setSettings(settings);
        const auto windowed = settle(pipeline);
        QCOMPARE(windowed->series.at(0).points.size(), 4);
        QCOMPARE(windowed->series.at(0).points.first().y(), 60.25);

        // Paused: new rows wait; resumed: they arrive.
        pipeline.setPaused(true);
        RowBatch::Builder b(3, kGeneration, 100);
        addRow(b, RowKind::Insert, 30, QStringLiteral("s0"), QStringLiteral("-5"));
        QVERIFY(store.apply(b.build()));
        QTest::qWait(2 * ChartPipeline::TickMs);
        QCOMPARE(settle(pipeline)->series.at(0).points.last().y(), 90.25);
        pipeline.setPaused(false);
        QCOMPARE(settle(pipeline)->series.at(0).points.last().y(), -5.0);

        // A new result: frames start over.
        QSignalSpy started(&pipeline, &ChartPipeline::resultStarted);
        store.begin(kGeneration + 1, columns());
        QCOMPARE(started.size(), 1);
        QVERIFY(settle(pipeline)->series.isEmpty());
    }

    void changelogOverArrivalTime()
    {
        ResultStore store;
        store.setMaxChanges(100000);
        store.begin(kGeneration, columns());
        ChartPipeline pipeline;
        ChartSettings settings;
        settings.source = ChartSource::Changelog;
        settings.yColumns = {QStringLiteral("total")};
        settings.windowPoints = 30;
        settings.configured = true;
        pipeline.setSettings(settings);
        pipeline.setStore(&store);
        feedAggregate(store);
        auto frame = settle(pipeline);
        QCOMPARE(frame->xKind, ChartAxisKind::Time);
        QCOMPARE(frame->series.size(), 1);
        // +I and +U only (100 of 150 changes), the last 30 kept; the last value is the last +U.
        QCOMPARE(frame->series.first().points.size(), 30);
        QCOMPARE(frame->series.first().points.last().y(), 94.25);
        QVERIFY(frame->xMin >= double(store.changeTime(store.firstChange())));

        // More changes append to the buffers (they are not re-read).
        RowBatch::Builder b(3, kGeneration, 50);
        addRow(b, RowKind::Insert, 11, QStringLiteral("s9"), QStringLiteral("1000"));
        QVERIFY(store.apply(b.build()));
        frame = settle(pipeline);
        QCOMPARE(frame->series.first().points.size(), 30);
        QCOMPARE(frame->series.first().points.last().y(), 1000.0);
    }

    void barsAndPiesOfCategories()
    {
        ResultStore store;
        store.begin(kGeneration, columns());
        feedAggregate(store);
        ChartSettings settings;
        settings.type = ChartType::Bar;
        settings.xColumn = QStringLiteral("sensor");
        settings.yColumns = {QStringLiteral("total")};
        ChartBuffers buffers(settings, ChartPlan::make(settings, store.columns()));
        ChartInput input;
        input.replace = true;
        input.snapshot = store.tableSnapshot({}, buffers.plan().storeColumns);
        buffers.ingest(input);
        ChartFrame bars = ChartFrameBuilder::build(buffers, ChartViewport(), 1);
        QCOMPARE(bars.xKind, ChartAxisKind::Category);
        QCOMPARE(bars.categories, (QStringList{QStringLiteral("s0"), QStringLiteral("s1"),
                                               QStringLiteral("s2"), QStringLiteral("s3"),
                                               QStringLiteral("s4")}));
        // The latest value per category (the table keeps rows in arrival order).
        QCOMPARE(bars.series.first().points.at(4), QPointF(4, 94.25));
        QCOMPARE(bars.yMin, 90.25);

        settings.type = ChartType::Pie;
        ChartBuffers pieBuffers(settings, ChartPlan::make(settings, store.columns()));
        pieBuffers.ingest(input);
        const ChartFrame pie = ChartFrameBuilder::build(pieBuffers, ChartViewport(), 1);
        QCOMPARE(pie.categories.first(), QStringLiteral("s4")); // largest first
        QCOMPARE(pie.series.first().points.size(), 5);

        // Time X for bars: the latest categories, labelled by time.
        settings.type = ChartType::StackedBar;
        settings.xColumn = QStringLiteral("minute");
        settings.seriesBy = QStringLiteral("sensor");
        ChartBuffers stacked(settings, ChartPlan::make(settings, store.columns()));
        input.snapshot = store.tableSnapshot({}, stacked.plan().storeColumns);
        stacked.ingest(input);
        const ChartFrame frame = ChartFrameBuilder::build(stacked, ChartViewport(), 1);
        QCOMPARE(frame.categories.size(), 10);
        QCOMPARE(frame.categories.first(), QStringLiteral("10:00:00"));
        QCOMPARE(frame.series.size(), 5);
        QCOMPARE(frame.yMax, 90.25 + 91.25 + 92.25 + 93.25 + 94.25);
    }

    void staleFramesAreDropped()
    {
        ResultStore store;
        store.begin(kGeneration, columns());
        feedAggregate(store);
        ChartPipeline pipeline;
        ChartSettings settings;
        settings.xColumn = QStringLiteral("minute");
        settings.yColumns = {QStringLiteral("total")};
        settings.configured = true;
        pipeline.setStore(&store);
        pipeline.setSettings(settings);
        // Replaced before its job could report: only the last settings' frame arrives.
        settings.type = ChartType::Scatter;
        pipeline.setSettings(settings);
        const auto frame = settle(pipeline);
        QCOMPARE(frame->generation, pipeline.generation());
        QCOMPARE(frame->settings.type, ChartType::Scatter);
        QCOMPARE(frame->series.first().points.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestChartPipeline)
#include "tst_chartpipeline.moc"
