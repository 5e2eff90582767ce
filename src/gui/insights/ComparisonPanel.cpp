#include "ComparisonPanel.h"

#include "widgets/WrappingLabel.h"

#include "DisplayNames.h"
#include "QtText.h"

#include "charts/ChartDates.h"
#include "charts/ChartStyle.h"
#include "quietlegs/analysis/PlainLanguage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace quietlegs {
namespace {

// The pilot study design of statistics-v1.md (kept by v2): 4 weeks before, weeks 2 to 6 after.
constexpr int kBeforeDays = 28;
constexpr int kAfterFirstDay = 7;
constexpr int kAfterLastDay = 41;
constexpr double kBarHalfWidth = 0.12;

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

/// An error bar as one polyline: bottom cap, the bar, top cap.
QList<QPointF> errorBar(double x, Interval interval)
{
    return {QPointF(x - kBarHalfWidth, interval.low),
            QPointF(x + kBarHalfWidth, interval.low),
            QPointF(x, interval.low),
            QPointF(x, interval.high),
            QPointF(x - kBarHalfWidth, interval.high),
            QPointF(x + kBarHalfWidth, interval.high)};
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget* parent) : QWidget(parent)
{
    m_outcomeBox = new QComboBox(this);
    const VariableCatalogue variables = VariableCatalogue::standard(); // outlives the loop
    for (const OutcomeVariable& outcome : variables.outcomes())
        m_outcomeBox->addItem(displayName(outcome.displayName), QString::fromStdString(outcome.id));
    m_startEdit = dateEdit(this);
    m_startEdit->setToolTip(tr("The day you started (for example magnesium)"));
    auto* pilotButton = new QPushButton(tr("Set &periods"), this);
    pilotButton->setToolTip(tr("Before: the 4 weeks before the start. After: weeks 2 to 6 after "
                               "it, leaving a week for a supplement to act."));
    m_aFrom = dateEdit(this);
    m_aTo = dateEdit(this);
    m_bFrom = dateEdit(this);
    m_bTo = dateEdit(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Compare:"), m_outcomeBox);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startEdit);
    startRow->addWidget(pilotButton);
    form->addRow(tr("&Started on:"), startRow);
    auto* aRow = new QHBoxLayout;
    aRow->addWidget(m_aFrom);
    aRow->addWidget(new QLabel(tr("to"), this));
    aRow->addWidget(m_aTo);
    form->addRow(tr("&Before (A):"), aRow);
    auto* bRow = new QHBoxLayout;
    bRow->addWidget(m_bFrom);
    bRow->addWidget(new QLabel(tr("to"), this));
    bRow->addWidget(m_bTo);
    form->addRow(tr("&After (B):"), bRow);
    static_cast<QLabel*>(form->labelForField(aRow))->setBuddy(m_aFrom);
    static_cast<QLabel*>(form->labelForField(bRow))->setBuddy(m_bFrom);
    static_cast<QLabel*>(form->labelForField(startRow))->setBuddy(m_startEdit);

    m_figures = new QLabel(this);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_refusal = new WrappingLabel(this);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_refusal->hide();
    m_sentence = new WrappingLabel(this);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Mean with 95% interval"));
    m_chartView = new QChartView(m_chart, this); // owns the chart
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 260);
    m_means = new QScatterSeries;
    m_means->setMarkerSize(11);
    m_means->setColor(ChartStyle::symptomColor());
    m_barA = new QLineSeries;
    m_barB = new QLineSeries;
    for (QLineSeries* bar : {m_barA, m_barB})
        bar->setPen(QPen(ChartStyle::symptomColor(), 2));
    m_chart->addSeries(m_barA);
    m_chart->addSeries(m_barB);
    m_chart->addSeries(m_means);
    m_sideAxis = new QCategoryAxis;
    m_sideAxis->setRange(0, 2);
    m_sideAxis->append(tr("Before (A)"), 1);
    m_sideAxis->append(tr("After (B)"), 2);
    m_sideAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_valueAxis = new QValueAxis;
    m_chart->addAxis(m_sideAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_barA), static_cast<QAbstractSeries*>(m_barB),
          static_cast<QAbstractSeries*>(m_means)}) {
        series->attachAxis(m_sideAxis);
        series->attachAxis(m_valueAxis);
    }
    ChartStyle::apply(m_chart, palette());

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_refusal);
    left->addWidget(m_figures);
    left->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addWidget(m_chartView, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_sentence);

    connect(pilotButton, &QPushButton::clicked, this,
            [this] { setStartDate(m_startEdit->date()); });
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, &ComparisonPanel::recompute);
    for (QDateEdit* edit : {m_aFrom, m_aTo, m_bFrom, m_bTo})
        connect(edit, &QDateEdit::dateChanged, this, &ComparisonPanel::recompute);
}

