// "Same as yesterday": one day's regular entries copied into another, in one transaction.
#include "StoredRows.h"
#include "quietlegs/storage/Journal.h"

#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {

bool sameIntake(const Intake& a, const Intake& b)
{
    return a.takenAt() == b.takenAt() && a.nutrient() == b.nutrient() && a.form() == b.form() &&
           std::fabs(a.elementalMg() - b.elementalMg()) < 1e-9;
}

/// `intake` moved by `days` at the same clock time: it then belongs to the journal date that
/// many days later (an intake at 00:30 still belongs to the evening before).
Result<Intake> shifted(const Intake& intake, int days)
{
    const LocalDateTime when = intake.takenAt();
    IntakeEntry entry;
    entry.takenAt = atTime(addDays(dateOf(when), days), timeOfDay(when));
    entry.nutrient = intake.nutrient();
    entry.form = intake.form();
    entry.route = intake.route();
    entry.compoundMg = intake.compoundMg();
    entry.elementalMg = intake.elementalMg();
    entry.label = intake.label();
    return Intake::create(entry);
}

} // namespace

Result<DayCopy> Journal::copyDay(Date from, Date to)
{
    return writeInTransaction(m_db, [&]() -> Result<DayCopy> {
        DayCopy copied;
        const int days = daysBetween(from, to);

        // Supplements (not food, which differs from day to day), under their presets.
        auto target = intakes(DateRange{to, to});
        auto source = intakes(DateRange{from, from});
        if (!target)
            return target.error();
        if (!source)
            return source.error();
        for (const StoredIntake& stored : *source) {
            if (stored.intake.source() != IntakeSource::Supplement)
                continue;
            copied.sourceHadEntries = true;
            auto intake = shifted(stored.intake, days);
            if (!intake)
                return intake.error();
            if (std::any_of(target->begin(), target->end(), [&](const StoredIntake& there) {
                    return sameIntake(there.intake, *intake);
                }))
                continue;
            if (auto added = addIntake(*intake, stored.presetId); !added)
                return added.error();
            ++copied.intakes;
        }

        // The person's own factors; one logged on `to` already keeps its value.
        auto values = factorValues(DateRange{std::min(from, to), std::max(from, to)});
        if (!values)
            return values.error();
        for (const FactorValue& value : *values) {
            if (value.date() != from)
                continue;
            copied.sourceHadEntries = true;
            const bool logged = std::any_of(values->begin(), values->end(), [&](const auto& v) {
                return v.date() == to && sameFactorName(v.name(), value.name());
            });
            if (logged)
                continue;
            auto copy = FactorValue::create(to, value.name(), value.value());
            if (!copy)
                return copy.error();
            if (auto status = setFactorValue(*copy); !status)
                return status.error();
            ++copied.factorValues;
        }
        // Medicines at the same clock times; a dose of the same drug at that time stays single.
        auto meds = medicines(DateRange{addDays(std::min(from, to), -1),
                                        addDays(std::max(from, to), 1)});
        if (!meds)
            return meds.error();
        for (const StoredMedicineDose& stored : *meds) {
            if (stored.dose.journalDate() != from)
                continue;
            copied.sourceHadEntries = true;
            MedicineDoseEntry entry;
            const LocalDateTime when = stored.dose.takenAt();
            entry.takenAt = atTime(addDays(dateOf(when), days), timeOfDay(when));
            entry.drug = stored.dose.drug();
            entry.doseMg = stored.dose.doseMg();
            entry.route = stored.dose.route();
            entry.notes = stored.dose.notes();
            const bool taken = std::any_of(meds->begin(), meds->end(), [&](const auto& there) {
                return there.dose.takenAt() == entry.takenAt && there.dose.drug() == entry.drug;
            });
            if (taken)
                continue;
            auto dose = MedicineDose::create(entry);
            if (!dose)
                return dose.error();
            if (auto added = addMedicine(*dose); !added)
                return added.error();
            ++copied.medicines;
        }
        return copied;
    });
}

} // namespace quietlegs
