#pragma once

#include "quietlegs/core/WeeklyIrls.h"

#include <QDate>
#include <QDialog>
#include <array>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace quietlegs {

class ScoreSpinBox;

/// The weekly IRLS-style check-in: the ten areas, each with our own words for 0 and 4, about
/// the seven days to the week's last day (its key). Ten digits fill it; Ctrl+Enter saves.
class WeeklyCheckInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeeklyCheckInDialog(QDate weekEnding, QWidget* parent = nullptr);

    /// Shows a stored check-in's scores (none: all unrated).
    void setWeek(const std::optional<WeeklyIrls>& week);
    /// The check-in as entered; the error names the first problem (an unrated area).
    Result<WeeklyIrls> week() const;
    ScoreSpinBox* item(int index) const { return m_items[std::size_t(index)]; }
    QDate weekEnding() const;

private:
    void revalidate();

    QDateEdit* m_weekEnding = nullptr;
    std::array<ScoreSpinBox*, kIrlsItemCount> m_items{};
    QLabel* m_total = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace quietlegs
