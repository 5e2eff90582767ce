#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/PrimaryQuestion.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace quietlegs {

class ComparisonPanel;
class EffectCards;
class CorrelationTableModel;
class ExperimentPlanner;
class PeriodCorrelations;
class Journal;
class ScatterPlot;

/// The Insights section, effects first (statistics-v2.md sections 3 and 7): the journal's
/// primary question with its effect and verdict, then the exploratory table (effect per dose
/// with interval and n, r and q secondary) with its largest finding labelled as such, the
/// scatter of a chosen row with the fitted line and its interval band, and the caveat under
/// them; the before/after comparison; the on/off self-experiment. Every figure and sentence
/// comes from the analysis layer; this view only lays them out.
class InsightsView : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsView(QWidget* parent = nullptr);
    ~InsightsView() override;

    /// The journal to analyse (not owned; null shows nothing). Loads its saved experiments;
    /// reads the journal now when visible, otherwise when next shown.
    void setJournal(const Journal* journal);

    CorrelationTableModel* correlationModel() const { return m_model; }
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }
    QTableView* correlationView() const { return m_tableView; }
    /// The period the correlations cover, in InsightPeriod order.
    QComboBox* periodBox() const { return m_periodBox; }
    ScatterPlot* scatterPlot() const { return m_scatter; }
    /// The plain-language cards after the primary question's.
    EffectCards* effectCards() const { return m_cards; }
    ComparisonPanel* comparisonPanel() const { return m_comparison; }
    ExperimentPlanner* experimentPlanner() const { return m_planner; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The exploratory note on the table's largest finding.
    QString findingText() const;
    QString scatterCaption() const;
    /// The primary question's lead: its effect per dose in words.
    QString primaryText() const;
    /// The primary question's verdict and what it means.
    QString verdictText() const;
    /// The primary question's fit is still running on the worker ("Computing…" is shown).
    bool primaryPending() const;
    /// The caveat under the table.
    QString caveatText() const;
    /// The primary question in use (from the journal's settings).
    const PrimaryQuestion& primaryQuestion() const { return m_question; }
    /// Selects the table row of (exposure, outcome, lag), which shows its scatter plot.
    void selectCorrelation(Exposure exposure, Outcome outcome, int lagDays);
    /// The row of any catalogue relation (med:, factor: rows included).
    void selectCorrelation(const RelationKey& relation);

public slots:
    /// Reads the journal again (after any change to it) and recomputes every figure; while
    /// hidden, only notes that it must when next shown.
    void reload();

signals:
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recomputeCorrelations();
    void showPrimary();
    /// showPrimary() again when it showed "Computing…" (the worker has answered since).
    void showPendingPrimary();
    void showSelectedPairs();

    const Journal* m_journal = nullptr;
    bool m_stale = false;
    bool m_newJournal = false; // the before/after dates still follow the last journal
    std::shared_ptr<const JournalSeries> m_series;
    std::unique_ptr<PeriodCorrelations> m_correlations; // of m_series
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_periodBox = nullptr;
    QLabel* m_questionLabel = nullptr;
    QLabel* m_primaryLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_findingLabel = nullptr;
    QLabel* m_caveatLabel = nullptr;
    EffectCards* m_cards = nullptr;
    CorrelationTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_tableView = nullptr;
    ScatterPlot* m_scatter = nullptr;
    QLabel* m_scatterCaption = nullptr;
    ComparisonPanel* m_comparison = nullptr;
    ExperimentPlanner* m_planner = nullptr;
    PrimaryQuestion m_question;
    bool m_primaryPending = false;
    std::optional<Date> m_from;
    std::optional<Date> m_to;
};

} // namespace quietlegs
