#include "ImportPreviewDialog.h"

#include "Conversions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

QString kindText(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added:
        return ImportPreviewDialog::tr("add");
    case ImportChange::Kind::Replaced:
        return ImportPreviewDialog::tr("replace");
    case ImportChange::Kind::Kept:
        return ImportPreviewDialog::tr("keep (typed by hand)");
    }
    return {};
}

QComboBox* sourceCombo(const std::vector<std::string>& sources, const std::string& chosen,
                       QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const std::string& source : sources)
        combo->addItem(toQString(source));
    const int index = combo->findText(toQString(chosen));
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return combo;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const ImportBatch& batch,
                                         const ImportSourceChoice& initialChoice,
                                         PreviewFunction previewOf, QWidget* parent)
    : QDialog(parent), m_previewOf(std::move(previewOf))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    // Several devices or apps for the same nights or meals: the person picks one.
    if (batch.sleepSources.size() > 1 || batch.foodSources.size() > 1) {
        auto* form = new QFormLayout;
        if (batch.sleepSources.size() > 1) {
            m_sleepSource =
                sourceCombo(batch.sleepSources,
                            initialChoice.sleepSource.empty() ? batch.chosenSleepSource
                                                              : initialChoice.sleepSource,
                            this);
            m_sleepSource->setObjectName(QStringLiteral("sleepSource"));
            form->addRow(tr("&Sleep from:"), m_sleepSource);
            connect(m_sleepSource, &QComboBox::currentIndexChanged, this,
                    &ImportPreviewDialog::refresh);
        }
        if (batch.foodSources.size() > 1) {
            m_foodSource = sourceCombo(batch.foodSources,
                                       initialChoice.foodSource.empty() ? batch.chosenFoodSource
                                                                        : initialChoice.foodSource,
                                       this);
            m_foodSource->setObjectName(QStringLiteral("foodSource"));
            form->addRow(tr("&Food from:"), m_foodSource);
            connect(m_foodSource, &QComboBox::currentIndexChanged, this,
                    &ImportPreviewDialog::refresh);
        }
        layout->addLayout(form);
    }

    m_changes = new QStandardItemModel(0, 4, this);
    m_changes->setHorizontalHeaderLabels(
        {tr("Day / value"), tr("Change"), tr("Now"), tr("Import")});
    m_changesView = new QTreeView(this);
    m_changesView->setObjectName(QStringLiteral("importChanges"));
    m_changesView->setModel(m_changes);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->setUniformRowHeights(true);
    layout->addWidget(m_changesView, 1);

    m_covered = new QLabel(this);
    m_covered->setObjectName(QStringLiteral("foodCovered"));
    m_covered->setWordWrap(true);
    layout->addWidget(m_covered);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    m_replaceManual = new QCheckBox(tr("&Let the import replace values I typed"), this);
    m_replaceManual->setObjectName(QStringLiteral("replaceManual"));
    m_replaceManual->setToolTip(tr("By default what you typed wins: an imported value only fills "
                                   "an empty field."));
    m_replaceManual->setVisible(batch.importer.has_value());
    connect(m_replaceManual, &QCheckBox::toggled, this, &ImportPreviewDialog::refresh);
    layout->addWidget(m_replaceManual);

    auto* info = new QLabel(tr("Edit > Undo (Ctrl+Z) takes the whole import back."), this);
    layout->addWidget(info);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
    refresh();
}

bool ImportPreviewDialog::replaceManual() const
{
    return m_replaceManual->isChecked();
}

void ImportPreviewDialog::setReplaceManual(bool replace)
{
    m_replaceManual->setChecked(replace);
}

ImportSourceChoice ImportPreviewDialog::sourceChoice() const
{
    ImportSourceChoice choice;
    if (m_sleepSource)
        choice.sleepSource = m_sleepSource->currentText().toStdString();
    if (m_foodSource)
        choice.foodSource = m_foodSource->currentText().toStdString();
    return choice;
}

bool ImportPreviewDialog::chooseSleepSource(const QString& name)
{
    const int index = m_sleepSource ? m_sleepSource->findText(name) : -1;
    if (index >= 0)
        m_sleepSource->setCurrentIndex(index);
    return index >= 0;
}

bool ImportPreviewDialog::chooseFoodSource(const QString& name)
{
    const int index = m_foodSource ? m_foodSource->findText(name) : -1;
    if (index >= 0)
        m_foodSource->setCurrentIndex(index);
    return index >= 0;
}

QString ImportPreviewDialog::coveredText() const
{
    return m_covered->text();
}

void ImportPreviewDialog::refresh()
{
    m_changes->removeRows(0, m_changes->rowCount());
    auto preview = m_previewOf(replaceManual(), sourceChoice());
    if (!preview) {
        m_preview.reset();
        m_counts->setText(tr("This file cannot be imported: %1").arg(errorText(preview.error())));
        m_covered->clear();
        m_details->clear();
        return;
    }
    m_preview = *preview;
    const ImportSummary& summary = *m_preview;
    m_counts->setText(tr("This import will add %1 entries, update %2 and skip %3.")
                          .arg(summary.added)
                          .arg(summary.updated)
                          .arg(summary.skipped.size()));
    // One branch per day, one row per value under it.
    QStandardItem* day = nullptr;
    std::optional<Date> dayDate;
    for (const ImportChange& change : summary.changes) {
        if (!dayDate || *dayDate != change.date) {
            dayDate = change.date;
            day = new QStandardItem(toQString(formatDate(change.date)));
            m_changes->appendRow({day, new QStandardItem, new QStandardItem, new QStandardItem});
        }
        day->appendRow({new QStandardItem(toQString(change.field)),
                        new QStandardItem(kindText(change.kind)),
                        new QStandardItem(toQString(change.oldValue)),
                        new QStandardItem(toQString(change.newValue))});
    }
    m_changesView->expandAll();
    m_changesView->header()->resizeSections(QHeaderView::ResizeToContents);

    QStringList covered;
    for (Date date : summary.foodCoveredDates)
        covered << toQString(formatDate(date));
    m_covered->setText(covered.isEmpty()
                           ? QString()
                           : tr("Food you logged by hand on %1 is covered by the imported food: it "
                                "stays in the journal but is left out of the totals (food is "
                                "counted once).")
                                 .arg(covered.join(QStringLiteral(", "))));
    QStringList details;
    if (!summary.ignoredColumns.empty()) {
        QStringList columns;
        for (const std::string& column : summary.ignoredColumns)
            columns << toQString(column);
        details << tr("Ignored columns: %1").arg(columns.join(QStringLiteral(", ")));
    }
    for (const SkippedEntry& skipped : summary.skipped)
        details << tr("Skipped %1: %2").arg(toQString(skipped.where), toQString(skipped.reason));
    for (const std::string& note : summary.notes)
        details << toQString(note);
    m_details->setText(details.join(QLatin1Char('\n')));
}

} // namespace quietlegs