void ComparisonPanel::setSeries(std::shared_ptr<const JournalSeries> series)
{
    m_series = std::move(series);
    recompute();
}

void ComparisonPanel::setStartDate(QDate start)
{
    m_startEdit->setDate(start);
    setRanges(start.addDays(-kBeforeDays), start.addDays(-1), start.addDays(kAfterFirstDay),
              start.addDays(kAfterLastDay));
}

void ComparisonPanel::useDefaultDates()
{
    const auto last = m_series ? m_series->lastDate() : std::nullopt;
    const QDate end = last ? toQDate(*last) : QDate::currentDate();
    setStartDate(end.addDays(-kAfterLastDay));
}

void ComparisonPanel::setRanges(QDate aFrom, QDate aTo, QDate bFrom, QDate bTo)
{
    m_updating = true;
    m_aFrom->setDate(aFrom);
    m_aTo->setDate(aTo);
    m_bFrom->setDate(bFrom);
    m_bTo->setDate(bTo);
    m_updating = false;
    recompute();
}

void ComparisonPanel::setOutcome(Outcome outcome)
{
    setOutcome(std::string(outcomeId(outcome)));
}

void ComparisonPanel::setOutcome(const std::string& outcomeId)
{
    m_outcomeBox->setCurrentIndex(m_outcomeBox->findData(QString::fromStdString(outcomeId)));
}

QString ComparisonPanel::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}



QString ComparisonPanel::sentence() const
{
    return m_sentence->text();
}

QString ComparisonPanel::figureText(const QString& name) const
{
    return m_figureTexts.value(name);
}

void ComparisonPanel::recompute()
{
    if (m_updating)
        return;
    m_refusal->hide();
    m_comparison.reset();
    if (m_series) {
        const std::string outcome = m_outcomeBox->currentData().toString().toStdString();
        auto comparison =
            compareRanges(*m_series, outcome, toDate(m_aFrom->date()), toDate(m_aTo->date()),
                          toDate(m_bFrom->date()), toDate(m_bTo->date()));
        if (comparison) {
            m_comparison = std::move(comparison).value();
        } else {
            // Refused where the dates are: overlapping or reversed periods compare nothing.
            m_refusal->setText(tr("These periods cannot be compared: %1")
                                   .arg(qs(comparison.error().rule)));
            m_refusal->show();
        }
    }
    fillFigures();
}

