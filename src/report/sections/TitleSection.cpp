#include "ReportStyle.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addTitle()
{
    const ReportOptions& options = m_content.options;
    const QFont titleFont = font(kTitleSize, true);
    const QFont lineFont = font(10);
    const QFont labelFont = font(10, true);
    QList<QPair<QString, QString>> lines;
    if (!options.patientName.empty())
        lines.append({tr("Patient"), QString::fromStdString(options.patientName)});
    if (!options.recipientName.empty())
        lines.append({tr("Prepared for"), QString::fromStdString(options.recipientName)});
    lines.append(
        {tr("Period"), tr("%1 to %2 (%n days)", nullptr, daysBetween(options.from, options.to) + 1)
                           .arg(dateText(options.from), dateText(options.to))});
    lines.append({tr("Generated"),
                  tr("%1 by QuietLegs %2").arg(dateText(options.generatedOn), qs(kVersion))});

    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF lineMetrics(lineFont);
    const double height =
        titleMetrics.height() + 6 * kUnit + lines.size() * lineMetrics.height() + 4 * kUnit;
    m_layout->place(height, [=](QPainter& painter, const QRectF& rect) {
        painter.setPen(kInk);
        painter.setFont(titleFont);
        painter.drawText(QPointF(rect.left(), rect.top() + titleMetrics.ascent()),
                         tr("Restless legs journal report"));
        double y = rect.top() + titleMetrics.height() + 6 * kUnit;
        double labelWidth = 0;
        for (const auto& line : lines)
            labelWidth =
                std::max(labelWidth, QFontMetricsF(labelFont).horizontalAdvance(line.first));
        for (const auto& line : lines) {
            painter.setFont(labelFont);
            painter.drawText(QPointF(rect.left(), y + lineMetrics.ascent()), line.first);
            painter.setFont(lineFont);
            painter.drawText(
                QPointF(rect.left() + labelWidth + 8 * kUnit, y + lineMetrics.ascent()),
                line.second);
            y += lineMetrics.height();
        }
    });
    addParagraph(tr("This report summarises a personal nightly journal kept with QuietLegs: "
                    "symptom scores, sleep diary times, magnesium and iron taken, and blood "
                    "tests. It is a journal, not a diagnosis: it flags, it never prescribes."),
                 font(kBodySize));
}

} // namespace quietlegs
