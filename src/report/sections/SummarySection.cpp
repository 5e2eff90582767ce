#include "ReportStyle.h"
#include "quietlegs/analysis/EffectWording.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/report/AlertWording.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace quietlegs {

using namespace reportstyle;

namespace {

// Page 1's chart is small: the weekly charts follow on their own page.
constexpr double kSummaryChartHeight = 105;
// Rows of "what changed when" on page 1; the dosing timeline has them all.
constexpr std::size_t kSummaryChangesShown = 6;
// A supplement run shorter than this is an odd day, not a change of regimen worth page 1.
constexpr int kSummaryMinRegimenDays = 7;

/// The weekly symptom score (the IRLS-style total when any week has one, else the quick
/// severity, each on its full scale) and sleep efficiency as two lines on one small chart.
void paintSummaryChart(QPainter& painter, const QRectF& rect, const std::vector<IntakeWeek>& weeks,
                       bool irls, const QFont& font)
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double legendHeight = metrics.height() + 3 * kUnit;
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("100 %")) + 4 * kUnit;
    const QRectF plot(rect.left() + axisWidth, rect.top() + legendHeight,
                      rect.width() - 2 * axisWidth,
                      rect.height() - legendHeight - metrics.height());
    const double symptomMax = irls ? 40 : 10;
    painter.setPen(QPen(kRule, 0.5 * kUnit));
    painter.drawRect(plot);
    // Left axis: the symptom score; right axis: sleep efficiency 0-100 %.
    painter.setPen(kInk);
    for (int i = 0; i <= 2; ++i) {
        const double y = plot.bottom() - plot.height() * i / 2;
        const QString left = QString::number(symptomMax * i / 2, 'f', 0);
        const QString right = NutritionistReport::tr("%1 %").arg(50 * i);
        painter.drawText(QPointF(plot.left() - 2 * kUnit - metrics.horizontalAdvance(left),
                                 y + metrics.ascent() / 2),
                         left);
        painter.drawText(QPointF(plot.right() + 2 * kUnit, y + metrics.ascent() / 2), right);
    }
    const std::size_t n = weeks.size();
    auto xOf = [&](std::size_t i) {
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(n - 1);
    };
    auto drawLine = [&](auto valueOf, double max, const QPen& pen, bool squares) {
        painter.setPen(pen);
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<double> value = valueOf(weeks[i]);
            if (!value) {
                open = false; // a gap is a week without a value
                continue;
            }
            const QPointF point(xOf(i),
                                plot.bottom() - plot.height() * std::clamp(*value / max, 0.0, 1.0));
            if (open)
                path.lineTo(point);
            else
                path.moveTo(point);
            open = true;
            const double r = 1.6 * kUnit;
            painter.setBrush(pen.color());
            if (squares)
                painter.drawRect(QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r));
            else
                painter.drawEllipse(point, r, r);
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawPath(path);
    };
    const QPen symptomPen(kInk, 1.2 * kUnit);
    QPen efficiencyPen(QColor(110, 110, 110), 1.0 * kUnit);
    efficiencyPen.setStyle(Qt::DashLine);
    drawLine([irls](const IntakeWeek& w) { return irls ? w.irlsMean : w.severityMean; }, symptomMax,
             symptomPen, false);
    drawLine([](const IntakeWeek& w) { return w.sleepEfficiencyMean; }, 100, efficiencyPen, true);
    // Legend: names every line, so it reads in greyscale.
    painter.setPen(kInk);
    const QString symptom = irls
                                ? NutritionistReport::tr("IRLS-style score (0-40), left axis, dots")
                                : NutritionistReport::tr("Quick severity (0-10), left axis, dots");
    const QString efficiency =
        NutritionistReport::tr("Sleep efficiency (%), right axis, dashed with squares");
    painter.drawText(QPointF(plot.left(), rect.top() + metrics.ascent()),
                     symptom + QStringLiteral("   ") + efficiency);
    if (n > 0) {
        const QString first = dateText(weeks.front().start);
        const QString last = dateText(weeks.back().start);
        const double baseline = plot.bottom() + metrics.ascent() + 1 * kUnit;
        painter.drawText(QPointF(plot.left(), baseline), first);
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(last), baseline), last);
    }
}

