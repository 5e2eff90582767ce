// Issue 22: a device's record of a night the patient kept a diary for is kept beside the diary
// (interchange-v2 device_sleep). The statistics use the diary; this table shows both.
#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

namespace {

QString sleepText(const std::optional<SleepMetrics>& metrics)
{
    if (!metrics)
        return QStringLiteral("–");
    return QStringLiteral("%1:%2")
        .arg(metrics->totalSleepMin / 60)
        .arg(metrics->totalSleepMin % 60, 2, 10, QLatin1Char('0'));
}

QString efficiencyText(const std::optional<SleepMetrics>& metrics)
{
    if (!metrics || !metrics->efficiencyPercent)
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(fixed(metrics->efficiencyPercent, 0));
}

QString countText(std::optional<int> count)
{
    return count ? QString::number(*count) : QStringLiteral("–");
}

} // namespace

void NutritionistReport::addDeviceSleep()
{
    const auto& nights = m_content.figures.deviceSleepBeside;
    if (nights.empty())
        return;
    addHeading(tr("Device sleep beside the diary"));
    addParagraph(tr("On these nights the patient kept a sleep diary and a device also recorded "
                    "the night. The diary's figures are the ones used throughout this report; "
                    "the device's are shown for comparison. Sleep is total sleep time (h:mm)."));
    std::vector<TableRow> rows;
    for (const DeviceSleepBeside& night : nights)
        rows.push_back(TableRow{{dateText(night.date), qs(night.sourceName), sleepText(night.diary),
                                 efficiencyText(night.diary), countText(night.diaryAwakenings),
                                 sleepText(night.device), efficiencyText(night.device),
                                 countText(night.deviceAwakenings)},
                                {},
                                false});
    addTable({{tr("Night of"), 1},
              {tr("Device"), 1.3},
              {tr("Diary sleep"), 0.8, Qt::AlignRight},
              {tr("Diary efficiency"), 0.9, Qt::AlignRight},
              {tr("Diary awakenings"), 0.9, Qt::AlignRight},
              {tr("Device sleep"), 0.8, Qt::AlignRight},
              {tr("Device efficiency"), 0.9, Qt::AlignRight},
              {tr("Device awakenings"), 0.9, Qt::AlignRight}},
             rows);
}

} // namespace quietlegs
