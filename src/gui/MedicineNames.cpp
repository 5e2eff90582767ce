#include "MedicineNames.h"

#include "Conversions.h"

#include <QCoreApplication>
#include <QLocale>

namespace quietlegs {

QString medicineName(Drug drug)
{
    switch (drug) {
    case Drug::Levodopa:
        return QCoreApplication::translate("MedicineNames", "Levodopa");
    case Drug::Pramipexole:
        return QCoreApplication::translate("MedicineNames", "Pramipexole");
    case Drug::Ropinirole:
        return QCoreApplication::translate("MedicineNames", "Ropinirole");
    case Drug::Rotigotine:
        return QCoreApplication::translate("MedicineNames", "Rotigotine");
    case Drug::Gabapentin:
        return QCoreApplication::translate("MedicineNames", "Gabapentin");
    case Drug::GabapentinEnacarbil:
        return QCoreApplication::translate("MedicineNames", "Gabapentin enacarbil");
    case Drug::Pregabalin:
        return QCoreApplication::translate("MedicineNames", "Pregabalin");
    case Drug::OxycodoneNaloxone:
        return QCoreApplication::translate("MedicineNames", "Oxycodone/naloxone");
    case Drug::Methadone:
        return QCoreApplication::translate("MedicineNames", "Methadone");
    case Drug::Tramadol:
        return QCoreApplication::translate("MedicineNames", "Tramadol");
    case Drug::Clonazepam:
        return QCoreApplication::translate("MedicineNames", "Clonazepam");
    case Drug::FerricCarboxymaltose:
        return QCoreApplication::translate("MedicineNames", "Ferric carboxymaltose");
    case Drug::IronSucrose:
        return QCoreApplication::translate("MedicineNames", "Iron sucrose");
    case Drug::Other:
        return QCoreApplication::translate("MedicineNames", "Other (name it in the notes)");
    }
    return {};
}

QString medicineRouteName(MedicineRoute route)
{
    switch (route) {
    case MedicineRoute::Oral:
        return QCoreApplication::translate("MedicineNames", "Oral");
    case MedicineRoute::Patch:
        return QCoreApplication::translate("MedicineNames", "Patch");
    case MedicineRoute::Iv:
        return QCoreApplication::translate("MedicineNames", "IV");
    }
    return {};
}

QString medicineDoseName(const MedicineDose& dose)
{
    if (dose.drug() == Drug::Other)
        return toQString(dose.notes());
    return medicineName(dose.drug());
}

QString regimenProductName(const Regimen& regimen)
{
    if (regimen.drug && *regimen.drug != Drug::Other)
        return medicineName(*regimen.drug);
    return toQString(regimen.name);
}

QString milligrams(double mg)
{
    return QCoreApplication::translate("MedicineNames", "%1 mg")
        .arg(QLocale().toString(mg, 'g', 6));
}

} // namespace quietlegs