/// An alert for the professional reader: what was found, in the third person (the advice
/// to talk to a doctor is the person's, on Today), and the rule it applied.
QString professionalAlertText(const Alert& alert)
{
    const AlertWording wording(AlertReader::Professional);
    return NutritionistReport::tr("%1 Rule: %2.").arg(wording.sentence(alert), wording.rule(alert));
}

} // namespace

void NutritionistReport::addSummary()
{
    const PeriodSummary& s = m_content.summary;
    const ReportFigures& figures = m_content.figures;
    addHeading(tr("Summary for the professional reader"));
    // statistics-v2.md section 3: the question asked in advance is answered first.
    const StatisticsReport& statistics = m_content.statistics;
    addParagraph(fromPlain(effectSentence(statistics.primary.effect, statistics.variables)),
                 font(kBodySize, true));
    addParagraph(
        fromPlain(primaryQuestionText(statistics.primary.question, statistics.variables, true) +
                  " " + verdictSentence(statistics.primary, statistics.variables, true) + " " +
                  std::string(diaryCaveat())));

    std::vector<TableRow> rows;
    auto row = [&rows](const QString& name, const QString& value) {
        rows.push_back(TableRow{{name, value}, {}, false});
    };
    const int periodDays = daysBetween(s.from, s.to) + 1;
    row(tr("Nights logged"),
        tr("%1 of %2 nights in the period").arg(s.nightsLogged).arg(periodDays));
    // Device sleep is not a hand-kept diary (issue 22): the reader sees how much came from one.
    if (!figures.deviceNights.empty()) {
        QStringList sources;
        for (const auto& [name, count] : figures.deviceNights)
            sources << tr("%1: %2").arg(QString::fromStdString(name)).arg(count);
        row(tr("Nights imported from a device or app"), sources.join(QStringLiteral("; ")));
    }
    if (figures.nightsWithDeviceSleep > 0)
        row(tr("Device sleep kept beside the diary"),
            tr("%n night(s): the patient's own diary is used, the device's record is kept "
               "beside it (table \"Device sleep beside the diary\")",
               nullptr, figures.nightsWithDeviceSleep));
    if (s.irlsMean)
        row(tr("IRLS-style score (0-40), mean"),
            tr("%1 (%2), over %n night(s) with all ten items scored", nullptr, s.irlsNights)
                .arg(fixed(s.irlsMean, 1), named(irlsBandName(*s.irlsBand))));
    else
        row(tr("IRLS-style score (0-40), mean"), tr("no night with all ten items scored"));
    row(tr("Quick severity (0-10), mean"),
        s.severityMean
            ? tr("%1, over %n night(s)", nullptr, s.severityNights).arg(fixed(s.severityMean, 1))
            : tr("not recorded"));
    row(tr("Sleep efficiency, mean"), s.sleepEfficiencyMean
                                          ? tr("%1 %, over %n night(s) with complete diary times",
                                               nullptr, s.sleepEfficiencyNights)
                                                .arg(fixed(s.sleepEfficiencyMean, 1))
                                          : tr("no night with complete diary times"));
    addTable({{tr("Figure"), 1.3}, {tr("Value"), 1.9}}, rows);

    // The weekly symptom and sleep-efficiency trend, small.
    const bool irls = std::any_of(figures.weeks.begin(), figures.weeks.end(),
                                  [](const IntakeWeek& w) { return w.irlsMean.has_value(); });
    const std::vector<IntakeWeek> weeks = figures.weeks;
    const QFont chartFont = font(kSmallSize);
    m_layout->place(kSummaryChartHeight * kUnit,
                    [weeks, irls, chartFont](QPainter& painter, const QRectF& rect) {
                        paintSummaryChart(painter, rect.adjusted(0, 2 * kUnit, 0, -4 * kUnit),
                                          weeks, irls, chartFont);
                    });

    // Intake split: elemental mg per day by where it came from; topical counted, not averaged.
    const IntakeSplit& split = figures.split;
    auto perDay = [](std::optional<double> mean, int decimals) {
        return mean ? tr("%1 mg per day").arg(fixed(mean, decimals)) : tr("no day with records");
    };
    std::vector<TableRow> intake;
    intake.push_back({{tr("Magnesium from supplements"), perDay(split.magnesiumSupplementMg, 0)}});
    intake.push_back({{tr("Magnesium from food"), perDay(split.magnesiumFoodMg, 0)}});
    intake.push_back({{tr("Iron from supplements"), perDay(split.ironSupplementMg, 1)}});
    intake.push_back({{tr("Iron from food"), perDay(split.ironFoodMg, 1)}});
    intake.push_back(
        {{tr("Epsom baths and magnesium oils"),
          tr("%n in the period (absorption unknown)", nullptr, split.topicalMagnesiumUses)}});
    intake.push_back({{tr("Days over the supplemental magnesium limit"),
                       tr("%1 of %2 days with records (limit %3 mg/day)")
                           .arg(s.daysOverSupplementalLimit)
                           .arg(s.recordDays)
                           .arg(QString::number(s.supplementalMagnesiumLimitMg, 'g', 6))}});
    addTable(
        {{tr("Elemental intake, mean of the %n day(s) with records", nullptr, split.recordDays),
          1.3},
         {tr("Value"), 1.9}},
        intake);

    // Active alerts on the period's last day, then what changed when.
    std::vector<TableRow> notes;
    for (const Alert& alert : figures.alerts)
        notes.push_back(
            {{dateText(alert.date), tr("Alert"), professionalAlertText(alert)}, {}, true});
    std::vector<const RegimenChange*> changes;
    for (const RegimenChange& change : figures.changes)
        if (change.regimen.drug || change.regimen.daysTaken >= kSummaryMinRegimenDays)
            changes.push_back(&change);
    for (std::size_t i = 0; i < changes.size() && i < kSummaryChangesShown; ++i)
        notes.push_back(
            {{dateText(changes[i]->date), tr("Change"), regimenChangeText(*changes[i])}});
    if (changes.size() > kSummaryChangesShown)
        notes.push_back({{QString(), tr("Change"),
                          tr("%n more change(s): see the dosing timeline", nullptr,
                             int(changes.size() - kSummaryChangesShown))}});
    if (notes.empty())
        addParagraph(tr("No active alert on %1 and no supplement or medicine started, changed or "
                        "stopped in the period.")
                         .arg(dateText(s.to)),
                     font(kSmallSize));
    else
        addTable({{tr("Date"), 0.45},
                  {tr("What"), 0.35},
                  {tr("Alerts, and changes of regimens of a week or more"), 2.4}},
                 notes);
    addParagraph(tr("Means are elemental mg over the days of the period with any record (a "
                    "night, an intake or a daily entry); a day with records but no intake counts "
                    "as 0 mg; intakes before 04:00 count for the evening before. Topical "
                    "magnesium is counted, never averaged as a dose: its absorption through the "
                    "skin is unknown. The upper limit (US Food and Nutrition Board, 350 mg/day "
                    "for adults; EFSA uses 250 mg/day) is about supplemental magnesium only."),
                 font(kSmallSize));
}

QString NutritionistReport::regimenChangeText(const RegimenChange& change)
{
    const Regimen& regimen = change.regimen;
    const QString name = fromPlain(regimen.name);
    const QString dose = amountText(regimen.dailyMg);
    const QString time = fromPlain(formatClockTime(regimen.typicalTime));
    switch (change.kind) {
    case RegimenChangeKind::Started:
        return tr("%1 started: %2 mg per day, usually at %3").arg(name, dose, time);
    case RegimenChangeKind::DoseChanged:
        return tr("%1 changed from %2 to %3 mg per day")
            .arg(name, amountText(change.previousDailyMg.value_or(0)), dose);
    case RegimenChangeKind::Stopped:
        return tr("%1 stopped (last dose; %2 mg per day)").arg(name, dose);
    }
    return name;
}

} // namespace quietlegs
