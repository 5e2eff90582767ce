#pragma once

#include "quietlegs/analysis/WeeklySummary.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <vector>

class QPainter;

namespace quietlegs {

/// Draws one weekly trend chart as vectors: an outcome's weekly mean as a line on the left
/// axis (fixed full scale, never a truncated axis) and daily exposures' weekly means as bars on
/// a right axis. Meaning never rests on colour alone: the line has markers, bars are grey or
/// hatched, and the legend names every series, so the chart reads in greyscale print.
/// The report paints it into a PDF; the Trends view may paint the same chart on screen.
class WeeklyTrendChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyTrendChartPainter)

public:
    explicit WeeklyTrendChartPainter(std::vector<WeeklySummary> weeks);

    /// The line (default: the IRLS-style total).
    void setOutcome(Outcome outcome) { m_outcome = outcome; }
    /// The bars, in order (default: magnesium and iron); empty for no bars and no right axis.
    void setBarExposures(std::vector<Exposure> exposures) { m_barExposures = std::move(exposures); }
    /// The text font, sized in the painter's units (QFont::setPixelSize).
    void setFont(const QFont& font) { m_font = font; }
    /// How many painter units make one typographic point: line widths, markers and gaps scale
    /// with it (10 in the report, 1 on a screen at 72 dpi).
    void setUnitsPerPoint(double units) { m_unitsPerPoint = units; }

    /// Paints the chart (legend, axes, bars, line) inside `rect`.
    void paint(QPainter& painter, const QRectF& rect) const;

    /// The left axis range of an outcome: IRLS 0..40, severity 0..10, SE 0..100.
    static std::pair<double, double> outcomeScale(Outcome outcome);

private:
    std::vector<WeeklySummary> m_weeks;
    Outcome m_outcome = Outcome::IrlsTotal;
    std::vector<Exposure> m_barExposures{Exposure::MagnesiumMg, Exposure::IronMg};
    QFont m_font;
    double m_unitsPerPoint = 1;
};

} // namespace quietlegs
