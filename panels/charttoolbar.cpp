#include "charttoolbar.h"

#include "charts/chartcolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace Weir {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setContentsMargins(6, 0, 0, 0);
    return label;
}

} // namespace

ChartToolbar::ChartToolbar(QWidget *parent) : QWidget(parent)
{
    m_type = new QComboBox(this);
    const QList<QPair<ChartType, QString>> types = {
        {ChartType::Line, tr("Line")},       {ChartType::Area, tr("Area")},
        {ChartType::Bar, tr("Bars")},        {ChartType::StackedBar, tr("Stacked bars")},
        {ChartType::Scatter, tr("Scatter")}, {ChartType::Pie, tr("Pie")},
    };
    for (const auto &type : types)
        m_type->addItem(type.second, int(type.first));
    m_type->setToolTip(tr("Chart type"));

    m_x = new QComboBox(this);
    m_x->setToolTip(tr("The column on the X axis (time, number or category)"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_y = new QPushButton(this);
    m_y->setFlat(true);
    m_y->setToolTip(tr("The numeric columns drawn on the Y axis"));
    m_yMenu = new QMenu(m_y);
    m_y->setMenu(m_yMenu);
    m_seriesBy = new QComboBox(this);
    m_seriesBy->setToolTip(tr("One series per distinct value of this column (the first %n; the "
                              "rest as \"Others\")",
                              nullptr, ChartSettings::DefaultMaxSeries));
    for (QComboBox *box : {m_x, m_seriesBy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_source = new QComboBox(this);
    m_source->addItem(tr("Table"), int(ChartSource::Table));
    m_source->addItem(tr("Changelog"), int(ChartSource::Changelog));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setToolTip(tr("Chart the current table, or the changelog's values as they arrived"));

    m_points = new QSpinBox(this);
    m_points->setRange(0, 1000000);
    m_points->setSingleStep(100);
    m_points->setSpecialValueText(tr("all points"));
    m_points->setSuffix(tr(" points"));
    m_points->setToolTip(tr("Keep only the last N points of each series"));
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(0, 86400);
    m_seconds->setSpecialValueText(tr("all time"));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("Keep only the last T seconds of a time axis"));

    for (QSpinBox *box : {m_points, m_seconds})
        box->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 points")) + 30);

    m_pause = new QToolButton(this);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    m_pause->setToolTip(tr("Freeze the chart while rows go on streaming"));
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset"));
    reset->setAutoRaise(true);
    reset->setToolTip(tr("Zoom with the mouse wheel or by dragging a rectangle"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setAutoRaise(true);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    connect(exportMenu->addAction(tr("Export as PNG…")), &QAction::triggered, this,
            &ChartToolbar::exportPngRequested);
    connect(exportMenu->addAction(tr("Export as SVG…")), &QAction::triggered, this,
            &ChartToolbar::exportSvgRequested);
    connect(exportMenu->addAction(tr("Copy to Clipboard")), &QAction::triggered, this,
            &ChartToolbar::copyRequested);
    exportButton->setMenu(exportMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_type);
    layout->addWidget(caption(tr("X"), this));
    layout->addWidget(m_x);
    layout->addWidget(caption(tr("Y"), this));
    layout->addWidget(m_y);
    layout->addWidget(caption(tr("by"), this));
    layout->addWidget(m_seriesBy);
    layout->addWidget(m_source);
    layout->addWidget(m_points);
    layout->addWidget(m_seconds);
    layout->addStretch(1);
    layout->addWidget(m_pause);
    layout->addWidget(reset);
    layout->addWidget(exportButton);

    for (QComboBox *box : {m_type, m_x, m_seriesBy, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartToolbar::edited);
    for (QSpinBox *box : {m_points, m_seconds})
        connect(box, &QSpinBox::valueChanged, this, &ChartToolbar::edited);
    connect(m_pause, &QToolButton::toggled, this, &ChartToolbar::pauseToggled);
    connect(reset, &QToolButton::clicked, this, &ChartToolbar::resetZoomRequested);
    refill();
}

void ChartToolbar::setColumns(const QList<ColumnInfo> &columns)
{
    m_columns = columns;
    refill();
}

void ChartToolbar::setSettings(const ChartSettings &settings)
{
    m_settings = settings;
    refill();
}

void ChartToolbar::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void ChartToolbar::refill()
{
    m_filling = true;
    const ChartSettings &s = m_settings;
    m_type->setCurrentIndex(m_type->findData(int(s.type)));
    m_source->setCurrentIndex(m_source->findData(int(s.source)));
    m_x->clear();
    m_x->addItem(s.source == ChartSource::Changelog ? tr("(arrival time)") : tr("(row order)"),
                 QString());
    m_seriesBy->clear();
    m_seriesBy->addItem(tr("(none)"), QString());
    m_yMenu->clear();
    for (const ColumnInfo &column : std::as_const(m_columns)) {
        const ChartAxisKind kind = ChartColumns::kindOf(column.type());
        m_x->addItem(column.name(), column.name());
        if (kind != ChartAxisKind::Time)
            m_seriesBy->addItem(column.name(), column.name());
        if (kind != ChartAxisKind::Number)
            continue;
        QAction *action = m_yMenu->addAction(column.name());
        action->setData(column.name()); // the text may gain '&' mnemonics
        action->setCheckable(true);
        action->setChecked(s.yColumns.contains(column.name()));
        connect(action, &QAction::toggled, this, &ChartToolbar::edited);
    }
    m_x->setCurrentIndex(qMax(0, m_x->findData(s.xColumn)));
    m_seriesBy->setCurrentIndex(qMax(0, m_seriesBy->findData(s.seriesBy)));
    m_points->setValue(s.windowPoints);
    m_seconds->setValue(s.windowSeconds);
    updateYText();
    m_filling = false;
}

void ChartToolbar::updateYText()
{
    const QString text = m_settings.yColumns.join(QStringLiteral(", "));
    m_y->setText(text.isEmpty() ? tr("(choose)") : QFontMetrics(font()).elidedText(
                                                        text, Qt::ElideRight, 220));
}

void ChartToolbar::edited()
{
    if (m_filling)
        return;
    ChartSettings s = m_settings;
    const ChartSource oldSource = s.source;
    s.type = ChartType(m_type->currentData().toInt());
    s.source = ChartSource(m_source->currentData().toInt());
    s.xColumn = m_x->currentData().toString();
    s.seriesBy = m_seriesBy->currentData().toString();
    s.yColumns.clear();
    for (QAction *action : m_yMenu->actions()) {
        if (action->isChecked())
            s.yColumns.append(action->data().toString());
    }
    s.windowPoints = m_points->value();
    s.windowSeconds = m_seconds->value();
    s.configured = true;
    m_settings = s;
    if (s.source != oldSource)
        refill(); // the X axis' first choice names the source's order
    else
        updateYText();
    emit settingsEdited(s);
}

} // namespace Weir
