#pragma once

#include "quietlegs/core/LabReference.h"

#include <QWidget>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace quietlegs {

/// The history of one lab test (chosen in a combo box) as a line over time, in the test's
/// display unit, with its reference range as a band or its guideline thresholds as dashed
/// lines (core labReference()).
class LabHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit LabHistoryChart(QWidget* parent = nullptr);

    /// Every result (any order) and the profile haemoglobin's range depends on.
    void setResults(std::vector<LabResult> results, std::optional<RdaProfile> profile);
    LabTest test() const;
    void setTest(LabTest test);
    QChart* chart() const { return m_chart; }
    /// The values plotted for the chosen test, oldest first (display unit).
    std::vector<double> plottedValues() const;
    /// What the reference drawn is, in words ("" when the test has none).
    QString referenceText() const;

private:
    void redraw();

    QComboBox* m_test = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLabel* m_reference = nullptr;
    std::vector<LabResult> m_results;
    std::optional<RdaProfile> m_profile;
};

} // namespace quietlegs
