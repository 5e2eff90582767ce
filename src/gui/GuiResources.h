#pragma once

namespace quietlegs {

/// Registers the app's resources (food table, icon, user guide) from the static library.
void initGuiResources();

} // namespace quietlegs
