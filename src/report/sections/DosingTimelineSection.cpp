#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <map>
#include <set>

namespace quietlegs {

using namespace reportstyle;

namespace {

constexpr double kLaneHeight = 16;   // points
constexpr double kLabelShare = 0.28; // of the body's width, for the product names

/// Where a date falls on the timeline's axis (the start of its day).
struct DateScale
{
    Date from;
    Date to;
    double left = 0;
    double right = 0;
    double x(Date date) const
    {
        const double days = daysBetween(from, to) + 1;
        return left + (right - left) * daysBetween(from, date) / days;
    }
};

/// Marks the lab dates as thin vertical lines through a lane.
void paintLabLines(QPainter& painter, const DateScale& scale, const std::vector<Date>& labDates,
                   double top, double bottom)
{
    QPen pen(QColor(90, 90, 90), 0.5 * kUnit);
    pen.setStyle(Qt::DotLine);
    painter.setPen(pen);
    for (Date date : labDates)
        if (date >= scale.from && date <= scale.to) {
            const double x = scale.x(date) + (scale.x(addDays(date, 1)) - scale.x(date)) / 2;
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
}

} // namespace

void NutritionistReport::addDosingTimeline()
{
    const ReportFigures& figures = m_content.figures;
    const ReportOptions& options = m_content.options;
    addHeading(tr("Dosing timeline"));
    if (figures.regimens.empty()) {
        addParagraph(tr("No supplement or medicine recorded in this period."));
        return;
    }
    // One lane per product, in the order each was first taken.
    std::vector<std::string> products;
    std::map<std::string, std::vector<Regimen>> runs;
    for (const Regimen& regimen : figures.regimens) {
        if (runs.find(regimen.product) == runs.end())
            products.push_back(regimen.product);
        runs[regimen.product].push_back(regimen);
    }
    std::vector<Date> labDates;
    for (const LabResult& lab : figures.labHistory)
        labDates.push_back(lab.date());

    const QFont laneFont = font(kSmallSize);
    const QFontMetricsF metrics(laneFont);
    const double width = m_layout->body().width();
    const double labelWidth = width * kLabelShare;
    const DateScale scaleTemplate{options.from, options.to, labelWidth, width};

    // The axis: first, middle and last date, and the lab dates named above it.
    const double axisHeight = 2 * metrics.height() + 4 * kUnit;
    m_layout->ensureRoom(axisHeight + 3 * kLaneHeight * kUnit);
    m_layout->place(axisHeight, [=](QPainter& painter, const QRectF& rect) {
        DateScale scale = scaleTemplate;
        scale.left += rect.left();
        scale.right += rect.left();
        painter.setFont(laneFont);
        painter.setPen(kInk);
        const double baseline = rect.top() + metrics.ascent();
        const Date middle = addDays(scale.from, daysBetween(scale.from, scale.to) / 2);
        for (Date date : {scale.from, middle, scale.to}) {
            const QString text = dateText(date);
            const double w = metrics.horizontalAdvance(text);
            const double x = std::clamp(scale.x(date) - w / 2, scale.left, scale.right - w);
            painter.drawText(QPointF(x, baseline), text);
        }
        painter.drawText(QPointF(rect.left(), baseline + metrics.height()),
                         tr("Product, usual time"));
        double lastLabel = -1e9;
        for (Date date : labDates) {
            if (date < scale.from || date > scale.to)
                continue;
            const QString text = tr("lab %1").arg(dateText(date).mid(5));
            const double x = std::min(scale.x(date), scale.right - metrics.horizontalAdvance(text));
            if (x < lastLabel)
                continue; // labels never overlap; the dotted line still marks the date
            painter.drawText(QPointF(x, baseline + metrics.height()), text);
            lastLabel = x + metrics.horizontalAdvance(text) + 3 * kUnit;
        }
        painter.setPen(QPen(kRule, 0.5 * kUnit));
        painter.drawLine(QPointF(scale.left, rect.bottom() - 1 * kUnit),
                         QPointF(scale.right, rect.bottom() - 1 * kUnit));
    });

    for (const std::string& product : products) {
        const std::vector<Regimen> lane = runs[product];
        const Regimen& first = lane.front();
        const bool medicine = first.drug.has_value();
        const bool topical = figures.topicalProducts.count(product) > 0;
        QString label = fromPlain(first.name);
        label += QStringLiteral(", ") + fromPlain(formatClockTime(first.typicalTime));
        // Long names wrap in their column, never clipped.
        const QRectF labelBox(0, 0, labelWidth - 4 * kUnit, 1e7);
        const double labelHeight =
            metrics.boundingRect(labelBox, Qt::TextWordWrap | Qt::AlignLeft, label).height();
        const double height = std::max(kLaneHeight * kUnit, labelHeight + 4 * kUnit);
        m_layout->place(height, [=](QPainter& painter, const QRectF& rect) {
            DateScale scale = scaleTemplate;
            scale.left += rect.left();
            scale.right += rect.left();
            painter.setFont(laneFont);
            painter.setPen(kInk);
            painter.drawText(QRectF(rect.left(), rect.top() + 2 * kUnit, labelWidth - 4 * kUnit,
                                    rect.height() - 2 * kUnit),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, label);
            const double barTop = rect.top() + 3 * kUnit;
            const double barHeight = rect.height() - 6 * kUnit;
            for (const Regimen& run : lane) {
                const Date start = std::max(run.start, scale.from);
                const Date stop = std::min(run.stop, scale.to);
                const QRectF bar(scale.x(start), barTop,
                                 std::max(scale.x(addDays(stop, 1)) - scale.x(start), 1.0 * kUnit),
                                 barHeight);
                // Medicines hatched, supplements grey: readable in greyscale print.
                painter.fillRect(bar, QColor(185, 185, 185));
                if (medicine)
                    painter.fillRect(bar, QBrush(kInk, Qt::BDiagPattern));
                painter.setPen(QPen(kInk, 0.4 * kUnit));
                painter.drawRect(bar);
                const QString dose = tr("%1 mg").arg(amountText(run.dailyMg));
                // A topical product's amount is not a dose: no figure in its bar.
                if (!topical && metrics.horizontalAdvance(dose) + 4 * kUnit < bar.width()) {
                    painter.fillRect(QRectF(bar.left() + 1.5 * kUnit,
                                            bar.center().y() - metrics.ascent() / 2 - 0.5 * kUnit,
                                            metrics.horizontalAdvance(dose) + 1 * kUnit,
                                            metrics.ascent() + 1 * kUnit),
                                     Qt::white);
                    painter.drawText(QPointF(bar.left() + 2 * kUnit,
                                             bar.center().y() + metrics.ascent() / 2 - 0.5 * kUnit),
                                     dose);
                }
            }
            paintLabLines(painter, scale, labDates, rect.top(), rect.bottom());
            painter.setPen(QPen(QColor(215, 215, 215), 0.4 * kUnit));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        });
    }
    addParagraph(tr("One lane per product over the period: a bar is a regimen, a run of days at "
                    "the same daily dose (its mg per day written in the bar where it fits), with "
                    "gaps of up to %1 days without a dose; a space between bars is a longer gap "
                    "or a stop. Supplements grey (elemental mg; a topical product's amount is the "
                    "product's, not absorbed), medicines hatched (mg of the drug). The time is "
                    "the usual (median) clock time of the doses. Dotted lines: blood tests.")
                     .arg(kRegimenMaxGapDays),
                 font(kSmallSize));

    // One row per product: when it was taken in the period and at what daily amounts.
    std::vector<TableRow> rows;
    for (const std::string& product : products) {
        const std::vector<Regimen>& lane = runs[product];
        const bool topical = figures.topicalProducts.count(product) > 0;
        const bool medicine = lane.front().drug.has_value();
        const auto found = figures.productDates.find(product);
        const std::set<Date> dates =
            found == figures.productDates.end() ? std::set<Date>{} : found->second;
        // A regimen may begin before the period: count only the period's dates.
        const Date first = dates.empty() ? options.from : *dates.begin();
        const Date last = dates.empty() ? options.from : *dates.rbegin();
        const int days = int(dates.size());
        const int span = dates.empty() ? 0 : daysBetween(first, last) + 1;
        double low = lane.front().dailyMg, high = low;
        const Regimen* longest = &lane.front();
        for (const Regimen& run : lane) {
            low = std::min(low, run.dailyMg);
            high = std::max(high, run.dailyMg);
            if (run.daysTaken > longest->daysTaken)
                longest = &run;
        }
        QString amount =
            low == high ? amountText(low) : tr("%1 to %2").arg(amountText(low), amountText(high));
        if (topical)
            amount = tr("%1 in the product, not absorbed").arg(amount);
        rows.push_back({{fromPlain(lane.front().name),
                         medicine  ? tr("medicine")
                         : topical ? tr("on the skin")
                                   : tr("supplement by mouth"),
                         tr("%1 to %2").arg(dateText(first), dateText(last)),
                         span > 0 ? tr("%1 of %2 (%3 %)")
                                        .arg(days)
                                        .arg(span)
                                        .arg(QString::number(100.0 * days / span, 'f', 0))
                                  : QStringLiteral("–"),
                         QString::number(lane.size()), amount,
                         fromPlain(formatClockTime(longest->typicalTime))}});
    }
    const Qt::Alignment right = Qt::AlignRight;
    addTable({{tr("Product"), 1.2},
              {tr("Kind"), 0.7},
              {tr("First to last dose in the period"), 1.55},
              {tr("Days taken of the days first to last"), 1.0, right},
              {tr("Regimens"), 0.75, right},
              {tr("mg per day"), 0.85, right},
              {tr("Usual time"), 0.5, right}},
             rows);
    addParagraph(tr("Days taken: dates in the period with a dose, of the dates from the first to "
                    "the last dose in the period (adherence to the product as it was taken). "
                    "Regimens: runs at one daily dose; more than one means the dose changed or "
                    "the product was paused for more than %1 days. Medicines in mg of the drug, "
                    "supplements in elemental mg.")
                     .arg(kRegimenMaxGapDays),
                 font(kSmallSize));
}

} // namespace quietlegs
