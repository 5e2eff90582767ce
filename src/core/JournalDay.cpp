#include "quietlegs/core/JournalDay.h"

namespace quietlegs {

Date journalDateOf(LocalDateTime when, std::chrono::minutes boundary)
{
    return dateOf(when - boundary);
}

} // namespace quietlegs
