#pragma once

#include <optional>
#include <string_view>

namespace quietlegs {

/// Why a statistics-v2 figure is null (statistics-v2.md section 6, `note`): shown to people in
/// place of the number and written to `stats --json` as the exact text of noteText().
enum class FigureNote
{
    NotEnoughNights,         // "not enough nights yet": n < 14
    TooFewIndependentNights, // "too few independent nights": n_eff <= 3
    NoVariation,             // "no variation": the exposure or the outcome is constant
    PhiAtBoundary            // "phi at the boundary": |phi| >= 0.998 (figures kept, but shaky)
};

/// The JSON text of a note: "not enough nights yet", ...
std::string_view noteText(FigureNote note);

} // namespace quietlegs
