#pragma once

#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/CorrelationTable.h"

#include <QChartView>
#include <optional>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace quietlegs {

class ScatterDots;

/// The pairs behind one row of the correlation table, one dot per night, with the least-squares
/// line through them. Hovering a dot names its dates and values.
class ScatterPlot : public QChartView
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void showPairs(const std::vector<LaggedPair>& pairs, std::optional<LeastSquaresLine> line,
                   std::string_view exposure, std::string_view outcome, int lagDays);
    void clear();

    ScatterDots* dots() const { return m_dots; }
    QLineSeries* fitLine() const { return m_fitLine; }

protected:
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void showPairsNear(QPointF position);

    ScatterDots* m_dots = nullptr;
    QLineSeries* m_fitLine = nullptr;
    QValueAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    std::vector<LaggedPair> m_pairs;
};

} // namespace quietlegs
