#include "ImportFlow.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "quietlegs/io/AppleHealthImport.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/GenericCsvImport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
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
    // An Apple Health export is hundreds of MB to GB: it is read as a stream from the file,
    // never held in memory (the other formats are read whole).
    const std::filesystem::path file = path.toStdString();
    const bool streamed = looksLikeAppleHealthExportFile(file);
    auto text = streamed ? Result<std::string>(std::string()) : readImportFile(file.string());
    if (!text) {
        showError(tr("Cannot import"), errorText(text.error()));
        return std::nullopt;
    }
    auto format =
        streamed ? Result<ImportFormat>(ImportFormat::AppleHealth) : detectImportFormat(*text);
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
    // The source last chosen among several devices or apps (Apple Health) is remembered.
    QSettings settings;
    ImportSourceChoice choice{
        settings.value(QStringLiteral("import/sleepSource")).toString().toStdString(),
        settings.value(QStringLiteral("import/foodSource")).toString().toStdString()};
    auto read = [&](const ImportSourceChoice& wanted, const ImportProgress& onProgress) {
        return streamed ? importAppleHealthFile(file, AppleHealthOptions{wanted, std::nullopt},
                                                onProgress)
                        : readImport(*text, *format, mapping, onProgress, wanted);
    };
    auto batch = read(choice, report);
    progress.close();
    if (!batch) {
        showError(tr("Cannot import"),
                  tr("%1 (%2): %3\n\nNothing was written to the journal.")
                      .arg(fileName, formatName(*format), errorText(batch.error())));
        return std::nullopt;
    }

    // The preview: per day what the import adds, replaces or keeps; the person may let it
    // replace typed values or pick another source, each of which previews again.
    ImportBatch shown = std::move(batch).value();
    ImportSourceChoice shownChoice = choice;
    auto previewOf = [&](bool replaceManual,
                         const ImportSourceChoice& wanted) -> Result<ImportSummary> {
        if (wanted.sleepSource != shownChoice.sleepSource ||
            wanted.foodSource != shownChoice.foodSource) {
            auto again = read(wanted, {});
            if (!again)
                return again.error();
            shown = std::move(again).value();
            shownChoice = wanted;
        }
        return m_session->applyImport(shown, /*dryRun*/ true, {}, replaceManual);
    };
    auto preview = previewOf(false, choice);
    if (!preview) {
        showError(tr("Cannot import"), tr("%1: %2\n\nNothing was written to the journal.")
                                           .arg(fileName, errorText(preview.error())));
        return std::nullopt;
    }
    bool replaceManual = false;
    if (!m_quiet || m_previewHook) {
        ImportPreviewDialog dialog(fileName, shown, choice, previewOf, m_window);
        if (m_previewHook)
            m_previewHook(dialog);
        else
            dialog.exec();
        if (dialog.result() != QDialog::Accepted || !dialog.preview())
            return std::nullopt;
        replaceManual = dialog.replaceManual();
        const ImportSourceChoice chosen = dialog.sourceChoice();
        if (!chosen.sleepSource.empty())
            settings.setValue(QStringLiteral("import/sleepSource"), toQString(chosen.sleepSource));
        if (!chosen.foodSource.empty())
            settings.setValue(QStringLiteral("import/foodSource"), toQString(chosen.foodSource));
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary =
        m_session->applyImport(shown, false, tr("Import %1").arg(fileName), replaceManual);
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
    if (!summary.foodCoveredDates.empty()) {
        QStringList dates;
        for (Date date : summary.foodCoveredDates)
            dates << toQString(formatDate(date));
        lines << tr("Food logged by hand is now covered by the import (counted once) on: %1")
                     .arg(dates.join(QStringLiteral(", ")));
    }
    for (const std::string& note : summary.notes)
        lines << toQString(note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace quietlegs
