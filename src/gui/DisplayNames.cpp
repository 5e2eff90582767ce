#include "DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>


namespace quietlegs {
namespace {

// The English names the Qt-free layers return, for lupdate: Nutrient.cpp (nutrients and intake
// forms), LabResult.cpp, SafetyRules.{h,cpp} (RDA profiles, iron flags, the caution),
// Variables.cpp, IrlsScore.cpp, JournalBackups.cpp. A name added there and missing here simply
// shows in English.
[[maybe_unused]] constexpr const char* kNames[] = {
    QT_TRANSLATE_NOOP("DisplayNames", "Magnesium"),
    QT_TRANSLATE_NOOP("DisplayNames", "Iron"),
    QT_TRANSLATE_NOOP("DisplayNames", "Vitamin B6"),
    QT_TRANSLATE_NOOP("DisplayNames", "Vitamin C"),
    QT_TRANSLATE_NOOP("DisplayNames", "Other"),
    QT_TRANSLATE_NOOP("DisplayNames", "Oxide"),
    QT_TRANSLATE_NOOP("DisplayNames", "Carbonate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Citrate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Malate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Glycinate / bisglycinate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Lactate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Chloride (hexahydrate)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Taurate"),
    QT_TRANSLATE_NOOP("DisplayNames", "L-threonate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Aspartate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Orotate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Sulfate (Epsom salt)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Food"),
    QT_TRANSLATE_NOOP("DisplayNames", "Other / unknown form"),
    QT_TRANSLATE_NOOP("DisplayNames", "Ferrous sulfate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Ferrous gluconate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Ferrous fumarate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Ferrous bisglycinate"),
    QT_TRANSLATE_NOOP("DisplayNames", "Polysaccharide-iron complex"),
    QT_TRANSLATE_NOOP("DisplayNames", "Supplement"),
    QT_TRANSLATE_NOOP("DisplayNames", "Ferritin"),
    QT_TRANSLATE_NOOP("DisplayNames", "Transferrin saturation (TSAT)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Serum magnesium"),
    QT_TRANSLATE_NOOP("DisplayNames", "Haemoglobin"),
    QT_TRANSLATE_NOOP("DisplayNames", "Man, 19-30"),
    QT_TRANSLATE_NOOP("DisplayNames", "Man, 31 or older"),
    QT_TRANSLATE_NOOP("DisplayNames", "Woman, 19-30"),
    QT_TRANSLATE_NOOP("DisplayNames", "Woman, 31-50"),
    QT_TRANSLATE_NOOP("DisplayNames", "Woman, 51 or older"),
    QT_TRANSLATE_NOOP("DisplayNames", "Pregnant"),
    QT_TRANSLATE_NOOP("DisplayNames", "Magnesium (mg)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Iron (mg)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Caffeine (mg)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Alcohol (units)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Exercise (min)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Stress (0-10)"),
    QT_TRANSLATE_NOOP("DisplayNames", "IRLS-style total"),
    QT_TRANSLATE_NOOP("DisplayNames", "Severity (0-10)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Sleep efficiency (%)"),
    // IrlsScore.cpp: the bands and QuietLegs' own paraphrase of the ten IRLS areas.
    QT_TRANSLATE_NOOP("DisplayNames", "none"),
    QT_TRANSLATE_NOOP("DisplayNames", "mild"),
    QT_TRANSLATE_NOOP("DisplayNames", "moderate"),
    QT_TRANSLATE_NOOP("DisplayNames", "severe"),
    QT_TRANSLATE_NOOP("DisplayNames", "very severe"),
    QT_TRANSLATE_NOOP("DisplayNames", "Overall leg discomfort"),
    QT_TRANSLATE_NOOP("DisplayNames", "Urge to move"),
    QT_TRANSLATE_NOOP("DisplayNames", "Relief from moving"),
    QT_TRANSLATE_NOOP("DisplayNames", "Sleep disturbed"),
    QT_TRANSLATE_NOOP("DisplayNames", "Daytime tiredness"),
    QT_TRANSLATE_NOOP("DisplayNames", "Overall severity"),
    QT_TRANSLATE_NOOP("DisplayNames", "How often symptoms come"),
    QT_TRANSLATE_NOOP("DisplayNames", "Severity on a typical day"),
    QT_TRANSLATE_NOOP("DisplayNames", "Effect on daily activities"),
    QT_TRANSLATE_NOOP("DisplayNames", "Effect on mood"),
    // IrlsScore.cpp: each area's own 0 and 4 anchors (irlsAreaLowAnchor/HighAnchor).
    QT_TRANSLATE_NOOP("DisplayNames", "No discomfort"),
    QT_TRANSLATE_NOOP("DisplayNames", "Very severe discomfort"),
    QT_TRANSLATE_NOOP("DisplayNames", "No urge to move"),
    QT_TRANSLATE_NOOP("DisplayNames", "An overwhelming urge"),
    QT_TRANSLATE_NOOP("DisplayNames", "Complete relief, or nothing to relieve"),
    QT_TRANSLATE_NOOP("DisplayNames", "No relief at all"),
    QT_TRANSLATE_NOOP("DisplayNames", "Slept undisturbed"),
    QT_TRANSLATE_NOOP("DisplayNames", "Sleep badly broken"),
    QT_TRANSLATE_NOOP("DisplayNames", "Not tired or sleepy"),
    QT_TRANSLATE_NOOP("DisplayNames", "Tired or sleepy all day"),
    QT_TRANSLATE_NOOP("DisplayNames", "No symptoms"),
    QT_TRANSLATE_NOOP("DisplayNames", "Very severe"),
    QT_TRANSLATE_NOOP("DisplayNames", "Not at all"),
    QT_TRANSLATE_NOOP("DisplayNames", "Nearly every day"),
    QT_TRANSLATE_NOOP("DisplayNames", "Severe for much of the day"),
    QT_TRANSLATE_NOOP("DisplayNames", "No effect"),
    QT_TRANSLATE_NOOP("DisplayNames", "Kept me from most things"),
    QT_TRANSLATE_NOOP("DisplayNames", "Mood unaffected"),
    QT_TRANSLATE_NOOP("DisplayNames", "Mood badly affected"),
    // JournalBackups.cpp: why a backup was made.
    QT_TRANSLATE_NOOP("DisplayNames", "daily"),
    QT_TRANSLATE_NOOP("DisplayNames", "before upgrade"),
    QT_TRANSLATE_NOOP("DisplayNames", "before restore"),
    // SafetyRules: the iron flags, the guideline's name and the magnesium caution.
    QT_TRANSLATE_NOOP("DisplayNames",
                      "Ferritin at or below 75 µg/L: the AASM 2024 guideline recommends iron "
                      "supplementation for RLS. Discuss with your doctor."),
    QT_TRANSLATE_NOOP("DisplayNames",
                      "Ferritin 75-100 µg/L: the AASM 2024 guideline suggests only intravenous "
                      "iron in this range. Discuss with your doctor."),
    QT_TRANSLATE_NOOP("DisplayNames",
                      "Transferrin saturation below 20%: the AASM 2024 guideline recommends iron "
                      "supplementation for RLS. Discuss with your doctor."),
    QT_TRANSLATE_NOOP(
        "DisplayNames",
        "AASM 2024 guideline (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152)"),
    QT_TRANSLATE_NOOP("DisplayNames",
                      "People with kidney disease can accumulate magnesium. Magnesium binds "
                      "tetracycline and quinolone antibiotics and bisphosphonates: take them "
                      "hours apart."),
    // LabResult.cpp, LabReference.cpp and Alerts.h (issue 21): CRP, reference ranges, sources.
    QT_TRANSLATE_NOOP("DisplayNames", "C-reactive protein (CRP)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Reference range 0.75-0.95 mmol/L"),
    QT_TRANSLATE_NOOP("DisplayNames", "Anaemia below 13.0 g/dL (men)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Anaemia below 12.0 g/dL (women, not pregnant)"),
    QT_TRANSLATE_NOOP("DisplayNames", "Anaemia below 11.0 g/dL (pregnancy)"),
    QT_TRANSLATE_NOOP("DisplayNames", "RLS: iron is recommended below 20 %"),
    QT_TRANSLATE_NOOP("DisplayNames", "Above 5 mg/L, ferritin may overstate iron stores"),
    QT_TRANSLATE_NOOP("DisplayNames", "NIH ODS, Magnesium fact sheet for health professionals"),
    QT_TRANSLATE_NOOP("DisplayNames",
                      "WHO 2011, Haemoglobin concentrations for the diagnosis of anaemia"),
    QT_TRANSLATE_NOOP("DisplayNames", "WHO 2020 guideline on the use of ferritin concentrations "
                                      "to assess iron status"),
    QT_TRANSLATE_NOOP("DisplayNames",
                      "Max Planck Institute criteria for augmentation (Garcia-Borreguero et al., "
                      "Sleep Med 2007;8(5):520-530)"),
    // Alerts.cpp: the sources of the intake alerts' upper limits.
    QT_TRANSLATE_NOOP("DisplayNames",
                      "US Food and Nutrition Board tolerable upper intake level for supplemental "
                      "magnesium (NIH ODS, Magnesium fact sheet for health professionals); EFSA "
                      "uses 250 mg/day"),
    QT_TRANSLATE_NOOP("DisplayNames", "NIH ODS, Iron fact sheet for health professionals: "
                                      "tolerable upper intake level 45 mg/day for adults"),
};

} // namespace

QString displayName(std::string_view english)
{
    const std::string key(english); // translate() wants a terminated string
    return QCoreApplication::translate("DisplayNames", key.c_str());
}

QString displayNameInSentence(std::string_view english)
{
    // German capitalises nouns wherever they stand; English and most others do not.
    const QString name = displayName(english);
    return QLocale().language() == QLocale::German ? name : name.toLower();
}

QString localDecimals(const std::string& cLocaleNumber)
{
    QString text = QString::fromStdString(cLocaleNumber);
    text.replace(QLatin1Char('.'), QLocale().decimalPoint());
    return text;
}

QString lagDisplayPhrase(int lagDays)
{
    if (lagDays == 0)
        return QCoreApplication::translate("DisplayNames", "on the same day");
    if (lagDays == 1)
        return QCoreApplication::translate("DisplayNames", "the day before");
    return QCoreApplication::translate("DisplayNames", "%n days before", nullptr, lagDays);
}

} // namespace quietlegs
