#include "MedicineNames.h"

#include "Conversions.h"

#include <QCoreApplication>
#include <QLocale>

namespace quietlegs {

QString medicineName(Drug drug)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("MedicineNames", text); };
    switch (drug) {
    case Drug::Levodopa:
        return tr("Levodopa");
    case Drug::Pramipexole:
        return tr("Pramipexole");
    case Drug::Ropinirole:
        return tr("Ropinirole");
    case Drug::Rotigotine:
        return tr("Rotigotine");
    case Drug::Gabapentin:
        return tr("Gabapentin");
    case Drug::GabapentinEnacarbil:
        return tr("Gabapentin enacarbil");
    case Drug::Pregabalin:
        return tr("Pregabalin");
    case Drug::OxycodoneNaloxone:
        return tr("Oxycodone/naloxone");
    case Drug::Methadone:
        return tr("Methadone");
    case Drug::Tramadol:
        return tr("Tramadol");
    case Drug::Clonazepam:
        return tr("Clonazepam");
    case Drug::FerricCarboxymaltose:
        return tr("Ferric carboxymaltose");
    case Drug::IronSucrose:
        return tr("Iron sucrose");
    case Drug::Other:
        return tr("Other (name it in the notes)");
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
