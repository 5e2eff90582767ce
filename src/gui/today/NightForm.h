#pragma once

#include "quietlegs/core/Night.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <array>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace quietlegs {

class ClockEdit;
class ScoreSpinBox;

/// The night's entries: quick severity, the ten IRLS-style areas, the sleep diary and notes,
/// with the live IRLS total and band, TIB/TST/SE, and the core's validation message shown
/// next to the field it is about.
class NightForm : public QWidget
{
    Q_OBJECT

public:
    explicit NightForm(QWidget* parent = nullptr);

    /// The journal date the typed clock times are placed on.
    void setDate(QDate date);
    /// Shows a stored night (or an empty form); the form is unmodified afterwards.
    void setNight(const std::optional<Night>& night);
    /// The night as entered, validated by the core; the error names the first bad field.
    Result<Night> night() const;
    bool isEmpty() const;
    QWidget* firstField() const;
    /// Shows or hides the ten nightly IRLS areas (the journal's score_ten_areas_nightly); a
    /// night that has them scored shows them whatever the setting, so none is lost unseen.
    void setTenAreasShown(bool shown);
    bool tenAreasShown() const;
    ClockEdit* onsetField() const { return m_onset; }
    QSpinBox* rlsAwakeningsField() const { return m_rlsAwakenings; }
    QCheckBox* armsField() const { return m_arms; }
    /// What keeps the night from being saved, in the user's words ("Out of bed is before
    /// final wake (06:30)"); empty when nothing does.
    QString problem() const { return m_problem; }
    /// The field that problem is about, framed red; null when there is none.
    QWidget* problemField() const { return m_problemField; }
    /// Puts the cursor in the field with the problem (Ctrl+S on a night that cannot be saved).
    bool focusProblemField();

signals:
    /// Any field changed (the form has been revalidated).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The ten areas, then the nightly questions below them, in the symptoms grid.
    static constexpr int kAreasRow = 1;

    /// Builds the ten areas when first shown (not before the first paint, docs/performance.md).
    void buildTenAreas();
    void showIrlsTotal();
    QLabel* addMessageLabel(const QString& field);
    void colourMessages();
    void revalidate();
    void showError(const std::optional<Error>& error);
    void setProblemField(QWidget* field);
    void showFutureWake(const std::optional<SleepDiaryTimes>& times);
    QString frameStyleSheet() const;
    SleepDiaryTimes typedTimes(std::optional<Error>& error) const;
    void showTimeZone();
    void updateTenAreasVisibility();

    QDate m_date;
    bool m_loading = false;
    ScoreSpinBox* m_severity = nullptr;
    QGridLayout* m_symptomsLayout = nullptr;
    std::array<ScoreSpinBox*, 10> m_irlsItems{}; // null until built
    QLabel* m_irlsTotal = nullptr;               // null until built
    QList<QWidget*> m_tenAreaWidgets; // heading, labels, scores and total of the ten areas
    bool m_tenAreasWanted = false;
    ClockEdit* m_onset = nullptr;
    QSpinBox* m_rlsAwakenings = nullptr;
    QCheckBox* m_arms = nullptr;
    std::optional<bool> m_loadedArms; // the shown night's arms, so an untouched "no" stays no
    ClockEdit* m_intoBed = nullptr;
    ClockEdit* m_lightsOut = nullptr;
    QSpinBox* m_sleepLatency = nullptr;
    QSpinBox* m_awakenings = nullptr;
    QSpinBox* m_waso = nullptr;
    ClockEdit* m_finalWake = nullptr;
    ClockEdit* m_outOfBed = nullptr;
    QLabel* m_metrics = nullptr;
    QLabel* m_timeZoneNote = nullptr; // "Times in Asia/Tokyo" when not the computer's zone
    QLabel* m_futureWakeNote = nullptr; // the wake time is still ahead of the clock
    std::string m_timeZone; // the shown night's zone; empty: the current zone (a new night)
    std::optional<DeviceSleep> m_deviceSleep; // a device's record kept beside the diary
    QPlainTextEdit* m_notes = nullptr;
    QHash<QString, QLabel*> m_messages; // by core field name
    QHash<QString, QWidget*> m_fields;  // the editor of each core field name
    QString m_problem;
    QColor m_problemColour;
    QPointer<QWidget> m_problemField;
};

} // namespace quietlegs
