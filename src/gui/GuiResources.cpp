#include "GuiResources.h"

#include <QtGlobal>

// The resources live in the static quietlegs_gui library: register them before first use.
static void initQuietLegsResources()
{
    Q_INIT_RESOURCE(quietlegs);
}

namespace quietlegs {

void initGuiResources()
{
    static const bool done = [] {
        initQuietLegsResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace quietlegs
