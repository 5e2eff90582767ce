#pragma once

#include "quietlegs/io/ImportBatch.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace quietlegs {

/// The import's preview before anything is written (issue 22): the counts, then per day what
/// would be added, replaced or kept (typed by hand) with the old and new values, the days
/// whose hand-logged food the import covers (counted once), the file's ignored columns and
/// notes. "Let the import replace values I typed" (--replace-manual) and, when the file holds
/// several sleep or food sources (Apple Health), a choice among them: changing either asks
/// `previewOf` for a new preview. Tests set the controls and call accept().
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// The preview for a choice: the batch read with that source choice, then dry-run with
    /// replaceManual; an error is shown in place of the changes.
    using PreviewFunction =
        std::function<Result<ImportSummary>(bool replaceManual, const ImportSourceChoice& choice)>;

    ImportPreviewDialog(const QString& fileName, const ImportBatch& batch,
                        const ImportSourceChoice& initialChoice, PreviewFunction previewOf,
                        QWidget* parent = nullptr);

    bool replaceManual() const;
    void setReplaceManual(bool replace);
    ImportSourceChoice sourceChoice() const;
    /// Picks a source by its name (as the file names it); false when the file has no such one.
    bool chooseSleepSource(const QString& name);
    bool chooseFoodSource(const QString& name);

    /// The shown preview (the last successful one).
    const std::optional<ImportSummary>& preview() const { return m_preview; }
    QStandardItemModel* changesModel() const { return m_changes; }
    QString coveredText() const;

private:
    void refresh();

    PreviewFunction m_previewOf;
    QLabel* m_counts = nullptr;
    QStandardItemModel* m_changes = nullptr;
    QTreeView* m_changesView = nullptr;
    QLabel* m_covered = nullptr;
    QLabel* m_details = nullptr;
    QCheckBox* m_replaceManual = nullptr;
    QComboBox* m_sleepSource = nullptr;
    QComboBox* m_foodSource = nullptr;
    std::optional<ImportSummary> m_preview;
};

} // namespace quietlegs
