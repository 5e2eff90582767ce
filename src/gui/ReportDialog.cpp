#include "ReportDialog.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace quietlegs {

namespace {

// Preview resolution: a whole A4 page is about 500 px wide, readable next to the form.
constexpr double kPreviewDotsPerInch = 60;

QDateEdit* dateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

/// A form label whose mnemonic focuses `buddy` (rows holding a layout get none by themselves).
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReportDialog::ReportDialog(JournalSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Report for a nutritionist or doctor"));
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;

    const QDate today = QDate::currentDate();
    m_from = dateEdit(today.addDays(-(kDefaultReportDays - 1)), this);
    m_to = dateEdit(today, this);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    form->addRow(buddyLabel(tr("&Nights from"), m_from, this), range);
    m_patient = new QLineEdit(this);
    m_patient->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Patient"), m_patient);
    m_recipient = new QLineEdit(this);
    m_recipient->setPlaceholderText(tr("optional, e.g. your nutritionist"));
    form->addRow(tr("&For"), m_recipient);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    form->addRow(tr("P&aper"), m_paper);
    m_notes = new QCheckBox(tr("Include the nights' &notes (private otherwise)"), this);
    form->addRow(QString(), m_notes);
    left->addLayout(form);

    m_compare = new QGroupBox(tr("&Compare before and after"), this);
    m_compare->setCheckable(true);
    m_compare->setChecked(false);
    auto* compareForm = new QFormLayout(m_compare);
    m_outcome = new QComboBox(m_compare);
    m_outcome->addItem(tr("IRLS-style total"), int(Outcome::IrlsTotal));
    m_outcome->addItem(tr("Quick severity rating"), int(Outcome::Severity));
    m_outcome->addItem(tr("Sleep efficiency"), int(Outcome::SleepEfficiency));
    compareForm->addRow(tr("&Outcome"), m_outcome);
    m_aFrom = dateEdit(today.addDays(-83), m_compare);
    m_aTo = dateEdit(today.addDays(-42), m_compare);
    m_bFrom = dateEdit(today.addDays(-41), m_compare);
    m_bTo = dateEdit(today, m_compare);
    auto* before = new QHBoxLayout;
    before->addWidget(m_aFrom);
    before->addWidget(new QLabel(tr("to"), m_compare));
    before->addWidget(m_aTo);
    compareForm->addRow(buddyLabel(tr("&Before"), m_aFrom, m_compare), before);
    auto* after = new QHBoxLayout;
    after->addWidget(m_bFrom);
    after->addWidget(new QLabel(tr("to"), m_compare));
    after->addWidget(m_bTo);
    compareForm->addRow(buddyLabel(tr("A&fter"), m_bFrom, m_compare), after);
    left->addWidget(m_compare);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    left->addWidget(m_problem);
    left->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    connect(save, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    left->addWidget(buttons);
    outer->addLayout(left);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesWidget = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesWidget);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    m_pagesLayout->setSpacing(12);
    m_scroll->setWidget(m_pagesWidget);
    m_scroll->setMinimumWidth(560);
    outer->addWidget(m_scroll, 1);

    // Re-render shortly after the last change, not on every keystroke.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    for (QDateEdit* edit : {m_from, m_to, m_aFrom, m_aTo, m_bFrom, m_bTo})
        connect(edit, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    for (QLineEdit* edit : {m_patient, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &ReportDialog::schedulePreview);
    for (QComboBox* combo : {m_paper, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_notes, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    connect(m_compare, &QGroupBox::toggled, this, &ReportDialog::schedulePreview);

    resize(1100, 800);
    schedulePreview();
}

void ReportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setNames(const QString& patient, const QString& recipient)
{
    m_patient->setText(patient);
    m_recipient->setText(recipient);
}

void ReportDialog::setLetterPaper(bool letter)
{
    m_paper->setCurrentIndex(letter ? 1 : 0);
}

void ReportDialog::setIncludeNotes(bool include)
{
    m_notes->setChecked(include);
}

void ReportDialog::setComparison(QDate aFrom, QDate aTo, QDate bFrom, QDate bTo)
{
    const bool on = aFrom.isValid() && aTo.isValid() && bFrom.isValid() && bTo.isValid();
    m_compare->setChecked(on);
    if (!on)
        return;
    m_aFrom->setDate(aFrom);
    m_aTo->setDate(aTo);
    m_bFrom->setDate(bFrom);
    m_bTo->setDate(bTo);
}

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

Result<ReportOptions> ReportDialog::options() const
{
    ReportOptions options;
    options.from = toDate(m_from->date());
    options.to = toDate(m_to->date());
    if (options.to < options.from)
        return Error{"Nights from", toStdString(m_from->date().toString(Qt::ISODate)),
                     "is after the last night"};
    options.patientName = toStdString(m_patient->text().trimmed());
    options.recipientName = toStdString(m_recipient->text().trimmed());
    options.paper = static_cast<PaperSize>(m_paper->currentData().toInt());
    options.includeNotes = m_notes->isChecked();
    options.generatedOn = localToday();
    if (m_compare->isChecked()) {
        if (m_aTo->date() < m_aFrom->date())
            return Error{"Before", "", "ends before it starts"};
        if (m_bTo->date() < m_bFrom->date())
            return Error{"After", "", "ends before it starts"};
        options.comparison = ComparisonRequest{
            static_cast<Outcome>(m_outcome->currentData().toInt()), toDate(m_aFrom->date()),
            toDate(m_aTo->date()), toDate(m_bFrom->date()), toDate(m_bTo->date())};
    }
    return options;
}

QString ReportDialog::problem() const
{
    return m_problem->text();
}

void ReportDialog::updatePreview()
{
    m_previewTimer->stop();
    m_pages.clear();
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto content = computeContent();
    if (!content) {
        m_problem->setText(errorText(content.error()));
        return;
    }
    m_problem->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const NutritionistReport report(std::move(content).value());
    for (int page = 0; page < report.pageCount(); ++page) {
        m_pages << report.pageImage(page, kPreviewDotsPerInch * devicePixelRatioF());
        QImage image = m_pages.last();
        image.setDevicePixelRatio(devicePixelRatioF());
        auto* label = new QLabel(m_pagesWidget);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(report.pageCount()));
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    QApplication::restoreOverrideCursor();
}

Result<ReportContent> ReportDialog::computeContent() const
{
    auto chosen = options();
    if (!chosen)
        return chosen.error();
    // Lagged exposures and labs before the period count, so the whole journal is read.
    auto records = m_session->journal().records();
    if (!records)
        return records.error();
    return ReportContent::compute(*records, *chosen);
}

Status ReportDialog::savePdf(const QString& path)
{
    auto content = computeContent();
    if (!content)
        return content.error();
    const NutritionistReport report(std::move(content).value());
    return report.writePdf(path);
}

void ReportDialog::saveAs()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("quietlegs-report-%1.pdf").arg(m_to->date().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = savePdf(path); !status) {
        QMessageBox::critical(this, tr("Report not saved"), errorText(status.error()));
        return;
    }
    accept();
}

} // namespace quietlegs
