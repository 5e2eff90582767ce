#include "ExportDialog.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/ExportFile.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace quietlegs {

ExportDialog::ExportDialog(JournalSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Export the journal"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_format = new QComboBox(this);
    m_format->addItem(tr("QuietLegs interchange JSON (one file)"), int(Format::Json));
    m_format->addItem(tr("CSV for spreadsheets (five files in a folder)"), int(Format::CsvFolder));
    m_format->addItem(tr("FHIR R4 bundle for health records (one file)"), int(Format::Fhir));
    form->addRow(tr("&Format"), m_format);

    m_wholeJournal = new QCheckBox(tr("&Whole journal"), this);
    m_wholeJournal->setChecked(true);
    form->addRow(QString(), m_wholeJournal);
    m_from = new QDateEdit(QDate::currentDate().addDays(-83), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto* rangeLabel = new QLabel(tr("&Nights from"), this);
    rangeLabel->setBuddy(m_from);
    form->addRow(rangeLabel, range);

    m_patient = new QLineEdit(this);
    m_patient->setPlaceholderText(tr("optional; only the FHIR bundle carries it"));
    form->addRow(tr("&Patient name"), m_patient);

    m_destination = new QLineEdit(this);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(browse);
    auto* destinationLabel = new QLabel(tr("&Save to"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destination);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_wholeJournal, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    layout->addWidget(buttons);
    setDestination(QDir::home().filePath(QStringLiteral("quietlegs-export.json")));
    updateState();
    resize(560, sizeHint().height());
}

ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setRange(QDate from, QDate to)
{
    m_wholeJournal->setChecked(false);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(path);
}

void ExportDialog::setPatientName(const QString& name)
{
    m_patient->setText(name);
}

void ExportDialog::updateState()
{
    m_from->setEnabled(!m_wholeJournal->isChecked());
    m_to->setEnabled(!m_wholeJournal->isChecked());
    m_patient->setEnabled(format() == Format::Fhir);
    // Keep the suggested name in step with the format while it is still ours.
    const QString path = m_destination->text();
    QFileInfo info(path);
    if (info.completeBaseName().startsWith(QLatin1String("quietlegs-export"))) {
        const QString base = info.dir().filePath(QStringLiteral("quietlegs-export"));
        switch (format()) {
        case Format::Json:
            m_destination->setText(base + QStringLiteral(".json"));
            break;
        case Format::CsvFolder:
            m_destination->setText(base);
            break;
        case Format::Fhir:
            m_destination->setText(base + QStringLiteral("-fhir.json"));
            break;
        }
    }
}

void ExportDialog::browse()
{
    QString path;
    if (format() == Format::CsvFolder)
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"),
                                                 m_destination->text());
    else
        path = QFileDialog::getSaveFileName(this, tr("Export to"), m_destination->text(),
                                            tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_destination->setText(path);
    // QFileDialog asked before handing out an existing file; a folder was not asked about.
    if (format() != Format::CsvFolder && QFileInfo::exists(path))
        m_confirmedReplace = path;
}

Result<bool> ExportDialog::replacesSomething(const QString& path) const
{
    const std::filesystem::path out = path.toStdString();
    if (format() == Format::CsvFolder)
        return exportFolderReplaces(out, csvExportFiles(), "Save to");
    std::error_code ec;
    if (std::filesystem::is_directory(out, ec))
        return Error{"Save to", path.toStdString(), "is a folder; give a file name"};
    return std::filesystem::exists(std::filesystem::symlink_status(out, ec));
}

Status ExportDialog::exportNow(bool replaceExisting)
{
    const QString destination = m_destination->text().trimmed();
    if (destination.isEmpty())
        return Error{"Save to", "", "choose where to write the export"};
    if (auto refused = m_session->checkSaveTarget(destination); !refused)
        return refused;
    auto replaces = replacesSomething(destination);
    if (!replaces)
        return replaces.error();
    if (*replaces && !replaceExisting && destination != m_confirmedReplace)
        return Error{"Save to", destination.toStdString(),
                     "exists already; confirm that it may be replaced"};
    DateRange range;
    if (!m_wholeJournal->isChecked()) {
        if (m_to->date() < m_from->date())
            return Error{"Nights from", toStdString(m_from->date().toString(Qt::ISODate)),
                         "is after the last night"};
        range.from = toDate(m_from->date());
        range.to = toDate(m_to->date());
    }
    auto records = m_session->journal().records(range);
    if (!records)
        return records.error();
    const std::filesystem::path out = destination.toStdString();
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    switch (format()) {
    case Format::Json:
        return writeFileAtomically(out, interchangeJson(*records, now));
    case Format::CsvFolder:
        return exportCsv(*records, out);
    case Format::Fhir:
        return writeFileAtomically(
            out, fhirBundleJson(*records, {now, toStdString(m_patient->text().trimmed())}));
    }
    return {};
}

void ExportDialog::accept()
{
    const QString destination = m_destination->text().trimmed();
    bool replace = false;
    // The journal is refused before any question about replacing it could be asked.
    if (m_session->checkSaveTarget(destination).ok() && destination != m_confirmedReplace) {
        if (auto replaces = replacesSomething(destination); replaces && *replaces) {
            const auto answer = QMessageBox::question(
                this, tr("Replace?"),
                format() == Format::CsvFolder
                    ? tr("%1 holds an earlier CSV export. Replace its files?").arg(destination)
                    : tr("%1 exists already. Replace it?").arg(destination),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
            replace = true;
        }
    }
    if (Status status = exportNow(replace); !status) {
        QMessageBox::critical(this, tr("Export failed"), errorText(status.error()));
        return;
    }
    QDialog::accept();
}

} // namespace quietlegs
