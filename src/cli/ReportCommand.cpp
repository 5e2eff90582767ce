#include "ReportCommand.h"

#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/report/ReportContent.h"

#ifdef QUIETLEGS_HAVE_REPORT
#include "quietlegs/report/ExperimentSheet.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QGuiApplication>
#include <clocale>
#include <memory>
#elif defined(QUIETLEGS_PDF_HELPER)
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

#include <cstdlib>

namespace quietlegs::cli {
namespace {


/// The report's options from the typed flags; errors name the flag.
Result<ReportOptions> reportOptionsFrom(const PdfExportOptions& flags)
{
    ReportOptions options;
    auto range = parseRange(flags.from, flags.to);
    if (!range)
        return range.error();
    options.generatedOn = localToday();
    options.to = range->to.value_or(options.generatedOn);
    options.from = range->from.value_or(addDays(options.to, -(kDefaultReportDays - 1)));
    if (options.to < options.from)
        return Error{"--from", flags.from, "is after the default --to " + formatDate(options.to)};

    if (flags.paper == "a4" || flags.paper == "A4")
        options.paper = PaperSize::A4;
    else if (flags.paper == "letter" || flags.paper == "Letter")
        options.paper = PaperSize::Letter;
    else
        return Error{"--paper", flags.paper, "must be a4 or letter"};

    if (flags.compare.empty() != flags.outcome.empty())
        return flags.compare.empty() ? Error{"--outcome", flags.outcome, "needs --compare"}
                                     : Error{"--outcome", "", "is required with --compare"};
    if (!flags.compare.empty()) {
        auto outcome = outcomeVariable(flags.outcome, "--outcome");
        if (!outcome)
            return outcome.error();
        auto comparison = parseCompareRanges(flags.compare, outcome->id);
        if (!comparison)
            return comparison.error();
        options.comparison = *comparison;
    }
    if (!(flags.magnesiumLimit > 0) || flags.magnesiumLimit > 5000)
        return Error{"--magnesium-limit", std::to_string(flags.magnesiumLimit),
                     "must be between 0 and 5000 mg"};
    options.supplementalMagnesiumLimitMg = flags.magnesiumLimit;
    // Overrides of the journal's settings, so that one report can be made another way.
    if (!flags.weekStart.empty()) {
        if (flags.weekStart == "monday")
            options.weekStart = WeekStart::Monday;
        else if (flags.weekStart == "sunday")
            options.weekStart = WeekStart::Sunday;
        else
            return Error{"--week-start", flags.weekStart, "must be monday or sunday"};
    }
    if (!flags.rdaProfile.empty()) {
        options.rdaProfile = parseRdaProfile(flags.rdaProfile);
        if (!options.rdaProfile) {
            std::string ids;
            for (RdaProfile profile : allRdaProfiles())
                ids += (ids.empty() ? "" : ", ") + std::string(rdaProfileId(profile));
            return Error{"--rda-profile", flags.rdaProfile, "must be one of " + ids};
        }
    }
    for (const std::string& text : flags.periods) {
        // NAME:FROM:TO, split at the last two colons so that a name may hold one.
        const auto second = text.rfind(':');
        const auto first = second == std::string::npos || second == 0 ? std::string::npos
                                                                      : text.rfind(':', second - 1);
        if (first == std::string::npos || first == 0)
            return Error{"--period", text,
                         "must be NAME:FROM:TO, e.g. magnesium:2026-09-01:2026-10-15"};
        auto from = parseDate(text.substr(first + 1, second - first - 1), "--period");
        if (!from)
            return from.error();
        auto to = parseDate(text.substr(second + 1), "--period");
        if (!to)
            return to.error();
        if (*to < *from)
            return Error{"--period", text, "ends before it starts"};
        options.periods.push_back(NamedPeriod{text.substr(0, first), *from, *to});
    }
    if (options.periods.size() > kMaxNamedPeriods)
        return Error{"--period", std::to_string(options.periods.size()) + " periods",
                     "at most 6 periods can be compared"};
    options.patientName = flags.patient;
    options.recipientName = flags.recipient;
    options.includeNotes = flags.notes;
    return options;
}

#if !defined(QUIETLEGS_HAVE_REPORT) && defined(QUIETLEGS_PDF_HELPER)
/// quietlegs-cli-pdf: next to this program in a build tree, in libexec/quietlegs of an
/// installed one (src/cli/CMakeLists.txt). Empty when neither is there.
std::filesystem::path pdfHelper()
{
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        return {};
    for (const auto& candidate :
         {self.parent_path() / QUIETLEGS_PDF_HELPER_FROM_BIN / QUIETLEGS_PDF_HELPER,
          self.parent_path() / QUIETLEGS_PDF_HELPER})
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    return {};
}

/// Runs the helper in this process's place with this command line: its output, messages and
/// exit status are the command's. Returns only when the helper cannot be run.
int runPdfHelper(const CliContext& context)
{
    const auto helper = pdfHelper();
    if (helper.empty())
        return reportError("the PDF report is not available: " QUIETLEGS_PDF_HELPER
                           " is neither next to quietlegs-cli nor in " QUIETLEGS_PDF_HELPER_FROM_BIN
                           " from it",
                           kExitFailure);
    std::vector<char*> arguments;
    for (const std::string& argument : context.commandLine)
        arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    std::cout.flush();
    ::execv(helper.c_str(), arguments.data());
    return reportError("the PDF report is not available: cannot run " + helper.string() + ": " +
                           std::strerror(errno),
                       kExitFailure);
}
#endif

#ifdef QUIETLEGS_HAVE_REPORT
/// The application object QtGui needs to draw a PDF on a command line (the report, the
/// helper's sheet).
std::unique_ptr<QGuiApplication> pdfApplication()
{
    // No screen: off screen unless the caller chose a platform.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Qt's own warnings (for instance about XDG_RUNTIME_DIR) are not the user's business on
    // a command line; the PDF's failures come back as values and are printed by the caller.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::cerr << "quietlegs-cli: " << message.toStdString() << '\n';
    });
    static int argc = 1;
    static char name[] = "quietlegs-cli";
    static char* argv[] = {name, nullptr};
    auto application = std::make_unique<QGuiApplication>(argc, argv);
    // Qt has set the C library's locale from LANG: under de_DE, snprintf would print the
    // report's analysis figures with a decimal comma next to Qt's points. Output stays C.
    std::setlocale(LC_NUMERIC, "C");
    return application;
}
#endif

} // namespace

