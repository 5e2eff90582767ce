#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QVBoxLayout;

namespace quietlegs {

class AttentionStrip;
class DailyFactorsForm;
class ElidedLabel;
class FoodCatalog;
class IntakePanel;
class MedicinePanel;
class JournalSession;
class NightForm;
class OwnFactorsForm;
class PackTakenBox;

/// The nightly entry: one journal date's night, intakes and day factors. Opens on the night
/// that most needs logging; Alt+Left/Right step through dates, Ctrl+S saves, Ctrl+Shift+1..9
/// add "My supplements".
class TodayView : public QWidget
{
    Q_OBJECT

public:
    TodayView(JournalSession* session, FoodCatalog* foods, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    /// Shows `date`; with unsaved edits, asks first (false when the user cancels).
    bool setDate(QDate date);
    /// The night the user most likely wants to log now (core nightToLog, preferences' boundary).
    QDate nightToLog() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    /// Saves the night and the day's factors as one undo step; asks before replacing a saved
    /// night. False when nothing was saved.
    bool save();
    void focusFirstField();

    NightForm* nightForm() const { return m_nightForm; }
    IntakePanel* intakePanel() const { return m_intakes; }
    MedicinePanel* medicinePanel() const { return m_medicines; }
    DailyFactorsForm* dailyFactorsForm() const { return m_factors; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    /// "Not logged yet", "Unsaved changes", or what keeps the night from being saved.
    QLabel* stateLabel() const { return m_state; }
    /// "Weekly check-in due": shown while the current week has no check-in (Ctrl+Shift+K).
    QPushButton* weeklyCheckInButton() const { return m_weeklyDue; }
    /// Opens the weekly check-in of the current week and saves it when accepted.
    void openWeeklyCheckIn();
    OwnFactorsForm* ownFactorsForm() const { return m_ownFactors; }
    QPushButton* sameAsYesterdayButton() const { return m_sameAsYesterday; }
    /// What "Same as yesterday" did last, or why it copied nothing.
    QLabel* copyNote() const { return m_copyNote; }
    /// Copies the day before's supplements and own factors into this date as one undo step
    /// (Ctrl+Shift+Y); says so politely when the day before holds nothing to copy.
    void sameAsYesterday();
    AttentionStrip* attentionStrip() const { return m_attention; }
    /// "Took pack N": shown while a blinded experiment's block holds the date.
    PackTakenBox* packTakenBox() const { return m_packTaken; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Side by side when both columns fit their fields, else one column under the other.
    void updateArrangement();
    void load();
    /// Re&vert: the saved night again, the keyboard back in the form.
    void revert();
    void reloadNight();
    void reloadFactors();
    void reloadOwnFactors();
    void updateState();
    bool confirmDiscard();
    void deleteNight();
    void updateWeeklyCheckIn();

    JournalSession* m_session = nullptr;
    QDate m_date;
    bool m_dirty = false;
    bool m_loading = false;
    QDateEdit* m_dateEdit = nullptr;
    ElidedLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    NightForm* m_nightForm = nullptr;
    DailyFactorsForm* m_factors = nullptr;
    IntakePanel* m_intakes = nullptr;
    MedicinePanel* m_medicines = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_weeklyDue = nullptr;
    OwnFactorsForm* m_ownFactors = nullptr;
    QPushButton* m_sameAsYesterday = nullptr;
    QLabel* m_copyNote = nullptr;
    AttentionStrip* m_attention = nullptr;
    PackTakenBox* m_packTaken = nullptr;
    bool m_arrangementQueued = false; // one updateArrangement() for a burst of layout changes
    QWidget* m_left = nullptr;  // the night and the day's triggers
    QWidget* m_right = nullptr; // intakes and medicines
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_leftArea = nullptr;
    QScrollArea* m_rightArea = nullptr;
    QScrollArea* m_stackedArea = nullptr;
    QVBoxLayout* m_stackedLayout = nullptr;
    bool m_narrow = false;
};

} // namespace quietlegs
