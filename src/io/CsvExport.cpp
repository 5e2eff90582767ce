#include "quietlegs/io/CsvExport.h"

#include "TextChecks.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/io/CsvWriter.h"
#include "quietlegs/io/ExportFile.h"

#include <optional>
#include <vector>

namespace quietlegs {
namespace {

std::string_view sourceId(IntakeSource source)
{
    switch (source) {
    case IntakeSource::Supplement:
        return "supplement";
    case IntakeSource::Food:
        return "food";
    case IntakeSource::Topical:
        return "topical";
    }
    return "supplement";
}

/// A short, stable id for the AASM 2024 flag, for filtering in a spreadsheet.
std::string_view flagId(IronFlag flag)
{
    switch (flag) {
    case IronFlag::None:
        return "";
    case IronFlag::OralOrIvIron:
        return "iron_recommended";
    case IronFlag::IvIronOnly:
        return "iv_iron_only";
    case IronFlag::LowSaturation:
        return "low_saturation";
    }
    return "";
}

} // namespace

std::string nightsCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"date",
                "irls_1",
                "irls_2",
                "irls_3",
                "irls_4",
                "irls_5",
                "irls_6",
                "irls_7",
                "irls_8",
                "irls_9",
                "irls_10",
                "irls_total",
                "irls_band",
                "severity",
                "into_bed",
                "lights_out",
                "sleep_latency_min",
                "awakenings",
                "waso_min",
                "final_wake",
                "out_of_bed",
                "time_zone",
                "tib_min",
                "tst_min",
                "se_percent",
                "notes",
                "symptom_onset",
                "onset_min_before_lights_out",
                "rls_awakenings",
                "arms"});
    for (const Night& night : records.nights) {
        csv.raw(formatDate(night.date()));
        for (int i = 0; i < kIrlsItemCount; ++i)
            if (night.irls())
                csv.number(double(night.irls()->items()[std::size_t(i)]));
            else
                csv.empty();
        csv.number(night.irlsTotal());
        if (night.irls())
            csv.text(irlsBandName(night.irls()->band()));
        else
            csv.empty();
        csv.number(night.severity());
        const auto& t = night.sleep().times();
        csv.time(t.intoBed).time(t.lightsOut).number(t.sleepLatencyMin).number(t.awakenings);
        csv.number(t.wasoMin).time(t.finalWake).time(t.outOfBed);
        csv.text(night.timeZone().name()); // the zone the clock times are local times of
        const auto metrics = night.sleepMetrics();
        if (metrics) {
            csv.number(double(metrics->timeInBedMin)).number(double(metrics->totalSleepMin));
            csv.fixed(metrics->efficiencyPercent, 1);
        } else {
            csv.empty().empty().empty();
        }
        csv.text(night.notes());
        csv.time(night.symptomOnset()).number(night.onsetMinBeforeLightsOut());
        csv.number(night.rlsAwakenings());
        if (night.arms())
            csv.number(*night.arms() ? 1.0 : 0.0);
        else
            csv.empty();
        csv.endRow();
    }
    return csv.str();
}

std::string weeksCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"week_ending", "irls_1", "irls_2", "irls_3", "irls_4", "irls_5", "irls_6",
                "irls_7", "irls_8", "irls_9", "irls_10", "irls_total", "band", "source",
                "source_name"});
    for (const WeeklyIrls& week : records.weeks) {
        csv.raw(formatDate(week.weekEnding()));
        for (int item : week.irls().items())
            csv.number(double(item));
        csv.number(double(week.total())).text(irlsBandId(week.band()));
        csv.text(week.source()).text(week.sourceName()).endRow();
    }
    return csv.str();
}

std::string intakesCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"taken_at", "journal_date", "nutrient", "form", "route", "source", "compound_mg",
                "elemental_mg", "label"});
    for (const Intake& intake : records.intakes) {
        csv.raw(formatLocalDateTime(intake.takenAt())).raw(formatDate(intake.journalDate()));
        csv.text(nutrientId(intake.nutrient())).text(intake.form()).text(routeId(intake.route()));
        csv.text(sourceId(intake.source())).number(intake.compoundMg());
        csv.rounded(intake.elementalMg(), 3).text(intake.label()).endRow();
    }
    return csv.str();
}

std::string dailyCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"date", "caffeine_mg", "alcohol_units", "exercise_min", "stress"});
    for (const DailyFactors& day : records.daily) {
        csv.raw(formatDate(day.date())).number(day.caffeineMg()).number(day.alcoholUnits());
        csv.number(day.exerciseMin()).number(day.stress()).endRow();
    }
    return csv.str();
}

std::string labsCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"date", "test", "value", "unit", "display_value", "display_unit", "loinc",
                "aasm_flag", "aasm_note", "laboratory", "morning_no_iron_24h", "source",
                "source_name"});
    for (const LabResult& lab : records.labs) {
        csv.raw(formatDate(lab.date())).text(labTestId(lab.test())).number(lab.value());
        csv.text(lab.unit()).rounded(lab.valueInDisplayUnit(), 3).text(lab.displayUnit());
        csv.text(loincCode(lab.test(), lab.unit())).text(flagId(ironFlagOf(lab)));
        csv.text(ironFlagText(ironFlagOf(lab))).text(lab.laboratory());
        const auto drawn = lab.morningNoIron24h();
        csv.text(drawn ? (*drawn ? "true" : "false") : "");
        csv.text(entrySourceId(lab.details().source)).text(lab.details().sourceName).endRow();
    }
    return csv.str();
}

std::vector<std::string> csvExportFiles()
{
    return {kNightsCsvFile, kIntakesCsvFile, kDailyCsvFile,        kLabsCsvFile,
            kWeeksCsvFile,  kFactorsCsvFile, kFactorValuesCsvFile, kMedsCsvFile};
}

Status exportCsv(const JournalRecords& records, const std::filesystem::path& dir)
{
    // The files are one set: written into a sibling folder, then swapped in whole.
    if (auto replaces = exportFolderReplaces(dir, csvExportFiles(), "folder"); !replaces)
        return replaces.error();
    return writeFolderAtomically(dir, {
                                          {kNightsCsvFile, nightsCsv(records)},
                                          {kIntakesCsvFile, intakesCsv(records)},
                                          {kDailyCsvFile, dailyCsv(records)},
                                          {kLabsCsvFile, labsCsv(records)},
                                          {kWeeksCsvFile, weeksCsv(records)},
                                          {kFactorsCsvFile, factorsCsv(records)},
                                          {kFactorValuesCsvFile, factorValuesCsv(records)},
                                          {kMedsCsvFile, medsCsv(records)},
                                      });
}

} // namespace quietlegs
