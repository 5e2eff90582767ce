#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace quietlegs {

using namespace reportstyle;

namespace {

constexpr double kPanelHeight = 150; // points, one per nutrient

/// A "nice" axis maximum at or above `value`: 1, 2 or 5 times a power of ten.
double niceMaximum(double value)
{
    if (!(value > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * power >= value)
            return step * power;
    return 10 * power;
}

struct Panel
{
    QString title;
    bool iron = false;
    std::optional<double> rda;
    double upperLimit = 0;
    bool upperLimitSupplementOnly = false;
};

/// Stacked weekly bars: supplement at the bottom (what the magnesium UL is about), food on
/// top; a partial week lighter, with its night count under it.
void paintPanel(QPainter& painter, const QRectF& rect, const Panel& panel,
                const std::vector<IntakeWeek>& weeks, const QFont& font)
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double legendHeight = metrics.height() + 3 * kUnit;
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 4 * kUnit;
    const QRectF plot(rect.left() + axisWidth, rect.top() + legendHeight,
                      rect.width() - axisWidth - 2 * kUnit,
                      rect.height() - legendHeight - 2 * metrics.height());
    auto supplementOf = [&](const IntakeWeek& w) {
        return panel.iron ? w.ironSupplementMg : w.magnesiumSupplementMg;
    };
    auto foodOf = [&](const IntakeWeek& w) {
        return panel.iron ? w.ironFoodMg : w.magnesiumFoodMg;
    };
    double top = std::max(panel.upperLimit, panel.rda.value_or(0));
    for (const IntakeWeek& w : weeks)
        top = std::max(top, supplementOf(w) + foodOf(w));
    const double maximum = niceMaximum(top * 1.05);
    auto yOf = [&](double mg) { return plot.bottom() - plot.height() * mg / maximum; };

    painter.setPen(kInk);
    painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), panel.title);
    for (int i = 0; i <= 4; ++i) {
        const double mg = maximum * i / 4;
        const QString text = QString::number(mg, 'g', 4);
        painter.setPen(QPen(QColor(225, 225, 225), 0.4 * kUnit));
        painter.drawLine(QPointF(plot.left(), yOf(mg)), QPointF(plot.right(), yOf(mg)));
        painter.setPen(kInk);
        painter.drawText(QPointF(plot.left() - 2 * kUnit - metrics.horizontalAdvance(text),
                                 yOf(mg) + metrics.ascent() / 2),
                         text);
    }
    const std::size_t n = weeks.size();
    const double slot = n > 0 ? plot.width() / double(n) : plot.width();
    const double barWidth = slot * 0.7;
    for (std::size_t i = 0; i < n; ++i) {
        const IntakeWeek& week = weeks[i];
        const double x = plot.left() + slot * double(i) + (slot - barWidth) / 2;
        const bool partial = week.partial();
        const double supplement = supplementOf(week);
        const double food = foodOf(week);
        const QColor supplementFill = partial ? QColor(150, 150, 150) : QColor(70, 70, 70);
        const QColor foodFill = partial ? QColor(225, 225, 225) : QColor(175, 175, 175);
        const QRectF supplementBar(x, yOf(supplement), barWidth, plot.bottom() - yOf(supplement));
        const QRectF foodBar(x, yOf(supplement + food), barWidth,
                             yOf(supplement) - yOf(supplement + food));
        painter.fillRect(supplementBar, supplementFill);
        painter.fillRect(foodBar, foodFill);
        if (partial) {
            // A partial week is drawn as such: lighter, outlined dashed, with its nights.
            QPen dashed(kInk, 0.4 * kUnit);
            dashed.setStyle(Qt::DashLine);
            painter.setPen(dashed);
            painter.drawRect(supplementBar.united(foodBar));
            painter.setPen(kInk);
            const QString nights = NutritionistReport::tr("%n night(s)", nullptr, week.nights);
            // Above the bar, clear of the axis labels under the plot.
            const double width = metrics.horizontalAdvance(nights);
            painter.drawText(
                QPointF(std::clamp(x + barWidth / 2 - width / 2, plot.left(), plot.right() - width),
                        foodBar.top() - metrics.descent() - 1 * kUnit),
                nights);
        }
    }
    // Reference lines: RDA solid, the upper limit dashed, each labelled.
    auto referenceLine = [&](double mg, const QString& text, Qt::PenStyle style) {
        QPen pen(kInk, 0.8 * kUnit);
        pen.setStyle(style);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), yOf(mg)), QPointF(plot.right(), yOf(mg)));
        const QRectF box(plot.right() - metrics.horizontalAdvance(text) - 2 * kUnit,
                         yOf(mg) - metrics.height() - 0.5 * kUnit,
                         metrics.horizontalAdvance(text) + 1 * kUnit, metrics.height());
        painter.fillRect(box, Qt::white);
        painter.setPen(kInk);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    };
    if (panel.rda)
        referenceLine(*panel.rda,
                      NutritionistReport::tr("RDA %1 mg").arg(QString::number(*panel.rda, 'g', 4)),
                      Qt::SolidLine);
    referenceLine(panel.upperLimit,
                  panel.upperLimitSupplementOnly
                      ? NutritionistReport::tr("UL %1 mg, supplements only (dark part)")
                            .arg(QString::number(panel.upperLimit, 'g', 4))
                      : NutritionistReport::tr("UL %1 mg, all iron")
                            .arg(QString::number(panel.upperLimit, 'g', 4)),
                  Qt::DashLine);
    painter.setPen(QPen(kRule, 0.6 * kUnit));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (n > 0) {
        painter.setPen(kInk);
        const double baseline = plot.bottom() + metrics.height() + metrics.ascent() + 1 * kUnit;
        const QString first =
            NutritionistReport::tr("week of %1").arg(dateText(weeks.front().start));
        const QString last = NutritionistReport::tr("week of %1").arg(dateText(weeks.back().start));
        painter.drawText(QPointF(plot.left(), baseline), first);
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(last), baseline), last);
    }
}

} // namespace

