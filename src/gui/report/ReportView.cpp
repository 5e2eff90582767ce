#include "ReportView.h"

#include "NamedPeriodsEditor.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QScrollBar>
#include <QShowEvent>
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

ReportView::ReportView(JournalSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* heading = new WrappingLabel(tr("<b>A report for your nutritionist or doctor</b><br>"
                                  "What you choose here is what the PDF shows, page by page."),
                               this);
    left->addWidget(heading);
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
    m_periods = new NamedPeriodsEditor(this);
    connect(m_periods, &NamedPeriodsEditor::changed, this, &ReportView::schedulePreview);
    connect(m_periods, &NamedPeriodsEditor::suggestRequested, this,
            &ReportView::suggestNamedPeriods);
    left->addWidget(m_periods);

    m_problem = new WrappingLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    left->addWidget(m_problem);
    auto* save = new QPushButton(tr("&Save as PDF…"), this);
    save->setToolTip(tr("Save the report as a PDF file (Ctrl+P opens this section)"));
    connect(save, &QPushButton::clicked, this, &ReportView::saveAs);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    left->addLayout(saveRow);
    left->addStretch(1);
    // The options scroll on their own when six named periods make them taller than the window.
    auto* panel = new QWidget(this);
    panel->setLayout(left);
    auto* panelScroll = new QScrollArea(this);
    panelScroll->setWidget(panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(panel->minimumSizeHint().width() +
                                 panelScroll->verticalScrollBar()->sizeHint().width());
    outer->addWidget(panelScroll);

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
    connect(m_previewTimer, &QTimer::timeout, this, &ReportView::updatePreview);
    for (QDateEdit* edit : {m_from, m_to, m_aFrom, m_aTo, m_bFrom, m_bTo})
        connect(edit, &QDateEdit::dateChanged, this, &ReportView::schedulePreview);
    for (QLineEdit* edit : {m_patient, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &ReportView::schedulePreview);
    for (QComboBox* combo : {m_paper, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportView::schedulePreview);
    connect(m_notes, &QCheckBox::toggled, this, &ReportView::schedulePreview);
    connect(m_compare, &QGroupBox::toggled, this, &ReportView::schedulePreview);

    connect(session, &JournalSession::journalChanged, this, &ReportView::journalChanged);
    connect(session, &JournalSession::journalOpened, this, &ReportView::journalChanged);
    setFocusProxy(m_from);
}

void ReportView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        schedulePreview();
}

void ReportView::journalChanged()
{
    // Rendering every page takes a moment: never while the user logs a night elsewhere.
    m_stale = true;
    if (isVisible())
        schedulePreview();
}

void ReportView::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportView::setNames(const QString& patient, const QString& recipient)
{
    m_patient->setText(patient);
    m_recipient->setText(recipient);
}

void ReportView::setLetterPaper(bool letter)
{
    m_paper->setCurrentIndex(letter ? 1 : 0);
}

void ReportView::setIncludeNotes(bool include)
{
    m_notes->setChecked(include);
}

void ReportView::setComparison(QDate aFrom, QDate aTo, QDate bFrom, QDate bTo)
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

void ReportView::suggestNamedPeriods()
{
    if (!m_session->isOpen())
        return;
    auto records = m_session->journal().records();
    if (!records) {
        m_problem->setText(errorText(records.error()));
        return;
    }
    const Date from = toDate(m_from->date());
    const Date to = toDate(m_to->date());
    // The regimens as the report's dosing timeline names them.
    const ReportFigures figures =
        reportFigures(*records, from, to, m_session->weekStart(), kSupplementalMagnesiumUpperLimitMg);
    const std::vector<NamedPeriod> periods =
        suggestedPeriods(figures.regimens, from, to, figures.topicalProducts);
    if (periods.empty()) {
        m_problem->setText(tr("No part of these nights is a week or longer on one set of "
                              "supplements and medicines: add periods by hand."));
        return;
    }
    m_periods->setPeriods(periods);
}

void ReportView::schedulePreview()
{
    m_previewTimer->start();
}

Result<ReportOptions> ReportView::options() const
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
        if (!(m_aTo->date() < m_bFrom->date()))
            return Error{"After", "", "must start after Before ends (periods may not overlap)"};
        const auto outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
        options.comparison =
            ComparisonRequest{std::string(outcomeId(outcome)), toDate(m_aFrom->date()),
                              toDate(m_aTo->date()), toDate(m_bFrom->date()), toDate(m_bTo->date())};
    }
    auto periods = m_periods->periods();
    if (!periods)
        return periods.error();
    options.periods = std::move(periods).value();
    return options;
}

QString ReportView::problem() const
{
    return m_problem->text();
}

void ReportView::updatePreview()
{
    m_previewTimer->stop();
    m_stale = false;
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

Result<ReportContent> ReportView::computeContent() const
{
    if (!m_session->isOpen())
        return Error{"Journal", "", "no journal is open"};
    auto chosen = options();
    if (!chosen)
        return chosen.error();
    // Lagged exposures and labs before the period count, so the whole journal is read.
    auto records = m_session->journal().records();
    if (!records)
        return records.error();
    return ReportContent::compute(*records, *chosen);
}

Status ReportView::savePdf(const QString& path)
{
    if (auto refused = m_session->checkSaveTarget(path); !refused)
        return refused;
    auto content = computeContent();
    if (!content)
        return content.error();
    const NutritionistReport report(std::move(content).value());
    return report.writePdf(path);
}

void ReportView::saveAs()
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
    emit reportSaved(path);
}

} // namespace quietlegs
