#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace quietlegs {

/// The colours of the Trends and Insights charts. Series colours are mid-tone hues chosen to
/// be readable on both a light and a dark background and to differ for common colour vision
/// deficiencies (Okabe-Ito palette); everything else comes from the widget's palette.
class ChartStyle
{
public:
    static QColor symptomColor();    // vermillion
    static QColor efficiencyColor(); // sky blue
    static QColor magnesiumColor();  // bluish green, translucent: bars sit behind the lines
    static QColor ironColor();       // orange, translucent
    static QColor fitLineColor();    // reddish purple

    /// Background, title, legend, axis labels, lines and grid from the palette, so the chart
    /// follows a light or dark desktop theme. Call again on QEvent::PaletteChange.
    static void apply(QChart* chart, const QPalette& palette);
};

} // namespace quietlegs
