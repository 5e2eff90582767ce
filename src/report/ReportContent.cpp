#include "quietlegs/report/ReportContent.h"

#include <algorithm>

namespace quietlegs {
namespace {

// Names print on every page header; a longer text is a paste error, not a name.
constexpr std::size_t kNameMaxLength = 120;

} // namespace

Result<ReportContent> ReportContent::compute(const JournalRecords& allRecords,
                                             const ReportOptions& options)
{
    if (options.to < options.from)
        return Error{"to", formatDate(options.to), "is before from " + formatDate(options.from)};
    if (options.patientName.size() > kNameMaxLength)
        return Error{"patient", options.patientName.substr(0, 40) + "...",
                     "is longer than 120 characters"};
    if (options.recipientName.size() > kNameMaxLength)
        return Error{"recipient", options.recipientName.substr(0, 40) + "...",
                     "is longer than 120 characters"};
    if (!(options.supplementalMagnesiumLimitMg > 0))
        return Error{"magnesium_limit", std::to_string(options.supplementalMagnesiumLimitMg),
                     "must be a positive number of mg"};

    if (options.periods.size() > kMaxNamedPeriods)
        return Error{"period", std::to_string(options.periods.size()) + " periods",
                     "at most 6 periods can be compared"};
    for (const NamedPeriod& period : options.periods)
        if (const std::string problem = namedPeriodProblem(period); !problem.empty())
            return Error{"period",
                         period.name + ":" + formatDate(period.from) + ":" + formatDate(period.to),
                         problem};

    ReportContent content;
    content.options = options;
    PeriodSummaryOptions summaryOptions;
    summaryOptions.supplementalMagnesiumLimitMg = options.supplementalMagnesiumLimitMg;
    content.summary = summarizePeriod(allRecords, options.from, options.to, summaryOptions);
    content.ownFactors = summarizeFactors(allRecords, options.from, options.to);
    // The journal's settings, so that the app's and the CLI's reports agree (interchange-v2.md).
    content.weekStart =
        options.weekStart.value_or(allRecords.settings.weekStart.value_or(WeekStart::Monday));
    content.rdaProfile = options.rdaProfile ? options.rdaProfile : allRecords.settings.rdaProfile;
    // Nights after the period's end are not yet due for the report: blank, never "missing".
    for (int year = int(options.from.year()); year <= int(options.to.year()); ++year)
        content.years.push_back(
            yearCalendar(allRecords, year, addDays(options.to, 1), content.weekStart));
    content.figures = reportFigures(allRecords, options.from, options.to, content.weekStart,
                                    options.supplementalMagnesiumLimitMg);
    for (const NamedPeriod& period : options.periods) {
        content.periodSummaries.push_back(
            summarizePeriod(allRecords, period.from, period.to, summaryOptions));
        content.periodSplits.push_back(reportFigures(allRecords, period.from, period.to,
                                                     content.weekStart,
                                                     options.supplementalMagnesiumLimitMg)
                                           .split);
    }

    StatisticsRequest request;
    request.from = options.from;
    request.to = options.to;
    request.maxLag = kDefaultMaxLag; // the same q values as `quietlegs-cli stats` and Insights
    request.comparison = options.comparison;
    request.weekStart = content.weekStart; // the weekly table and charts use the journal's weeks
    // The journal's primary question leads the report, as it leads Insights.
    auto primary = PrimaryQuestion::fromSettings(allRecords.settings);
    if (!primary)
        return primary.error();
    request.primary = *primary;
    auto statistics = computeStatistics(allRecords, request);
    if (!statistics)
        return statistics.error();
    content.statistics = std::move(statistics).value();

    std::optional<JournalSeries> series;
    for (const ExperimentPlan& plan : allRecords.experiments) {
        if (plan.start > options.to || experimentEnd(plan) < options.from)
            continue;
        ReportContent::ExperimentInPeriod entry{plan, std::nullopt};
        // A running experiment stays hidden, as in the app: looking would break its design.
        if (experimentResultVisible(plan, options.generatedOn)) {
            if (!series)
                series = JournalSeries::fromRecords(allRecords);
            if (auto result = analyseExperiment(plan, *series))
                entry.result = std::move(result).value();
        }
        content.experiments.push_back(std::move(entry));
    }

    if (options.includeNotes)
        for (const Night& night : allRecords.nights)
            if (night.date() >= options.from && night.date() <= options.to &&
                !night.notes().empty())
                content.notes.push_back(ReportNote{night.date(), night.notes()});
    std::sort(content.notes.begin(), content.notes.end(),
              [](const ReportNote& a, const ReportNote& b) { return a.date < b.date; });
    return content;
}

} // namespace quietlegs
