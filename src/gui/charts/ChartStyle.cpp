#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace quietlegs {

// Okabe M, Ito K. Color Universal Design (CUD), 2008: colours distinguishable with the common
// forms of colour blindness.
QColor ChartStyle::symptomColor()
{
    return QColor(0xD5, 0x5E, 0x00);
}
QColor ChartStyle::efficiencyColor()
{
    return QColor(0x56, 0xB4, 0xE9);
}
QColor ChartStyle::magnesiumColor()
{
    return QColor(0x00, 0x9E, 0x73, 150);
}
QColor ChartStyle::ironColor()
{
    return QColor(0xE6, 0x9F, 0x00, 150);
}
QColor ChartStyle::fitLineColor()
{
    return QColor(0xCC, 0x79, 0xA7);
}

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    QColor grid = palette.color(QPalette::Active, QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.brush(QPalette::Active, QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Active, QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    // Qt Charts 6.4 draws no value-axis labels at all with localised numbers (seen in
    // every chart here: "%d" and "%g" formats alike), so axis numbers keep the C locale's
    // '.'. The ticks are whole numbers on every axis but the rare small range.
    chart->setLocalizeNumbers(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Active, QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace quietlegs
