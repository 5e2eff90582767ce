#pragma once

#include "quietlegs/core/Alerts.h"
#include "quietlegs/storage/Journal.h"

#include <vector>

namespace quietlegs {

/// The alerts active on `today` (core/Alerts.h) from what the journal holds: the intakes of the
/// last 7 journal days, every lab result and the setting magnesium_ul_mg (default 350 mg).
Result<std::vector<Alert>> journalAlerts(const Journal& journal, Date today);

} // namespace quietlegs
