#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/JournalSeries.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QCategoryAxis;
class QChart;
class QChartView;

namespace quietlegs {

/// The before/after panel (statistics-v2.md section 4): two date ranges of one outcome compared
/// as an interrupted time series (change of level and of trend, with intervals), beside the
/// descriptive difference of means and Hedges g, both means with their 95% intervals as a
/// chart, and the analysis layer's sentence (with the regression-to-the-mean sentence when
/// flagged and the before/after caveats).
/// Overlapping or reversed periods are refused inline.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget* parent = nullptr);

    /// The journal's series to compare (shared with the rest of the Insights view).
    void setSeries(std::shared_ptr<const JournalSeries> series);
    /// The published pilot design around `start`: A the 4 weeks before it, B weeks 2 to 6
    /// after it (days 7 to 41 from the start, leaving a week for magnesium to act).
    void setStartDate(QDate start);
    /// A start date whose weeks 2 to 6 end on the journal's last date.
    void useDefaultDates();
    void setRanges(QDate aFrom, QDate aTo, QDate bFrom, QDate bTo);
    void setOutcome(Outcome outcome);
    void setOutcome(const std::string& outcomeId);

    /// The comparison shown now; none before a series is set.
    const std::optional<Comparison>& comparison() const { return m_comparison; }
    QString sentence() const;
    /// The inline refusal of the periods (overlapping, reversed); empty when they are fine.
    QString refusalText() const;
    /// The number shown for a figure: "difference", "hedges_g", "level_change",
    /// "level_change_ci95", "slope_change", "slope_change_ci95", "phi", "its_n", "a_mean",
    /// "b_mean", ... (for tests and accessibility).
    QString figureText(const QString& name) const;
    QScatterSeries* meanDots() const { return m_means; }
    QLineSeries* intervalBars(int side) const { return side == 0 ? m_barA : m_barB; }

public slots:
    void recompute();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFigures();

    std::shared_ptr<const JournalSeries> m_series;
    std::optional<Comparison> m_comparison;
    QComboBox* m_outcomeBox = nullptr;
    QDateEdit* m_startEdit = nullptr;
    QDateEdit* m_aFrom = nullptr;
    QDateEdit* m_aTo = nullptr;
    QDateEdit* m_bFrom = nullptr;
    QDateEdit* m_bTo = nullptr;
    QLabel* m_sentence = nullptr;
    QLabel* m_refusal = nullptr;
    QLabel* m_figures = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QScatterSeries* m_means = nullptr;
    QLineSeries* m_barA = nullptr;
    QLineSeries* m_barB = nullptr;
    QCategoryAxis* m_sideAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QMap<QString, QString> m_figureTexts;
    bool m_updating = false;
};

} // namespace quietlegs
