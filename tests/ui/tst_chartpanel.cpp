// The chart panel driven offscreen on a sensor aggregate (TUMBLE windows per sensor, counts and
// DECIMAL averages): default columns on the first page, every chart type in the light and the
// dark theme saved as chart-<type>-<theme>.png, hover text with the exact value, wheel zoom and
// reset, PNG / SVG export and copy, settings edited in the toolbar reported as JSON, and the
// "Chart" tab of ResultsPanel bound to the same store.
#include "chartadapter.h"
#include "chartpanel.h"
#include "charts/chartpipeline.h"
#include "charttoolbar.h"
#include "chartview.h"
#include "results/resultstore.h"
#include "resultspanel.h"
#include "testpaths.h"
#include "theme.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>
#include <cmath>

using namespace Weir;

namespace {

const quint64 kGeneration = 11;
const char *const kSensors[] = {"boiler-1", "boiler-2", "chiller", "roof"};

QList<ColumnInfo> sensorColumns()
{
    const ColumnType decimal = ColumnType::fromJson(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("DECIMAL")},
                    {QStringLiteral("precision"), 10},
                    {QStringLiteral("scale"), 2}});
    return {ColumnInfo(QStringLiteral("window_start"), ColumnType(TypeRoot::Timestamp)),
            ColumnInfo(QStringLiteral("sensor"), ColumnType(TypeRoot::Varchar)),
            ColumnInfo(QStringLiteral("readings"), ColumnType(TypeRoot::BigInt)),
            ColumnInfo(QStringLiteral("avg_temp"), decimal)};
}

// 40 five-second windows of four sensors, one page per window.
void feedSensors(ResultStore &store)
{
    for (int w = 0; w < 40; ++w) {
        RowBatch::Builder b(4, kGeneration, w);
        for (int s = 0; s < 4; ++s) {
            b.beginRow(RowKind::Insert);
            const int seconds = 5 * w;
            b.addText(QStringLiteral("2026-11-25 18:%1:%2.000")
                          .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                          .arg(seconds % 60, 2, 10, QLatin1Char('0')));
            b.addText(QString::fromLatin1(kSensors[s]));
            b.addText(QString::number(40 + (w * 7 + s * 13) % 25 + s * 10));
            const double temp = 20 + s * 6 + 4 * std::sin(w / 5.0 + s);
            b.addText(QString::number(temp, 'f', 2));
        }
        QVERIFY(store.apply(b.build()));
    }
}

QString shot(const QString &name)
{
    return QDir(Test::outputDir()).filePath(name);
}

