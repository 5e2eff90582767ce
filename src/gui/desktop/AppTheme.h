#pragma once

#include "Preferences.h"

#include <optional>

namespace quietlegs {

/// The app's light or dark look (Preferences > Theme), applied to the running application at
/// once. "System" gives back the style and palette the app started with; Light and Dark use
/// Fusion with a palette of their own, since Qt 6.4 cannot ask a platform style for either.
class AppTheme
{
public:
    /// Applies `theme` unless the command line chose one for this run; does nothing when it
    /// is the theme already shown (start-up with "System" touches nothing).
    static void apply(Theme theme);
    /// `quietlegs --dark`: this run is dark whatever Preferences say (they still apply from
    /// the next start without the flag).
    static void setCommandLineTheme(Theme theme);
    static std::optional<Theme> commandLineTheme();
    /// The theme on screen now.
    static Theme current();

private:
    static void show(Theme theme);
};

} // namespace quietlegs
