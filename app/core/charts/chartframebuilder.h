#pragma once

#include "charts/chartbuffers.h"
#include "charts/chartframe.h"

#include <QCoreApplication>

namespace Weir {

// Turns a chart's buffers into the frame one tick draws: series named and ordered (series-by
// values in first-seen order, "others" last), XY series decimated to the viewport's pixels,
// bars per category (the most recent categories of a time or number axis), pie slices. Runs on
// the chart's worker; stateless.
class ChartFrameBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartFrameBuilder)

public:
    static constexpr int MaxBarCategories = 30;
    static constexpr int MaxPieSlices = 10;
    // Buckets of a series however many series share the plot's width.
    static constexpr int MinBuckets = 100;

    static ChartFrame build(const ChartBuffers &buffers, const ChartViewport &viewport,
                            quint64 generation);
    // How a category of a time / number X axis is labelled.
    static QString xLabel(double x, ChartAxisKind kind, bool timeOfDay, bool withDate);
};

} // namespace Weir