void settle(ChartPanel &panel)
{
    QTRY_VERIFY_WITH_TIMEOUT(!panel.pipeline()->isBusy(), 10000);
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { Theme::apply(false); }

    void defaultsOnTheFirstPage()
    {
        ChartPanel panel;
        panel.resize(900, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ResultStore store;
        panel.bind(&store);
        store.begin(kGeneration, sensorColumns());
        feedSensors(store);
        settle(panel);
        const ChartSettings s = panel.settings();
        QCOMPARE(s.xColumn, QStringLiteral("window_start"));
        QCOMPARE(s.seriesBy, QStringLiteral("sensor"));
        QCOMPARE(s.yColumns, (QStringList{QStringLiteral("readings"), QStringLiteral("avg_temp")}));
        QCOMPARE(panel.toolbar()->xBox()->currentText(), QStringLiteral("window_start"));
        // 4 sensors x 2 measures, each with all 40 windows.
        const ChartFrame &frame = panel.adapter()->frame();
        QCOMPARE(frame.series.size(), 8);
        QCOMPARE(frame.series.first().name, QStringLiteral("boiler-1 · readings"));
        QCOMPARE(frame.series.first().points.size(), 40);
        QCOMPARE(panel.adapter()->chart()->series().size(), 8);
    }

    void everyTypeInBothThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("type");
        for (const char *theme : {"light", "dark"}) {
            for (ChartType type : {ChartType::Line, ChartType::Area, ChartType::Bar,
                                   ChartType::StackedBar, ChartType::Scatter, ChartType::Pie}) {
                const QString name = ChartSettings::typeName(type);
                QTest::newRow(qPrintable(name + QLatin1Char('-') + QLatin1String(theme)))
                    << QString::fromLatin1(theme) << int(type);
            }
        }
    }

    void everyTypeInBothThemes()
    {
        QFETCH(QString, theme);
        QFETCH(int, type);
        Theme::apply(theme == QLatin1String("dark"));
        ChartPanel panel;
        panel.resize(900, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.adapter()->isDark(), theme == QLatin1String("dark"));
        ResultStore store;
        store.begin(kGeneration, sensorColumns());
        feedSensors(store);

        ChartSettings s;
        s.configured = true;
        s.type = ChartType(type);
        s.xColumn = QStringLiteral("window_start");
        s.seriesBy = QStringLiteral("sensor");
        s.yColumns = {QStringLiteral("avg_temp")};
        if (s.type == ChartType::Bar || s.type == ChartType::StackedBar) {
            s.yColumns = {QStringLiteral("readings")};
            s.windowPoints = 8; // the last 8 windows
        } else if (s.type == ChartType::Pie) {
            s.yColumns = {QStringLiteral("readings")}; // the latest window per sensor
        }
        panel.setSettings(s);
        panel.bind(&store);
        settle(panel);
        const ChartFrame &frame = panel.adapter()->frame();
        QCOMPARE(frame.settings.type, s.type);
        if (s.type == ChartType::Pie) {
            QCOMPARE(frame.categories.size(), 4);
        } else {
            QCOMPARE(frame.series.size(), 4);
            QCOMPARE(frame.series.at(2).name, QStringLiteral("chiller"));
            QCOMPARE(frame.series.at(0).points.size(), s.windowPoints ? 8 : 40);
        }
        QTest::qWait(50);
        const QString file = QStringLiteral("chart-%1-%2.png")
                                 .arg(ChartSettings::typeName(s.type), theme);
        QVERIFY(panel.grab().save(shot(file)));
    }

    void hoverZoomExportCopy()
    {
        Theme::apply(false);
        ChartPanel panel;
        panel.resize(900, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ResultStore store;
        store.begin(kGeneration, sensorColumns());
        feedSensors(store);
        ChartSettings s;
        s.configured = true;
        s.xColumn = QStringLiteral("window_start");
        s.seriesBy = QStringLiteral("sensor");
        s.yColumns = {QStringLiteral("avg_temp")};
        panel.setSettings(s);
        panel.bind(&store);
        settle(panel);

        // The exact value of the nearest point: the DECIMAL's digits.
        const QPointF first = panel.adapter()->frame().series.at(1).points.at(3);
        const QString tip = panel.adapter()->describePoint(1, first + QPointF(400, 0.3));
        QCOMPARE(tip, QStringLiteral("boiler-2\nwindow_start: 2026-11-25 18:00:15\n%1")
                          .arg(store.text(3 * 4 + 1, 3)));

        // Wheel zoom around the plot's centre narrows X; the decimation follows the zoom.
        const QRectF plot = panel.adapter()->chart()->plotArea();
        const QPoint centre = panel.view()->mapFromScene(
            panel.adapter()->chart()->mapToScene(plot.center()));
        double x0 = 0, x1 = 0;
        QVERIFY(panel.adapter()->visibleXRange(&x0, &x1));
        const double span = x1 - x0;
        QWheelEvent wheel(centre, panel.view()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(panel.view()->viewport(), &wheel);
        QVERIFY(panel.adapter()->isZoomed());
        QVERIFY(panel.adapter()->visibleXRange(&x0, &x1));
        QVERIFY2(x1 - x0 < span * 0.9, qPrintable(QString::number((x1 - x0) / span)));
        QVERIFY(panel.pipeline()->viewport().zoomed);
        settle(panel);
        // New rows while zoomed keep the user's range.
        RowBatch::Builder b(4, kGeneration, 99);
        b.beginRow(RowKind::Insert);
        b.addText(QStringLiteral("2026-11-25 18:10:00.000"));
        b.addText(QStringLiteral("roof"));
        b.addText(QStringLiteral("1"));
        b.addText(QStringLiteral("99.99"));
        QVERIFY(store.apply(b.build()));
        settle(panel);
        double z0 = 0, z1 = 0;
        QVERIFY(panel.adapter()->visibleXRange(&z0, &z1));
        QCOMPARE(z1, x1);
        QVERIFY(panel.adapter()->frame().xMax > x1);
        QVERIFY(panel.grab().save(shot(QStringLiteral("chart-zoomed-light.png"))));
        panel.resetZoom();
        settle(panel);
        QVERIFY(!panel.adapter()->isZoomed());
        QVERIFY(panel.adapter()->visibleXRange(&z0, &z1));
        // Back to following the data, snapped to round times.
        QVERIFY(z1 >= panel.adapter()->frame().xMax);
        QVERIFY(z1 - panel.adapter()->frame().xMax < 60000);

        // Exports and copy.
        const QString png = shot(QStringLiteral("chart-export.png"));
        const QString svg = shot(QStringLiteral("chart-export.svg"));
        QFile::remove(png);
        QFile::remove(svg);
        QVERIFY(panel.exportPng(png).ok());
        QVERIFY(panel.exportSvg(svg).ok());
        QVERIFY(QImage(png).width() >= 900);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("chiller"));
        QVERIFY(!panel.exportPng(QStringLiteral("/nonexistent/dir/x.png")).ok());
        QApplication::clipboard()->clear();
        panel.copyToClipboard();
        QVERIFY(!QApplication::clipboard()->image().isNull());
    }

    void toolbarEditsAndResultsPanelTab()
    {
        ResultsPanel results;
        results.resize(1000, 450);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        ResultStore store;
        store.begin(kGeneration, sensorColumns());
        results.bind(&store);
        ChartPanel *chart = results.chartPanel();
        QVERIFY(chart);
        auto *tabs = results.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Chart"));
        // Hidden: the chart does not read the store.
        QCOMPARE(chart->pipeline()->store(), nullptr);
        tabs->setCurrentWidget(chart);
        QCOMPARE(chart->pipeline()->store(), &store);
        feedSensors(store);
        settle(*chart);

        QSignalSpy changed(&results, &ResultsPanel::chartSettingsChanged);
        QComboBox *type = chart->toolbar()->typeBox();
        type->setCurrentIndex(type->findData(int(ChartType::Scatter)));
        QCOMPARE(changed.size(), 1);
        const QJsonObject json = changed.first().first().toJsonObject();
        QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("scatter"));
        QCOMPARE(json.value(QLatin1String("x")).toString(), QStringLiteral("window_start"));
        settle(*chart);
        QCOMPARE(chart->adapter()->frame().settings.type, ChartType::Scatter);
        QVERIFY(results.grab().save(shot(QStringLiteral("chart-in-results-panel.png"))));

        // Remembered settings come back through the setter; no change signal for them.
        ChartSettings remembered = ChartSettings::fromJson(json);
        remembered.type = ChartType::Area;
        remembered.yColumns = {QStringLiteral("readings")};
        results.setChartSettings(remembered.toJson());
        QCOMPARE(chart->settings(), remembered);
        QCOMPARE(changed.size(), 1);
        // A new result with other columns falls back to defaults.
        store.begin(kGeneration + 1, {ColumnInfo(QStringLiteral("country"),
                                                 ColumnType(TypeRoot::Varchar)),
                                      ColumnInfo(QStringLiteral("cnt"),
                                                 ColumnType(TypeRoot::BigInt))});
        QCOMPARE(chart->settings().xColumn, QStringLiteral("country"));
        QCOMPARE(chart->settings().type, ChartType::Bar);
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
