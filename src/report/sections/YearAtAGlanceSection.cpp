// The year at a glance (issue 24): History's calendar heat map, printed for each calendar year
// the period touches, with the same painter so screen and paper agree.
#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"
#include "quietlegs/report/YearHeatMap.h"

#include <QPainter>
#include <memory>

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addYearAtAGlance()
{
    const ReportOptions& options = m_content.options;
    if (m_content.years.empty())
        return;
    addHeading(tr("The year at a glance"));
    int scored = 0;
    int withoutSeverity = 0;
    int missing = 0;
    for (const YearCalendar& calendar : m_content.years)
        for (const CalendarDay& day : calendar.days) {
            if (day.date < options.from || day.date > options.to)
                continue;
            scored += day.night == CalendarNight::Scored ? 1 : 0;
            withoutSeverity += day.night == CalendarNight::NoSeverity ? 1 : 0;
            missing += day.night == CalendarNight::Missing ? 1 : 0;
        }
    addParagraph(tr("One cell per night, coloured by the patient's 0-10 severity; a dot marks a day "
                    "with a supplement, a bar a day with an RLS medicine, a cross a night not "
                    "logged. Nights after %1 are blank. In the period: %2 nights scored, %3 "
                    "logged without severity, %4 not logged.")
                     .arg(dateText(options.to))
                     .arg(scored)
                     .arg(withoutSeverity)
                     .arg(missing));

    const double width = m_layout->body().width();
    for (const YearCalendar& calendar : m_content.years) {
        auto painter = std::make_shared<YearHeatMapPainter>(calendar);
        painter->setFont(font(kSmallSize));
        painter->setUnitsPerPoint(kUnit);
        const double mapHeight = painter->heightForWidth(width);
        // The year's name stays on the page of its map.
        m_layout->ensureRoom(mapHeight + 2 * kSubheadingSize * kUnit);
        if (m_content.years.size() > 1)
            addSubheading(QString::number(calendar.year));
        m_layout->place(mapHeight, [painter](QPainter& p, const QRectF& rect) {
            painter->paint(p, rect);
        });
    }
}

} // namespace quietlegs
