#include "ImportFlow.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "dialogs/ColumnMappingDialog.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/GenericCsvImport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace quietlegs {

namespace {

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::InterchangeJson:
        return ImportFlow::tr("QuietLegs interchange JSON");
    case ImportFormat::Cronometer:
        return ImportFlow::tr("Cronometer daily summary");
    case ImportFormat::Fitbit:
        return ImportFlow::tr("Fitbit sleep log");
    case ImportFormat::GenericCsv:
        return ImportFlow::tr("spreadsheet (CSV)");
    case ImportFormat::AppleHealth:
        return ImportFlow::tr("Apple Health export");
    }
    return {};
}

} // namespace

ImportFlow::ImportFlow(JournalSession* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

void ImportFlow::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import into the journal"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Journal data (*.json *.csv *.xml);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

std::optional<ImportSummary> ImportFlow::importFile(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto text = readImportFile(path.toStdString());
    if (!text) {
        showError(tr("Cannot import"), errorText(text.error()));
        return std::nullopt;
    }
    auto format = detectImportFormat(*text);
    if (!format) {
        showError(tr("Cannot import"), tr("%1: %2").arg(fileName, errorText(format.error())));
        return std::nullopt;
    }
    std::optional<CsvColumnMapping> mapping;
    if (*format == ImportFormat::GenericCsv) {
        mapping = askMapping(fileName, *text);
        if (!mapping)
            return std::nullopt;
    }

    // Parsing runs here on the GUI thread; the progress callback keeps the window painting
    // and lets Cancel stop it. The dialog appears only when reading takes over half a second.
    QProgressDialog progress(tr("Reading %1…").arg(fileName), tr("Cancel"), 0, 1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    const ImportProgress report = [&progress](std::int64_t done, std::int64_t total) {
        if (total > 0)
            progress.setValue(static_cast<int>(std::min<std::int64_t>(999, done * 1000 / total)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto batch = readImport(*text, *format, mapping, report);
    progress.close();
    if (!batch) {
        showError(tr("Cannot import"),
                  tr("%1 (%2): %3\n\nNothing was written to the journal.")
                      .arg(fileName, formatName(*format), errorText(batch.error())));
        return std::nullopt;
    }

    auto preview = m_session->applyImport(*batch, /*dryRun*/ true);
    if (!preview) {
        showError(tr("Cannot import"), tr("%1: %2\n\nNothing was written to the journal.")
                                           .arg(fileName, errorText(preview.error())));
        return std::nullopt;
    }
    if (!confirm(*preview))
        return std::nullopt;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = m_session->applyImport(*batch, false, tr("Import %1").arg(fileName));
    QApplication::restoreOverrideCursor();
    if (!summary) {
        showError(tr("Cannot import"), tr("%1: %2\n\nNothing was written to the journal.")
                                           .arg(fileName, errorText(summary.error())));
        return std::nullopt;
    }
    m_lastMessage = summaryText(*summary);
    if (!m_quiet) {
        QMessageBox box(QMessageBox::Information, tr("Import finished"),
                        tr("Imported %1 (%2).").arg(fileName, formatName(*format)), QMessageBox::Ok,
                        m_window);
        box.setInformativeText(m_lastMessage);
        box.exec();
    }
    return *summary;
}

std::optional<CsvColumnMapping> ImportFlow::askMapping(const QString& fileName,
                                                       std::string_view text)
{
    auto preview = previewCsv(text, 10);
    if (!preview) {
        showError(tr("Cannot import"), tr("%1: %2").arg(fileName, errorText(preview.error())));
        return std::nullopt;
    }
    ColumnMappingDialog dialog(fileName, std::string(text), m_window);
    if (m_mappingHook)
        m_mappingHook(dialog);
    else
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.mapping();
}

bool ImportFlow::confirm(const ImportSummary& preview)
{
    if (m_quiet)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Import"),
                    tr("This import will add %1 entries, update %2 and skip %3.")
                        .arg(preview.added)
                        .arg(preview.updated)
                        .arg(preview.skipped.size()),
                    QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Edit > Undo (Ctrl+Z) takes the whole import back."));
    box.setDetailedText(summaryText(preview));
    box.button(QMessageBox::Ok)->setText(tr("&Import"));
    return box.exec() == QMessageBox::Ok;
}

void ImportFlow::showError(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (!m_quiet)
        QMessageBox::critical(m_window, title, text);
}

QString ImportFlow::summaryText(const ImportSummary& summary)
{
    QStringList lines;
    lines << tr("Added: %1").arg(summary.added) << tr("Updated: %1").arg(summary.updated)
          << tr("Unchanged: %1").arg(summary.unchanged);
    if (summary.removed > 0)
        lines << tr("Earlier imported intakes removed: %1").arg(summary.removed);
    lines << tr("Skipped: %1").arg(summary.skipped.size());
    for (const SkippedEntry& skipped : summary.skipped)
        lines << tr("  %1: %2").arg(toQString(skipped.where), toQString(skipped.reason));
    for (const std::string& note : summary.notes)
        lines << toQString(note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace quietlegs
