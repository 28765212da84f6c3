#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Weir {

// How a Flink job or task state looks in the Jobs panel and the job graph: a colour that
// carries the meaning (green runs, red failed, amber changing, grey ended) and the state in
// words, so colour is never the only cue. Stateless; GUI thread.
class JobStateColor
{
    Q_DECLARE_TR_FUNCTIONS(JobStateColor)

public:
    static QColor color(const QString &state);
    // "Running", "Failed", ... (translated).
    static QString text(const QString &state);
    // Back pressure share (0..1; negative: unknown) as a fill colour: pale green to red.
    static QColor backPressure(double ratio);
    static QString backPressureText(double ratio);
};

} // namespace Weir
