#include "quietlegs/storage/WorkerThread.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace quietlegs {

void yieldToTheWindow()
{
#ifdef __linux__
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace quietlegs
