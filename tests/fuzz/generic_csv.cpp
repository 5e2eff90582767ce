// Fuzzes the CSV reader, the preview, the mapping parser and the spreadsheet importer with
// arbitrary bytes. The first byte chooses the mapping's columns, date format and decimal mark;
// the rest is the file, its delimiter sniffed. Besides crashes and sanitizer reports it checks
// that every night patch the importer produces, sleep diary included, passes the journal's
// rules, and that the formula guard of CSV text cells reads back exactly.
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/io/ImportFormat.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace quietlegs;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    require(withoutCsvFormulaGuard(guardCsvFormula(text)) == text);
    (void)detectImportFormat(text);
    auto preview = previewCsv(text, 5);
    if (!preview)
        return 0;
    CsvColumnMapping mapping = guessColumnMapping(*preview);
    if (choice & 0x40)
        mapping.decimalMark = DecimalMark::Comma;
    if (!mapping.date)
        mapping.date = choice % 4;
    mapping.dateFormat = CsvDateFormat(choice / 4 % 3);
    if (choice & 0x80)
        mapping.severity = 1;
    (void)parseColumnMapping(text.substr(0, 200), preview->header);
    auto batch = importGenericCsv(text, mapping);
    if (!batch)
        return 0;
    for (const NightPatch& patch : batch->nightPatches) {
        NightEntry entry;
        entry.date = patch.date;
        entry.irls = patch.irls;
        entry.severity = patch.severity;
        entry.notes = patch.notes.value_or("");
        // The row's sleep diary on its own is a valid night (the journal may add kept entries).
        entry.sleep = patch.sleep.value_or(SleepDiaryTimes{});
        require(Night::create(entry).ok());
    }
    for (const DailyFactorsPatch& patch : batch->dailyPatches)
        require(DailyFactors::create(patch.fields).ok());
    return 0;
}
