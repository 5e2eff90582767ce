// JournalSession's RLS medicines: the day's doses and the medicine presets, each change one
// undo step (the same pattern as the intakes and supplement presets).
#include "Conversions.h"
#include "JournalSession.h"

namespace quietlegs {
namespace {

Status statusOfResult(const Result<bool>& result)
{
    return result ? Status{} : Status{result.error()};
}

} // namespace

std::vector<StoredMedicineDose> JournalSession::medicines(QDate date) const
{
    if (!m_journal)
        return {};
    const Date day = toDate(date);
    auto found = m_journal->medicines(DateRange{day, day});
    if (!found) {
        report(found.error());
        return {};
    }
    return std::move(found).value();
}

std::vector<StoredMedicinePreset> JournalSession::medicinePresets() const
{
    if (!m_journal)
        return {};
    auto found = m_journal->medicinePresets();
    if (!found) {
        report(found.error());
        return {};
    }
    return std::move(found).value();
}

bool JournalSession::addMedicine(const MedicineDose& dose, const QString& description)
{
    Journal* journal = m_journal.get();
    // The id of the first application; redo puts the dose back under it.
    auto id = std::make_shared<std::int64_t>(0);
    const QDate date = toQDate(dose.journalDate());
    return apply(
        description,
        [journal, dose, id]() -> Status {
            if (*id != 0)
                return journal->restoreMedicine(StoredMedicineDose{*id, dose});
            auto added = journal->addMedicine(dose);
            if (!added)
                return added.error();
            *id = *added;
            return {};
        },
        [journal, id] { return statusOfResult(journal->deleteMedicine(*id)); },
        [this, date] { emit medicinesChanged(date); });
}

bool JournalSession::deleteMedicine(std::int64_t id)
{
    if (!m_journal)
        return false;
    auto all = m_journal->medicines();
    if (!all) {
        report(all.error());
        return false;
    }
    std::optional<StoredMedicineDose> before;
    for (const auto& stored : *all)
        if (stored.id == id)
            before = stored;
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    const QDate date = toQDate(before->dose.journalDate());
    return apply(
        tr("Delete dose of %1").arg(toQString(before->dose.displayName())),
        [journal, id] { return statusOfResult(journal->deleteMedicine(id)); },
        [journal, stored = *before] { return journal->restoreMedicine(stored); },
        [this, date] { emit medicinesChanged(date); });
}

Result<std::int64_t> JournalSession::saveMedicinePreset(const MedicinePreset& preset)
{
    Journal* journal = m_journal.get();
    auto savedId = std::make_shared<std::int64_t>(0);
    auto lastError = std::make_shared<std::optional<Error>>();
    const bool ok = apply(
        tr("Add medicine %1").arg(toQString(preset.name())),
        [journal, preset, savedId, lastError]() -> Status {
            if (*savedId != 0) // redo: back under the same id
                return journal->restoreMedicinePreset(StoredMedicinePreset{*savedId, preset});
            auto saved = journal->saveMedicinePreset(preset);
            if (!saved) {
                *lastError = saved.error();
                return saved.error();
            }
            *savedId = *saved;
            return {};
        },
        [journal, savedId] { return statusOfResult(journal->deleteMedicinePreset(*savedId)); },
        [this] { emit presetsChanged(); });
    if (!ok)
        return lastError->value_or(Error{"preset", preset.name(), "cannot save"});
    return *savedId;
}

bool JournalSession::deleteMedicinePreset(std::int64_t id)
{
    std::optional<StoredMedicinePreset> before;
    for (const auto& stored : medicinePresets())
        if (stored.id == id)
            before = stored;
    if (!before)
        return false;
    Journal* journal = m_journal.get();
    return apply(
        tr("Delete medicine %1").arg(toQString(before->preset.name())),
        [journal, id] { return statusOfResult(journal->deleteMedicinePreset(id)); },
        [journal, stored = *before] { return journal->restoreMedicinePreset(stored); },
        [this] { emit presetsChanged(); });
}

} // namespace quietlegs
