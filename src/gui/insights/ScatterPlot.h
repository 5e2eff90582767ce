#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/EffectLine.h"

#include <QChartView>
#include <optional>
#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace quietlegs {

class ScatterDots;

/// The pairs behind one row of the table, one dot per night, with the fitted effect's line and
/// the band of its 95 % interval. Hovering a dot names its dates and values.
class ScatterPlot : public QChartView
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void showPairs(const std::vector<LaggedPair>& pairs, std::optional<EffectLine> line,
                   const RelationKey& relation);
    void clear();

    ScatterDots* dots() const { return m_dots; }
    QLineSeries* fitLine() const { return m_fitLine; }
    /// The interval band: empty without a line.
    QAreaSeries* band() const { return m_band; }
    /// Whole-number scores (severity, IRLS, stress) are drawn a little apart, by a fixed
    /// offset of each night's date, so that a hundred nights of "3" do not print as one dot.
    bool xJittered() const { return m_xJittered; }
    bool yJittered() const { return m_yJittered; }
    /// The largest offset of a jittered dot from its value, in the axis' units.
    static constexpr double kJitter = 0.3;

protected:
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void showPairsNear(QPointF position);

    ScatterDots* m_dots = nullptr;
    QLineSeries* m_fitLine = nullptr;
    QAreaSeries* m_band = nullptr;
    QLineSeries* m_bandUpper = nullptr; // owned by m_band's chart through m_band
    QLineSeries* m_bandLower = nullptr;
    QValueAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    std::vector<LaggedPair> m_pairs;
    bool m_xJittered = false;
    bool m_yJittered = false;
};

} // namespace quietlegs
