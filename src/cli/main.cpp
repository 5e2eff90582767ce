// quietlegs-cli: the journal's operations for scripts, tests and benchmarks.
#include "CliContext.h"

#include "quietlegs/core/BuildInfo.h"

int main(int argc, char** argv)
{
    using namespace quietlegs::cli;
    CLI::App app{"QuietLegs: a private nightly journal for Restless Legs Syndrome.\n"
                 "Every change is one transaction; bad input exits 2 and changes nothing.",
                 "quietlegs-cli"};
    app.set_version_flag("--version", std::string("quietlegs-cli ") + quietlegs::kVersion);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 success; 1 failure (the journal or a file could not be read or "
               "written, or check found damage); 2 bad input (a flag, field or line is wrong; "
               "nothing was changed).\n"
               "Environment: QUIETLEGS_DATABASE, XDG_DATA_HOME. See quietlegs-cli(1).");

    CliContext context;
    context.commandLine.assign(argv, argv + argc);
    app.add_option("--database", context.databaseFlag,
                   "Journal file (default: $QUIETLEGS_DATABASE, else "
                   "$XDG_DATA_HOME/quietlegs/journal.sqlite)");

    addDemoCommand(app, context);
    addLogCommands(app, context);
    addListCommand(app, context);
    addCheckCommand(app, context);
    addExportCommand(app, context);
    addImportCommand(app, context);
    addStatsCommand(app, context);
    addBackupCommands(app, context);
    addExperimentCommands(app, context);
    addRecoverCommand(app, context);
    addWeekCommands(app, context);
    addFactorCommands(app, context);
    addAlertsCommand(app, context);
    addMedCommands(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& success) {
        return app.exit(success); // --help, --version
    } catch (const CLI::ParseError& error) {
        app.exit(error);
        return kExitBadInput;
    }
    if (!context.action)
        return reportError("no command given (see --help)", kExitBadInput);
    try {
        return context.action();
    } catch (const std::exception& bug) {
        return reportError(std::string("internal error: ") + bug.what(), kExitFailure);
    }
}
