#pragma once

namespace quietlegs {

/// How a typed supplement amount is meant: the compound's weight as on the label, or the
/// element's (the intake form and the preset editor offer both, in this order).
enum AmountKind
{
    CompoundAmount,
    ElementalAmount
};

} // namespace quietlegs
