#include "TrendsView.h"

#include "DisplayNames.h"
#include "QtText.h"
#include "charts/ChartDates.h"
#include "charts/TimeChartView.h"
#include "quietlegs/analysis/JournalRegimens.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/OutputTarget.h"
#include "trends/TrendChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace quietlegs {
TrendsView::TrendsView(QWidget* parent) : QWidget(parent)
{
    m_rangeBox = new QComboBox(this);
    m_rangeBox->addItem(tr("Last 4 weeks"), int(TrendRange::FourWeeks));
    m_rangeBox->addItem(tr("Last 12 weeks"), int(TrendRange::TwelveWeeks));
    m_rangeBox->addItem(tr("Last 6 months"), int(TrendRange::SixMonths));
    m_rangeBox->addItem(tr("Last year"), int(TrendRange::OneYear));
    m_rangeBox->addItem(tr("All"), int(TrendRange::All));
    m_rangeBox->setCurrentIndex(1);
    m_resolutionBox = new QComboBox(this);
    m_resolutionBox->addItem(tr("Weekly"));
    m_resolutionBox->addItem(tr("Daily"));
    m_symptomBox = new QComboBox(this);
    for (const Outcome outcome : {Outcome::IrlsTotal, Outcome::Severity})
        m_symptomBox->addItem(displayName(outcomeDisplayName(outcome)), int(outcome));
    m_averageBox = new QCheckBox(tr("7-day &moving average"), this);
    m_averageBox->setToolTip(tr("Daily view: each day shows the mean of the nights logged in "
                                "the 7 days up to it, when at least 4 of those 7 were logged; "
                                "otherwise the line has a gap."));
    m_averageBox->setEnabled(false);
    m_resetButton = new QPushButton(tr("&Reset zoom"), this);
    m_resetButton->setToolTip(tr("Wheel or +/- to zoom, drag or arrow keys to move, 0 to reset"));
    auto* pngButton = new QPushButton(tr("Export &PNG…"), this);
    auto* svgButton = new QPushButton(tr("Export &SVG…"), this);

    auto* rangeLabel = new QLabel(tr("R&ange:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_symptomBox);
    auto* controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeBox);
    controls->addWidget(m_resolutionBox);
    controls->addWidget(showLabel);
    controls->addWidget(m_symptomBox);
    controls->addWidget(m_averageBox);
    controls->addStretch();
    controls->addWidget(m_resetButton);
    controls->addWidget(pngButton);
    controls->addWidget(svgButton);

    m_emptyLabel =
        new QLabel(tr("Nothing to show yet: log a few nights and they appear here."), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide();
    m_chart = new TrendChart(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_chart, 1);

    const auto redraw = [this] { rebuild(); };
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, redraw);
    connect(m_resolutionBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_averageBox->setEnabled(index == 1);
        rebuild();
    });
    connect(m_symptomBox, &QComboBox::currentIndexChanged, this, redraw);
    connect(m_averageBox, &QCheckBox::toggled, this, redraw);
    connect(m_resetButton, &QPushButton::clicked, m_chart->view(), &TimeChartView::resetZoom);
    connect(pngButton, &QPushButton::clicked, this, [this] { exportChart(false); });
    connect(svgButton, &QPushButton::clicked, this, [this] { exportChart(true); });
}

void TrendsView::setJournal(const Journal* journal)
{
    m_journal = journal;
    reload();
}

void TrendsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TrendsView::setRange(TrendRange range)
{
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
}

void TrendsView::setDaily(bool daily)
{
    m_resolutionBox->setCurrentIndex(daily ? 1 : 0);
}

void TrendsView::setMovingAverage(bool enabled)
{
    m_averageBox->setChecked(enabled);
}

void TrendsView::setSymptomOutcome(Outcome outcome)
{
    m_symptomBox->setCurrentIndex(m_symptomBox->findData(int(outcome)));
}

void TrendsView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_series = JournalSeries();
    m_regimens.clear();
    m_weekStart = WeekStart::Monday;
    std::vector<WeeklyIrls> checkIns;
    SupplementSeries supplements;
    if (m_journal) {
        auto records = m_journal->records();
        if (records) {
            m_series = JournalSeries::fromRecords(*records);
            m_regimens = medicineRegimens(records->meds);
            // The journal's week_start (interchange-v2.md) shapes the weekly chart's weeks.
            m_weekStart = records->settings.weekStart.value_or(WeekStart::Monday);
            supplements = SupplementSeries::fromRecords(*records);
            checkIns = std::move(records->weeks);
        }
        else
            emit errorOccurred(qs(records.error().message()));
    }
    m_chart->setSupplements(std::move(supplements));
    m_chart->setWeekStart(m_weekStart);
    m_chart->showWeeklyIrls(checkIns);
    rebuild();
}

void TrendsView::rebuild()
{
    const auto first = m_series.firstDate();
    const auto last = m_series.lastDate();
    const bool empty = !first || !last;
    m_emptyLabel->setVisible(empty);
    m_chart->setVisible(!empty);
    if (empty) {
        m_from.reset();
        m_to.reset();
        m_weeks.clear();
        return;
    }
    const auto range = TrendRange(m_rangeBox->currentData().toInt());
    const auto symptom = Outcome(m_symptomBox->currentData().toInt());
    m_from = recentPeriodStart(range, *first, *last);
    m_to = *last;
    m_weeks = weeklySummaries(m_series, *m_from, *m_to, m_weekStart);
    if (m_resolutionBox->currentIndex() == 0)
        m_chart->showWeekly(m_weeks, symptom, *m_from, *m_to);
    else
        m_chart->showDaily(m_series, symptom, *m_from, *m_to, m_averageBox->isChecked());
    m_chart->showMedicines(m_regimens);
}

void TrendsView::exportChart(bool svg)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(svg ? QStringLiteral("quietlegs-trends.svg")
                                                        : QStringLiteral("quietlegs-trends.png"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"), suggested,
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return; // QFileDialog asked before handing out an existing file
    const QString error = exportChartTo(path, svg);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

QString TrendsView::exportChartTo(const QString& path, bool svg)
{
    // The journal, its -wal/-shm and its backups are never written over (issue 20).
    if (m_journal)
        if (auto refused = checkOutputTarget(m_journal->path(), path.toStdString(), "file");
            !refused)
            return tr("%1 %2. Choose another file.")
                .arg(path, QString::fromStdString(refused.error().rule));
    return svg ? m_chart->exportSvg(path) : m_chart->exportPng(path);
}

} // namespace quietlegs