void ComparisonPanel::fillFigures()
{
    m_figureTexts.clear();
    m_means->clear();
    m_barA->clear();
    m_barB->clear();
    if (!m_comparison) {
        m_sentence->clear();
        m_figures->clear();
        return;
    }
    const Comparison& comparison = *m_comparison;
    // The analysis layer's words: ITS level change with its interval, what else changes nights,
    // regression to the mean when flagged, and the diary caveat.
    m_sentence->setText(qs(comparisonSentence(comparison, Audience::App)));

    const QString none = tr("not enough data");
    const auto number = [&](std::optional<double> value, int decimals) {
        return value ? localDecimals(formatNumber(*value, decimals)) : none;
    };
    const auto pValue = [&](std::optional<double> value) {
        if (!value)
            return none;
        const QString text = localDecimals(formatPValue(*value));
        return text.startsWith(QLatin1Char('<')) ? tr("p %1").arg(text) : tr("p = %1").arg(text);
    };
    const auto interval = [&](const std::optional<Interval>& ci, int decimals) {
        return ci ? tr("%1 to %2").arg(localDecimals(formatNumber(ci->low, decimals)),
                                       localDecimals(formatNumber(ci->high, decimals)))
                  : none;
    };
    const InterruptedTimeSeries& its = comparison.its;
    const QString itsNote = its.note ? displayName(noteText(*its.note)) : none;
    const auto itsNumber = [&](std::optional<double> value, int decimals) {
        return value ? localDecimals(formatNumber(*value, decimals)) : itsNote;
    };
    m_figureTexts = {
        {QStringLiteral("a_n"), QString::number(comparison.a.n)},
        {QStringLiteral("b_n"), QString::number(comparison.b.n)},
        {QStringLiteral("a_mean"), number(comparison.a.mean, 1)},
        {QStringLiteral("b_mean"), number(comparison.b.mean, 1)},
        {QStringLiteral("a_sd"), number(comparison.a.sd, 1)},
        {QStringLiteral("b_sd"), number(comparison.b.sd, 1)},
        {QStringLiteral("a_ci95"), interval(comparison.a.meanCi95, 1)},
        {QStringLiteral("b_ci95"), interval(comparison.b.meanCi95, 1)},
        {QStringLiteral("difference"), number(comparison.difference, 1)},
        {QStringLiteral("hedges_g"), number(comparison.hedgesG, 2)},
        {QStringLiteral("its_n"), QString::number(its.n)},
        {QStringLiteral("phi"), itsNumber(its.phi, 2)},
        {QStringLiteral("level_change"), itsNumber(its.levelChange.estimate, 2)},
        {QStringLiteral("level_change_ci95"),
         its.levelChange.ci95 ? interval(its.levelChange.ci95, 2) : itsNote},
        {QStringLiteral("level_change_p"),
         its.levelChange.p ? pValue(its.levelChange.p) : itsNote},
        {QStringLiteral("slope_change"), itsNumber(its.slopeChange.estimate, 3)},
        {QStringLiteral("slope_change_ci95"),
         its.slopeChange.ci95 ? interval(its.slopeChange.ci95, 3) : itsNote},
        {QStringLiteral("slope_change_p"),
         its.slopeChange.p ? pValue(its.slopeChange.p) : itsNote},
    };
    const auto f = [this](const char* name) { return m_figureTexts.value(QLatin1String(name)); };
    m_figures->setText(
        tr("<table cellspacing='4'>"
           "<tr><th></th><th align='right'>Before (A)</th><th align='right'>After (B)</th></tr>"
           "<tr><td>Nights</td><td align='right'>%1</td><td align='right'>%2</td></tr>"
           "<tr><td>Mean</td><td align='right'>%3</td><td align='right'>%4</td></tr>"
           "<tr><td>SD</td><td align='right'>%5</td><td align='right'>%6</td></tr>"
           "<tr><td>95% interval</td><td align='right'>%7</td><td align='right'>%8</td></tr>"
           "</table>"
           "<p>Difference of means B − A: <b>%9</b>, Hedges g = %10</p>")
            .arg(f("a_n"), f("b_n"), f("a_mean"), f("b_mean"), f("a_sd"), f("b_sd"), f("a_ci95"),
                 f("b_ci95"), f("difference"))
            .arg(f("hedges_g")) +
        tr("<p><b>Interrupted time series</b> (%1 nights, day-to-day correlation phi %2)<br>"
           "Change of level at B: <b>%3</b> (95% interval %4, %5)<br>"
           "Change of the daily trend: %6 per day (95% interval %7, %8)</p>")
            .arg(f("its_n"), f("phi"), f("level_change"), f("level_change_ci95"),
                 f("level_change_p"), f("slope_change"), f("slope_change_ci95"),
                 f("slope_change_p")));

    // The chart: each side's mean and its 95% interval.
    double low = 0;
    double high = 1;
    bool any = false;
    const auto plot = [&](const ComparisonSide& side, double x, QLineSeries* bar) {
        if (!side.mean)
            return;
        m_means->append(x, *side.mean);
        high = any ? std::max(high, *side.mean) : *side.mean;
        low = any ? std::min(low, *side.mean) : *side.mean;
        any = true;
        if (const auto& ci = side.meanCi95) {
            bar->replace(errorBar(x, *ci));
            low = std::min(low, ci->low);
            high = std::max(high, ci->high);
        }
    };
    plot(comparison.a, 0.5, m_barA);
    plot(comparison.b, 1.5, m_barB);
    const double pad = std::max((high - low) * 0.15, 1.0);
    m_valueAxis->setRange(std::max(0.0, low - pad), high + pad);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setTitleText(displayName(outcomeDisplayName(comparison.outcome)));
}

void ComparisonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_chart)
        ChartStyle::apply(m_chart, palette());
    QWidget::changeEvent(event);
}

} // namespace quietlegs
