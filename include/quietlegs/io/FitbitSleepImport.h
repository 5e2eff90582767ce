#pragma once

#include "quietlegs/io/ImportBatch.h"

#include <string_view>

namespace quietlegs {

/// Fitbit's sleep export (`sleep-YYYY-MM-DD.json`: an array of sleep logs; the Web API's
/// `{"sleep": [...]}` is accepted too). Each main sleep sets the sleep diary of the night
/// dated by the evening it started (the journal-day rule), leaving that night's IRLS items,
/// rating and notes as they are:
///   into bed = lights out = startTime, out of bed = startTime + timeInBed (= endTime),
///   final wake = out of bed - minutesAfterWakeup, SOL = minutesToFallAsleep,
///   WASO = timeInBed - minutesAfterWakeup - SOL - minutesAsleep (Fitbit's minutesAwake),
/// so that our TIB = timeInBed, TST = minutesAsleep and SE = minutesAsleep / timeInBed.
/// Naps (`mainSleep` false) are skipped and counted. Never throws; a bad log fails the file.
Result<ImportBatch> importFitbitSleep(std::string_view text, const ImportProgress& progress = {});

/// True when JSON text looks like a Fitbit sleep export (for auto-detection).
bool looksLikeFitbitSleep(std::string_view text);

} // namespace quietlegs
