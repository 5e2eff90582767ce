#include "quietlegs/report/YearHeatMap.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {
Date day(const char* text)
{
    return *parseDate(text);
}

YearCalendar calendarWith(Date date, int severity)
{
    YearCalendar calendar;
    calendar.year = int(date.year());
    for (Date d = Date{date.year(), std::chrono::January, std::chrono::day{1}};
         int(d.year()) == calendar.year; d = addDays(d, 1))
        calendar.days.emplace_back().date = d;
    CalendarDay& night = calendar.days[std::size_t(daysBetween(calendar.days.front().date, date))];
    night.night = CalendarNight::Scored;
    night.severity = severity;
    return calendar;
}
} // namespace

TEST_CASE("the year heat map finds the date of every cell it paints")
{
    for (const WeekStart start : {WeekStart::Monday, WeekStart::Sunday}) {
        YearCalendar calendar = calendarWith(day("2026-03-15"), 5);
        calendar.weekStart = start;
        const YearHeatMapPainter painter(calendar);
        const QRectF area(10, 20, 900, 220);
        for (const CalendarDay& cell : calendar.days) {
            const QRectF rect = painter.cellRect(area, cell.date);
            REQUIRE(area.contains(rect));
            CHECK(painter.dateAt(area, rect.center()) == cell.date);
        }
        CHECK_FALSE(painter.dateAt(area, area.topLeft()));
    }
}

TEST_CASE("the year heat map's first row is the week start")
{
    YearCalendar calendar = calendarWith(day("2026-01-04"), 1); // a Sunday
    const QRectF area(0, 0, 900, 220);
    calendar.weekStart = WeekStart::Sunday;
    const QRectF sundayFirst = YearHeatMapPainter(calendar).cellRect(area, day("2026-01-04"));
    calendar.weekStart = WeekStart::Monday;
    const QRectF mondayFirst = YearHeatMapPainter(calendar).cellRect(area, day("2026-01-04"));
    CHECK(sundayFirst.top() < mondayFirst.top());
}

TEST_CASE("the year heat map fills a night's cell with its severity's colour")
{
    const YearCalendar calendar = calendarWith(day("2026-06-10"), 9);
    const YearHeatMapPainter heatMap(calendar);
    QImage image(900, 220, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    heatMap.paint(painter, image.rect());
    painter.end();
    const QRectF cell = heatMap.cellRect(image.rect(), day("2026-06-10"));
    CHECK(image.pixelColor(cell.center().toPoint()) == YearHeatMapPainter::severityColor(9));
    // Severity reads from light to dark, also in greyscale print.
    for (int severity = 1; severity <= 10; ++severity)
        CHECK(YearHeatMapPainter::severityColor(severity).lightness() <
              YearHeatMapPainter::severityColor(severity - 1).lightness());
}

} // namespace QUIETLEGS_TEST_FILE
