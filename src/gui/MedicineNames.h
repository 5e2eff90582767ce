#pragma once

#include "quietlegs/core/Medicine.h"
#include "quietlegs/core/Regimen.h"

#include <QString>

namespace quietlegs {

/// A drug's name as the GUI shows it ("Gabapentin enacarbil"), translated.
QString medicineName(Drug drug);
/// "Oral", "Patch", "IV", translated.
QString medicineRouteName(MedicineRoute route);
/// What a dose is called: the drug's name, or for `other` the name in its notes.
QString medicineDoseName(const MedicineDose& dose);
/// A regimen's product as the GUI shows it: a medicine's translated name, else the
/// preset's or the nutrient and form as the core names them.
QString regimenProductName(const Regimen& regimen);
/// "0.25 mg", with the user's decimal separator and no trailing zeros.
QString milligrams(double mg);

} // namespace quietlegs
