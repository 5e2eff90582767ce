#pragma once

#include "quietlegs/io/ImportBatch.h"
#include "quietlegs/io/ImportFormat.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace quietlegs {

class ColumnMappingDialog;
class ImportPreviewDialog;
class JournalSession;

/// File > Import…: choose a file, recognise its format (interchange JSON, Cronometer daily
/// summary, Fitbit sleep JSON, any other CSV), ask for a spreadsheet's column mapping, read it
/// with a progress dialog that keeps the window responsive, confirm what it will change, write
/// it in one transaction and show the summary. Errors (which name the line, array index or
/// field) are shown and nothing is written.
///
/// Tests drive it without modal loops: setQuiet(true) records messages in lastMessage()
/// instead of showing boxes (and skips the confirmation), and a mapping hook receives the
/// mapping dialog in place of exec() and accepts or rejects it.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(JournalSession* session, QWidget* window);

    /// Asks for a file, then importFile().
    void chooseAndImport();
    /// The whole flow for one file; the summary when something was written.
    std::optional<ImportSummary> importFile(const QString& path);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    void setMappingHook(std::function<void(ColumnMappingDialog&)> hook)
    {
        m_mappingHook = std::move(hook);
    }
    /// Receives the preview dialog in place of exec() (tests: tick "replace values I typed",
    /// choose a source, then accept or reject). Without it a quiet flow imports as previewed.
    void setPreviewHook(std::function<void(ImportPreviewDialog&)> hook)
    {
        m_previewHook = std::move(hook);
    }
    /// The last summary or error text (what the message box showed or would have shown).
    QString lastMessage() const { return m_lastMessage; }

    /// The summary for people: counts, then each skipped entry with its reason.
    static QString summaryText(const ImportSummary& summary);

private:
    std::optional<CsvColumnMapping> askMapping(const QString& fileName, std::string_view text);
    void showError(const QString& title, const QString& text);

    JournalSession* m_session;
    QWidget* m_window;
    bool m_quiet = false;
    std::function<void(ColumnMappingDialog&)> m_mappingHook;
    std::function<void(ImportPreviewDialog&)> m_previewHook;
    QString m_lastMessage;
};

} // namespace quietlegs
