#include "quietlegs/core/Result.h"

#include <sstream>

namespace quietlegs {

std::string errorValue(double value)
{
    // A std::ostringstream uses the classic locale unless the global C++ locale is changed,
    // which the app never does; snprintf would follow LC_NUMERIC.
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace quietlegs
