// The fetch backoff schedule of StatementRun and the REST API version choice of GatewayClient.

#include "flink/fetchbackoff.h"
#include "flink/gatewayclient.h"

#include <QTest>

using Weir::FetchBackoff;
using Weir::GatewayClient;

namespace {

QStringList versions(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','));
}

} // namespace

class TestFetchBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesFrom10To500();
    void resetsAfterRows();
    void boundsAreSane();
    void chooseVersion_data();
    void chooseVersion();
};

void TestFetchBackoff::doublesFrom10To500()
{
    FetchBackoff backoff;
    QList<int> delays;
    for (int i = 0; i < 9; ++i)
        delays.append(backoff.nextDelay());
    QCOMPARE(delays, (QList<int>{10, 20, 40, 80, 160, 320, 500, 500, 500}));
    QCOMPARE(backoff.idlePages(), 9);
    // An idle stream settles at two requests a second: no busy loop.
    int total = 0;
    for (int i = 0; i < 100; ++i)
        total += backoff.nextDelay();
    QCOMPARE(total, 100 * 500);
}

void TestFetchBackoff::resetsAfterRows()
{
    FetchBackoff backoff;
    backoff.nextDelay();
    backoff.nextDelay();
    backoff.nextDelay();
    backoff.reset();
    QCOMPARE(backoff.idlePages(), 0);
    QCOMPARE(backoff.nextDelay(), 10);
    QCOMPARE(backoff.nextDelay(), 20);
}

void TestFetchBackoff::boundsAreSane()
{
    FetchBackoff zero(0, 0);
    QCOMPARE(zero.nextDelay(), 1); // never a 0 ms spin
    QCOMPARE(zero.nextDelay(), 1);
    FetchBackoff inverted(100, 10);
    QCOMPARE(inverted.nextDelay(), 100);
    QCOMPARE(inverted.nextDelay(), 100);
}

void TestFetchBackoff::chooseVersion_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<int>("chosen"); // 0: refused
    QTest::newRow("Flink 1.20.3") << versions("V1,V2,V3") << 3;
    QTest::newRow("Flink 2.3.0") << versions("V1,V2,V3,V4") << 4;
    QTest::newRow("Flink 1.17") << versions("V1,V2") << 2;
    QTest::newRow("a future V5") << versions("V1,V2,V3,V4,V5") << 4;
    QTest::newRow("unordered") << versions("V3,V1,V2") << 3;
    QTest::newRow("Flink 1.16, V1 only") << versions("V1") << 0;
    QTest::newRow("nothing") << QStringList() << 0;
    QTest::newRow("garbage") << versions("v3,3,Vx") << 0;
}

void TestFetchBackoff::chooseVersion()
{
    QFETCH(QStringList, offered);
    QFETCH(int, chosen);
    const auto result = GatewayClient::chooseVersion(offered);
    QCOMPARE(result.ok(), chosen != 0);
    if (chosen != 0) {
        QCOMPARE(result.value(), chosen);
    } else {
        QVERIFY2(result.error().contains(QLatin1String("V2 (Flink 1.17) or later")),
                 qPrintable(result.error()));
    }
}

QTEST_GUILESS_MAIN(TestFetchBackoff)
#include "tst_fetchbackoff.moc"
