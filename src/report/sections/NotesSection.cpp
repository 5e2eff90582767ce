#include "ReportStyle.h"
#include "quietlegs/report/NutritionistReport.h"

namespace quietlegs {

using namespace reportstyle;

void NutritionistReport::addNotes()
{
    if (!m_content.options.includeNotes)
        return;
    addHeading(tr("Notes from the period"));
    if (m_content.notes.empty()) {
        addParagraph(tr("No night in this period has a note."));
        return;
    }
    std::vector<TableRow> rows;
    for (const ReportNote& note : m_content.notes) {
        QString text = QString::fromStdString(note.text).simplified();
        // A row must fit on one page; the longest notes (10000 characters) would not.
        if (text.size() > kNoteMaxShown)
            text = tr("%1... (shortened: the full note is in the journal)")
                       .arg(text.left(kNoteMaxShown));
        rows.push_back(TableRow{{dateText(note.date), text}, {}, false});
    }
    addTable({{tr("Night of"), 0.8}, {tr("Note"), 5}}, rows);
}

} // namespace quietlegs