void NutritionistReport::addIntakeAgainstReference()
{
    const ReportFigures& figures = m_content.figures;
    const IntakeSplit& split = figures.split;
    const std::optional<RdaProfile> profile = m_content.rdaProfile;
    addHeading(tr("Intake against the RDA and upper limits"));
    addParagraph(profile ? tr("RDA profile (journal setting rda_profile): %1.")
                               .arg(named(rdaProfileDisplayName(*profile)))
                         : tr("No RDA profile is set in the journal (setting rda_profile), so no "
                              "RDA is shown."));

    auto mg = [](std::optional<double> value, int decimals) {
        return value ? fixed(value, decimals) : QStringLiteral("–");
    };
    auto total = [](std::optional<double> a, std::optional<double> b) -> std::optional<double> {
        if (!a && !b)
            return std::nullopt;
        return a.value_or(0) + b.value_or(0);
    };
    auto percentOf = [](std::optional<double> value, std::optional<double> reference) {
        if (!value || !reference || !(*reference > 0))
            return QStringLiteral("–");
        return tr("%1 %").arg(QString::number(*value / *reference * 100, 'f', 0));
    };
    const std::optional<double> magnesiumRda =
        profile ? std::optional<double>(magnesiumRdaMg(*profile)) : std::nullopt;
    const std::optional<double> ironRda =
        profile ? std::optional<double>(ironRdaMg(*profile)) : std::nullopt;
    const double magnesiumUl = m_content.options.supplementalMagnesiumLimitMg;
    const auto magnesiumTotal = total(split.magnesiumFoodMg, split.magnesiumSupplementMg);
    const auto ironTotal = total(split.ironFoodMg, split.ironSupplementMg);
    const std::vector<TableRow> rows{
        {{tr("Magnesium"), mg(split.magnesiumFoodMg, 0), mg(split.magnesiumSupplementMg, 0),
          mg(magnesiumTotal, 0),
          magnesiumRda ? QString::number(*magnesiumRda) : QStringLiteral("–"),
          percentOf(magnesiumTotal, magnesiumRda),
          tr("%1 (supplements only)").arg(QString::number(magnesiumUl, 'g', 6)),
          tr("%1 of %2").arg(m_content.summary.daysOverSupplementalLimit).arg(split.recordDays)}},
        {{tr("Iron"), mg(split.ironFoodMg, 1), mg(split.ironSupplementMg, 1), mg(ironTotal, 1),
          ironRda ? QString::number(*ironRda) : QStringLiteral("–"), percentOf(ironTotal, ironRda),
          tr("%1 (all iron)").arg(QString::number(kIronUpperLimitMg)),
          tr("%1 of %2").arg(split.daysOverIronUpperLimit).arg(split.recordDays)}}};
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("mg per day"), 0.8},
              {tr("Food"), 0.5, right},
              {tr("Supplements"), 0.8, right},
              {tr("Total"), 0.5, right},
              {tr("RDA"), 0.45, right},
              {tr("Total / RDA"), 0.75, right},
              {tr("Upper limit"), 1.5, right},
              {tr("Days over the limit"), 0.9, right}},
             rows);
    // domain.md "Iron": calcium, magnesium, tea and coffee at the same time reduce absorption,
    // vitamin C helps.
    const IronDoseContext& iron = figures.ironContext;
    if (iron.ironDoses > 0)
        addParagraph(tr("Iron supplement doses in the period: %1. Taken within an hour of "
                        "magnesium by mouth (reduces iron absorption): %2. Within an hour of "
                        "vitamin C (helps absorption): %3. On days with caffeine logged (the "
                        "journal has no clock time for coffee or tea): %4. Calcium is not "
                        "recorded.")
                         .arg(iron.ironDoses)
                         .arg(iron.withMagnesiumSameHour)
                         .arg(iron.withVitaminCSameHour)
                         .arg(iron.onCaffeineDays));

    const std::vector<IntakeWeek> weeks = figures.weeks;
    const QFont chartFont = font(kSmallSize);
    const QString weekName = m_content.weekStart == WeekStart::Sunday
                                 ? tr("weeks from Sunday (journal setting week_start)")
                                 : tr("weeks from Monday (journal setting week_start)");
    // Iron on its own panel and axis: on magnesium's scale its bars would be a pixel high.
    const std::vector<Panel> panels{
        {tr("Magnesium, mean mg per day of each week: supplements (dark) and food (light), %1")
             .arg(weekName),
         false, magnesiumRda, magnesiumUl, true},
        {tr("Iron, mean mg per day of each week: supplements (dark) and food (light), %1")
             .arg(weekName),
         true, ironRda, kIronUpperLimitMg, false}};
    for (const Panel& panel : panels)
        m_layout->place(kPanelHeight * kUnit,
                        [panel, weeks, chartFont](QPainter& painter, const QRectF& rect) {
                            paintPanel(painter, rect.adjusted(0, 4 * kUnit, 0, -4 * kUnit), panel,
                                       weeks, chartFont);
                        });
    addParagraph(
        tr("Each bar is a week's mean over its days with records: supplements by mouth at the "
           "bottom, food on top (topical products are not intake). A week cut by the period's "
           "first or last date is partial: lighter, outlined dashed, with its night count. RDA: "
           "NIH Office of Dietary Supplements. Upper limits: supplemental magnesium %1 mg/day "
           "(US Food and Nutrition Board; EFSA uses 250 mg/day), food never counts; iron %2 mg/day "
           "for adults, food and supplements, shown as information: iron therapy under medical "
           "supervision exceeds it.")
            .arg(QString::number(magnesiumUl, 'g', 6))
            .arg(QString::number(kIronUpperLimitMg)),
        font(kSmallSize));
}

} // namespace quietlegs
