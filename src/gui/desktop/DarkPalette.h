#pragma once

#include <QPalette>

namespace quietlegs {

/// A dark palette for the Fusion style, for desktops that do not hand Qt one (e.g. a dark
/// GNOME without the Qt platform theme): `quietlegs --dark`.
QPalette darkPalette();

} // namespace quietlegs
