#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/WeeklySummary.h"
#include "quietlegs/core/Regimen.h"

#include <QWidget>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace quietlegs {

class Journal;
class TrendChart;

/// How far back the Trends view looks from the journal's last date (core's rule).
using TrendRange = RecentPeriod;

/// The Trends section: weekly (weeks from the journal's week_start) or daily chart of
/// symptoms, sleep efficiency, weekly IRLS check-ins and elemental magnesium and iron (food and
/// supplements) for a chosen range, with PNG and SVG export. It reads the journal given
/// to setJournal() and reads it again on reload().
class TrendsView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsView(QWidget* parent = nullptr);

    /// The journal to show (not owned; null shows nothing). Reads it now when visible,
    /// otherwise when next shown.
    void setJournal(const Journal* journal);
    void setRange(TrendRange range);
    void setDaily(bool daily);
    void setMovingAverage(bool enabled);
    void setSymptomOutcome(Outcome outcome);

    TrendChart* chart() const { return m_chart; }
    /// The dates shown now; none for an empty journal.
    std::optional<Date> shownFrom() const { return m_from; }
    std::optional<Date> shownTo() const { return m_to; }
    /// The weekly summaries behind the weekly chart (what the chart draws).
    const std::vector<WeeklySummary>& weeks() const { return m_weeks; }
    const JournalSeries& series() const { return m_series; }
    /// Writes the chart as SVG or PNG to `path`; refuses, as every export does
    /// (checkOutputTarget), the journal itself, its -wal/-shm and its backups. The message
    /// names the file; empty when written. (Replacing another file was asked about by the
    /// file dialog.)
    QString exportChartTo(const QString& path, bool svg);

public slots:
    /// Reads the journal again (after any change to it) and redraws; while hidden, only
    /// notes that it must when next shown, so typing in Today never waits for the charts.
    void reload();

signals:
    /// Reading the journal failed; the message says why.
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void exportChart(bool svg);

    const Journal* m_journal = nullptr;
    bool m_stale = false;
    JournalSeries m_series;
    std::vector<Regimen> m_regimens; // medicine regimens, drawn as bands
    std::vector<WeeklySummary> m_weeks;
    WeekStart m_weekStart = WeekStart::Monday; // the journal's week_start
    std::optional<Date> m_from;
    std::optional<Date> m_to;
    QComboBox* m_rangeBox = nullptr;
    QComboBox* m_resolutionBox = nullptr;
    QComboBox* m_symptomBox = nullptr;
    QCheckBox* m_averageBox = nullptr;
    QPushButton* m_resetButton = nullptr;
    QLabel* m_emptyLabel = nullptr;
    TrendChart* m_chart = nullptr;
};

} // namespace quietlegs
