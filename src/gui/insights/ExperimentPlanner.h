#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/SelfExperiment.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <set>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace quietlegs {

class ExperimentCalendarModel;

/// The randomized on/off self-experiment (statistics-v2.md section 5): a design form that
/// shows the smallest possible p and the power as the fields change and refuses a design
/// that cannot reach p < 0.05; saving pre-registers the plan in the journal, after which its
/// fields are only shown, never edited. The calendar shows the assignments (packs when
/// blinded); the result stays hidden until the last block has ended or "End early".
class ExperimentPlanner : public QWidget
{
    Q_OBJECT

public:
    /// How the planner writes to the journal (the window's JournalSession, or a test journal):
    /// saving a plan and recording an early end. Both are permanent: no undo.
    struct Writers
    {
        std::function<Status(const ExperimentPlan&)> save;
        std::function<Status(const std::string& id, const std::string& when)> endEarly;
    };

    explicit ExperimentPlanner(QWidget* parent = nullptr);

    void setWriters(Writers writers);
    /// The journal's saved plans (the latest is shown) and its path, which keys a legacy plan
    /// of the earlier planner in QSettings (shown once, not carried over).
    void setPlans(std::vector<ExperimentPlan> plans, const QString& journalPath);
    /// The shown plan as the journal holds it now (an early end, the packs taken since); the
    /// newest plan when the shown one is gone (an import undone); a plan the journal gained
    /// (an import) when none is shown and none is being designed. Shown with the next
    /// setSeries().
    void refreshSavedPlan(const std::vector<ExperimentPlan>& plans);
    void setSeries(std::shared_ptr<const JournalSeries> series);
    /// "Today" for the start date and for when the result may be shown (tests set it).
    void setToday(QDate today);

    /// The design in the form, as it would be saved (no id or saved_at yet).
    ExperimentPlan design() const;
    /// Saves the form's design as a pre-registered plan; false (with the reason shown next to
    /// the fields) when it is refused.
    bool savePlan();
    /// Records the shown plan's early end without asking (the button asks first).
    bool endEarly();
    /// Back to an empty form for another plan; the saved plans stay as they are.
    void startNewPlan();

    const std::optional<ExperimentPlan>& savedPlan() const { return m_saved; }
    const std::optional<ExperimentResult>& result() const { return m_result; }
    bool formEditable() const;
    double shownMinP() const;
    std::optional<double> shownPower() const { return m_power; }
    QString minPText() const;
    QString powerText() const;
    QString errorText() const;
    QString resultText() const;
    QString legacyText() const;
    QString savedPlanText() const;
    bool resultHidden() const;
    ExperimentCalendarModel* calendar() const { return m_calendar; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* endEarlyButton() const { return m_endEarlyButton; }
    QPushButton* sheetButton() const { return m_sheetButton; }
    QSpinBox* blocksBox() const { return m_blocksBox; }

signals:
    void errorOccurred(const QString& message);

private:
    void updateDesignFigures();
    void showSavedPlan();
    void showLegacyPlan(const QString& journalPath);
    void askAndEndEarly();
    void writeSheet();
    void setFormEditable(bool editable);

    Writers m_writers;
    std::shared_ptr<const JournalSeries> m_series;
    std::optional<ExperimentPlan> m_saved;
    /// The journal's plans as last read: one that is new there (an import) is shown, unless
    /// the person is designing another after pressing "Plan another experiment".
    std::set<std::string> m_knownPlanIds;
    bool m_designingAnother = false;
    std::optional<ExperimentResult> m_result;
    std::optional<double> m_power;
    QDate m_today;
    std::uint64_t m_nextSeed = 0;

    QComboBox* m_exposureBox = nullptr;
    QComboBox* m_outcomeBox = nullptr;
    QDoubleSpinBox* m_doseBox = nullptr;
    QDoubleSpinBox* m_midBox = nullptr;
    QSpinBox* m_blocksBox = nullptr;
    QSpinBox* m_blockDaysBox = nullptr;
    QSpinBox* m_washoutBox = nullptr;
    QDateEdit* m_startEdit = nullptr;
    QCheckBox* m_blindedBox = nullptr;
    QLabel* m_minPLabel = nullptr;
    QLabel* m_powerLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_legacyLabel = nullptr;
    QLabel* m_savedLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_endEarlyButton = nullptr;
    QPushButton* m_sheetButton = nullptr;
    QTableView* m_calendarView = nullptr;
    ExperimentCalendarModel* m_calendar = nullptr;
};

} // namespace quietlegs
