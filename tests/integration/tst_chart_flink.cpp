// A chart of a live windowed aggregate on the real SQL Gateway of the CTest fixture (once per
// Flink version): TUMBLE windows of two seconds over datagen, counted and summed per sensor,
// stream into a ResultStore bound to a shown ChartPanel. The defaults pick window_start on X,
// the sensor as series and the measures on Y; charted as a line per sensor, the series hold
// exactly the values of the materialized table once the query is cancelled.
#include "chartadapter.h"
#include "chartpanel.h"
#include "charts/chartcolumns.h"
#include "charts/chartpipeline.h"
#include "flinkfixture.h"
#include "results/resultstore.h"
#include "testpaths.h"
#include "tst_gatewayharness.h"

#include <QChart>
#include <QDir>
#include <QTest>

using namespace Weir;
using Weir::Test::CollectedRun;
using Weir::Test::GatewayHarness;

class TestChartFlink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString why = m_flink.open();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    void cleanup() { m_flink.fixture.printLogTailsIfFailed(); }
    void windowedAggregateAsALinePerSensor();

private:
    Test::FixtureSession m_flink;
};

void TestChartFlink::windowedAggregateAsALinePerSensor()
{
    const QString created = GatewayHarness::configure(
        m_flink.session.get(),
        QStringLiteral("CREATE TEMPORARY TABLE weir_chart_readings ("
                       " k INT, v INT,"
                       " sensor AS CONCAT('sensor-', CAST(k AS STRING)),"
                       " ts AS LOCALTIMESTAMP,"
                       " WATERMARK FOR ts AS ts"
                       ") WITH ('connector' = 'datagen', 'rows-per-second' = '40',"
                       " 'fields.k.min' = '1', 'fields.k.max' = '3',"
                       " 'fields.v.min' = '1', 'fields.v.max' = '100')"));
    QVERIFY2(created.isEmpty(), qPrintable(created));

    ChartPanel panel;
    panel.resize(1000, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ResultStore store;
    panel.bind(&store);

    CollectedRun out;
    StatementRun run(m_flink.session.get(),
                     QStringLiteral("SELECT window_start, sensor, COUNT(*) AS readings,"
                                    " SUM(v) AS total"
                                    " FROM TABLE(TUMBLE(TABLE weir_chart_readings,"
                                    " DESCRIPTOR(ts), INTERVAL '2' SECOND))"
                                    " GROUP BY window_start, window_end, sensor"),
                     {{QStringLiteral("parallelism.default"), QStringLiteral("1")}});
    Test::collect(&run, &out);
    Test::feed(&run, &store);
    run.start();
    // Three sensors over at least three closed windows, while the chart follows live.
    QTRY_VERIFY2_WITH_TIMEOUT(store.rowCount() >= 9 || out.done(), qPrintable(out.describe()),
                              180000);
    QVERIFY2(!out.done(), qPrintable(out.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.adapter()->frame().series.isEmpty(), 10000);

    // Defaults from the types: time on X, the text key as series, the numbers on Y.
    ChartSettings settings = panel.settings();
    QCOMPARE(settings.xColumn, QStringLiteral("window_start"));
    QCOMPARE(settings.seriesBy, QStringLiteral("sensor"));
    QCOMPARE(settings.yColumns, (QStringList{QStringLiteral("readings"), QStringLiteral("total")}));
    // A line per sensor of the sum.
    settings.yColumns = {QStringLiteral("total")};
    panel.setSettings(settings);

    run.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 60000);
    QVERIFY2(out.cancelled, qPrintable(out.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.pipeline()->isBusy(), 10000);

    // The series hold the materialized table: per sensor, (window_start, total) of each row.
    QMap<QString, QMap<double, double>> expected;
    for (int row = 0; row < store.rowCount(); ++row) {
        const double x =
            ChartColumns::toNumber(store.text(row, 0), store.columns().at(0).type().root());
        expected[store.text(row, 1).toString()].insert(x, store.text(row, 3).toDouble());
    }
    const ChartFrame &frame = panel.adapter()->frame();
    QCOMPARE(frame.xKind, ChartAxisKind::Time);
    QCOMPARE(frame.series.size(), expected.size());
    QCOMPARE(frame.bufferedPoints, qint64(store.rowCount()));
    for (const ChartSeriesData &series : frame.series) {
        QVERIFY2(expected.contains(series.name), qPrintable(series.name));
        QMap<double, double> actual;
        for (const QPointF &p : series.points)
            actual.insert(p.x(), p.y());
        QCOMPARE(actual, expected.value(series.name));
    }
    QCOMPARE(panel.adapter()->chart()->series().size(), expected.size());
    QVERIFY(panel.grab().save(QDir(Test::outputDir())
                                  .filePath(QStringLiteral("chart-flink-%1.png")
                                                .arg(m_flink.fixture.version()))));
}

QTEST_MAIN(TestChartFlink)
#include "tst_chart_flink.moc"
