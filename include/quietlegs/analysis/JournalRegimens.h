#pragma once

#include "quietlegs/core/Regimen.h"
#include "quietlegs/storage/Journal.h"

#include <vector>

namespace quietlegs {

/// The regimens (domain.md's one definition) of the medicines and supplements in `range`:
/// supplements by the preset that added them where there is one. What History and
/// `list regimens` show.
Result<std::vector<Regimen>> journalRegimens(const Journal& journal, const DateRange& range = {});

/// The medicine regimens alone, from records (FHIR, Trends).
std::vector<Regimen> medicineRegimens(const std::vector<MedicineDose>& meds);

} // namespace quietlegs
