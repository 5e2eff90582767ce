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
        // Medicines, once the journal has them: one more copy here, counted in DayCopy.
        return copied;
    });
}

} // namespace quietlegs