void addPdfReportOptions(CLI::App& command, PdfExportOptions& options)
{
    command.add_option("--recipient", options.recipient, "Who the report is for (cover)");
    command.add_option("--paper", options.paper, "Paper size: a4 (default) or letter");
    command.add_flag("--notes", options.notes, "Include the nights' notes");
    command.add_option("--compare", options.compare,
                       "Before/after periods A_FROM:A_TO,B_FROM:B_TO (needs --outcome)");
    command.add_option("--outcome", options.outcome,
                       "Outcome to compare: irls_total, severity or sleep_efficiency");
    command.add_option("--magnesium-limit", options.magnesiumLimit,
                       "Supplemental magnesium upper limit in mg/day (default 350)");
    command.add_option("--week-start", options.weekStart,
                       "First day of the report's weeks: monday or sunday (default: the "
                       "journal's setting week_start)");
    command.add_option("--rda-profile", options.rdaProfile,
                       "RDA profile for intake against the RDA, e.g. female_31_50 (default: the "
                       "journal's setting rda_profile)");
    command.add_option("--period", options.periods,
                       "A period to compare, NAME:FROM:TO (repeatable, up to 6)");
}

int exportPdfReport(CliContext& context, const PdfExportOptions& flags)
{
    if (flags.out.empty())
        return reportError(Error{"--out", "", "is required: the PDF file to write"}, kExitBadInput);
    auto options = reportOptionsFrom(flags);
    if (!options)
        return reportError(options.error(), kExitBadInput);
#ifdef QUIETLEGS_HAVE_REPORT
    auto journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto records = journal->records();
    if (!records)
        return reportError(records.error(), kExitFailure);
    auto content = ReportContent::compute(*records, *options);
    if (!content)
        return reportError(content.error(), kExitBadInput);

    const auto application = pdfApplication();

    const NutritionistReport report(std::move(content).value());
    if (Status written = report.writePdf(QString::fromStdString(flags.out)); !written)
        return reportError(written.error(), kExitFailure);
    std::cout << "exported the report of " << formatDate(options->from) << " to "
              << formatDate(options->to) << " (" << report.pageCount() << " pages) to " << flags.out
              << '\n';
    return kExitOk;
#elif defined(QUIETLEGS_PDF_HELPER)
    // The flags were good; quietlegs-cli-pdf reads them again and writes the report.
    return runPdfHelper(context);
#else
    (void)context;
    return reportError("the PDF report is not available: this quietlegs-cli was built without "
                       "Qt (QUIETLEGS_BUILD_GUI=OFF)",
                       kExitFailure);
#endif
}

int writeExperimentSheet(CliContext& context, const std::string& id, const std::string& out)
{
    auto journal = context.openJournal(Journal::Access::ReadOnly);
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto plan = journal->experiment(id);
    if (!plan)
        return reportError(plan.error(), kExitFailure);
    if (!*plan)
        return reportError(Error{"ID", id, "no such experiment (experiment list shows them)"},
                           kExitBadInput);
    if (!(*plan)->blinded)
        return reportError(Error{"ID", id,
                                 "is not blinded: a sheet is for a helper who fills the packs"},
                           kExitBadInput);
#ifdef QUIETLEGS_HAVE_REPORT
    const auto application = pdfApplication();
    const ExperimentSheet sheet(**plan);
    if (Status written = sheet.writePdf(QString::fromStdString(out)); !written)
        return reportError(written.error(), kExitFailure);
    std::cout << "wrote the helper's sheet of experiment " << id << " (" << sheet.pageCount()
              << (sheet.pageCount() == 1 ? " page" : " pages") << ") to " << out << '\n';
    return kExitOk;
#elif defined(QUIETLEGS_PDF_HELPER)
    (void)out;
    return runPdfHelper(context);
#else
    (void)out;
    return reportError("the helper's sheet is not available: this quietlegs-cli was built "
                       "without Qt (QUIETLEGS_BUILD_GUI=OFF)",
                       kExitFailure);
#endif
}

std::string firstPdfOnlyFlag(const CLI::App& command)
{
    for (const char* flag : {"--recipient", "--paper", "--notes", "--compare", "--outcome",
                             "--magnesium-limit", "--week-start", "--rda-profile", "--period"})
        if (command.count(flag) > 0)
            return flag;
    return {};
}

} // namespace quietlegs::cli
