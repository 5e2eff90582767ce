#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/SelfExperiment.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace quietlegs {

class ExperimentCalendarModel;

/// The on/off self-experiment planner: block length, number of blocks and a seed give the
/// analysis layer's balanced random schedule, shown as a calendar; once nights are logged,
/// how well they followed the schedule and ON against OFF with the randomization test. The
/// plan is kept per journal in QSettings.
class ExperimentPlanner : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentPlanner(QWidget* parent = nullptr);

    /// The journal whose plan to show (its path keys the stored plan); loads that plan.
    void setJournalPath(const QString& path);
    void setSeries(std::shared_ptr<const JournalSeries> series);

    /// Plans with these choices and stores the plan; false (with the reason shown next to
    /// the fields) when the analysis layer refuses them.
    bool plan(QDate start, int blockDays, int blockCount, std::uint64_t seed);
    void forgetPlan();

    const std::optional<ExperimentPlan>& currentPlan() const { return m_plan; }
    const std::optional<ExperimentResult>& result() const { return m_result; }
    const std::optional<ExperimentAdherence>& adherence() const { return m_adherence; }
    QString resultText() const;
    /// How well the logged days followed the schedule, with a warning when poorly; shown
    /// above the result.
    QString adherenceText() const;
    QString errorText() const;
    ExperimentCalendarModel* calendar() const { return m_calendar; }

private:
    void planFromFields();
    void analyse();
    void store() const;
    void load();
    QString settingsGroup() const;

    QString m_journalPath;
    std::shared_ptr<const JournalSeries> m_series;
    std::optional<ExperimentPlan> m_plan;
    std::optional<ExperimentResult> m_result;
    std::optional<ExperimentAdherence> m_adherence;
    QDateEdit* m_startEdit = nullptr;
    QSpinBox* m_blockDaysBox = nullptr;
    QSpinBox* m_blockCountBox = nullptr;
    QSpinBox* m_seedBox = nullptr;
    QSpinBox* m_washoutBox = nullptr;
    QComboBox* m_outcomeBox = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_adherenceLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTableView* m_calendarView = nullptr;
    ExperimentCalendarModel* m_calendar = nullptr;
};

} // namespace quietlegs
