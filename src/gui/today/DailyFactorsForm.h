#pragma once

#include "quietlegs/core/DailyFactors.h"

#include <QDate>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace quietlegs {

class ScoreSpinBox;

/// The day's possible triggers: caffeine (with a cup of coffee or tea a click away),
/// alcohol units, exercise minutes and stress 0..10.
class DailyFactorsForm : public QWidget
{
    Q_OBJECT

public:
    explicit DailyFactorsForm(QWidget* parent = nullptr);

    void setDate(QDate date) { m_date = date; }
    void setFactors(const std::optional<DailyFactors>& factors);
    Result<DailyFactors> factors() const;

signals:
    void edited();

private:
    void addCaffeine(double mg);
    void revalidate();

    QDate m_date;
    bool m_loading = false;
    QDoubleSpinBox* m_caffeine = nullptr;
    QDoubleSpinBox* m_alcohol = nullptr;
    QSpinBox* m_exercise = nullptr;
    ScoreSpinBox* m_stress = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace quietlegs
