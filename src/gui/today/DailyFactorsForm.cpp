#include "DailyFactorsForm.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "widgets/ScoreSpinBox.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace quietlegs {
namespace {

QDoubleSpinBox* optionalAmount(double maximum, double step, int decimals, const QString& suffix,
                               QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(-step, maximum);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSpecialValueText(QStringLiteral("–"));
    spin->setSuffix(suffix);
    spin->setValue(-step);
    return spin;
}

std::optional<double> optionalValue(const QDoubleSpinBox* spin)
{
    return spin->value() >= 0 ? std::optional(spin->value()) : std::nullopt;
}

} // namespace

DailyFactorsForm::DailyFactorsForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* caffeineLabel = new QLabel(tr("&Caffeine:"), this);
    m_caffeine = optionalAmount(2000, 10, 0, tr(" mg"), this);
    m_caffeine->setAccessibleName(tr("Caffeine, mg"));
    caffeineLabel->setBuddy(m_caffeine);
    auto* coffee = new QPushButton(tr("+ Coffee"), this);
    coffee->setToolTip(
        tr("Adds a cup of filter coffee, about %1 mg (EFSA 2015)").arg(kCaffeineCupOfCoffeeMg));
    coffee->setAccessibleName(tr("Add a cup of coffee"));
    auto* tea = new QPushButton(tr("+ Tea"), this);
    tea->setToolTip(
        tr("Adds a cup of black tea, about %1 mg (EFSA 2015)").arg(kCaffeineCupOfTeaMg));
    tea->setAccessibleName(tr("Add a cup of tea"));
    connect(coffee, &QPushButton::clicked, this, [this] { addCaffeine(kCaffeineCupOfCoffeeMg); });
    connect(tea, &QPushButton::clicked, this, [this] { addCaffeine(kCaffeineCupOfTeaMg); });
    layout->addWidget(caffeineLabel, 0, 0);
    layout->addWidget(m_caffeine, 0, 1);
    layout->addWidget(coffee, 0, 2);
    layout->addWidget(tea, 0, 3);

    auto* alcoholLabel = new QLabel(tr("Alcohol:"), this);
    m_alcohol = optionalAmount(60, 0.5, 1, tr(" units"), this);
    m_alcohol->setAccessibleName(tr("Alcohol, units"));
    // The unit the journal counts in (core/DailyFactors.h: NHS, "Alcohol units").
    m_alcohol->setToolTip(tr("UK units: one unit is 10 mL or 8 g of pure alcohol "
                             "(a small 125 mL glass of 12% wine is 1.5 units)"));
    alcoholLabel->setBuddy(m_alcohol);
    layout->addWidget(alcoholLabel, 1, 0);
    layout->addWidget(m_alcohol, 1, 1);

    auto* exerciseLabel = new QLabel(tr("E&xercise:"), this);
    m_exercise = new QSpinBox(this);
    m_exercise->setRange(-1, 1440);
    m_exercise->setSingleStep(10);
    m_exercise->setSpecialValueText(QStringLiteral("–"));
    m_exercise->setSuffix(tr(" min"));
    m_exercise->setValue(-1);
    m_exercise->setAccessibleName(tr("Exercise, minutes"));
    exerciseLabel->setBuddy(m_exercise);
    layout->addWidget(exerciseLabel, 1, 2, Qt::AlignRight);
    layout->addWidget(m_exercise, 1, 3);

    auto* stressLabel = new QLabel(tr("&Stress (0–10):"), this);
    m_stress = new ScoreSpinBox(10, false, this);
    m_stress->setAccessibleName(tr("Stress, 0 to 10"));
    stressLabel->setBuddy(m_stress);
    layout->addWidget(stressLabel, 2, 0);
    layout->addWidget(m_stress, 2, 1);

    m_message = new WrappingLabel(this);
    m_message->setVisible(false);
    layout->addWidget(m_message, 3, 0, 1, 4);
    layout->setColumnStretch(4, 1);

    auto changed = [this] {
        if (m_loading)
            return;
        revalidate();
        emit edited();
    };
    connect(m_caffeine, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_alcohol, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_exercise, &QSpinBox::valueChanged, this, changed);
    connect(m_stress, &QSpinBox::valueChanged, this, changed);
}

void DailyFactorsForm::addCaffeine(double mg)
{
    m_caffeine->setValue(std::max(0.0, m_caffeine->value()) + mg);
}

void DailyFactorsForm::setFactors(const std::optional<DailyFactors>& factors)
{
    m_loading = true;
    m_caffeine->setValue(factors && factors->caffeineMg() ? *factors->caffeineMg()
                                                          : m_caffeine->minimum());
    m_alcohol->setValue(factors && factors->alcoholUnits() ? *factors->alcoholUnits()
                                                           : m_alcohol->minimum());
    m_exercise->setValue(factors && factors->exerciseMin() ? *factors->exerciseMin() : -1);
    m_stress->setValue(factors && factors->stress() ? *factors->stress() : -1);
    m_loading = false;
    revalidate();
}

Result<DailyFactors> DailyFactorsForm::factors() const
{
    DailyFactorsEntry entry;
    entry.date = toDate(m_date);
    entry.caffeineMg = optionalValue(m_caffeine);
    entry.alcoholUnits = optionalValue(m_alcohol);
    if (m_exercise->value() >= 0)
        entry.exerciseMin = m_exercise->value();
    if (m_stress->isRated())
        entry.stress = m_stress->score();
    return DailyFactors::create(entry);
}

void DailyFactorsForm::revalidate()
{
    auto result = factors();
    m_message->setVisible(!result);
    m_message->setText(result ? QString() : errorText(result.error()));
}

} // namespace quietlegs
