#include "LabHistoryChart.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "charts/ChartStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace quietlegs {
namespace {

qreal msecsOf(Date date)
{
    return qreal(QDateTime(toQDate(date), QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

LabHistoryChart::LabHistoryChart(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&History of:"), this);
    m_test = new QComboBox(this);
    m_test->setObjectName(QStringLiteral("historyTest"));
    m_test->setAccessibleName(tr("Test shown in the chart"));
    for (LabTest test : allLabTests())
        m_test->addItem(displayName(labTestDisplayName(test)), int(test));
    label->setBuddy(m_test);
    bar->addWidget(label);
    bar->addWidget(m_test);
    m_reference = new QLabel(this);
    m_reference->setWordWrap(true);
    bar->addWidget(m_reference, 1);
    layout->addLayout(bar);

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_view = new QChartView(m_chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setAccessibleName(tr("Lab history chart"));
    layout->addWidget(m_view, 1);
    connect(m_test, &QComboBox::currentIndexChanged, this, &LabHistoryChart::redraw);
}

void LabHistoryChart::setResults(std::vector<LabResult> results, std::optional<RdaProfile> profile)
{
    m_results = std::move(results);
    m_profile = profile;
    redraw();
}

LabTest LabHistoryChart::test() const
{
    return LabTest(m_test->currentData().toInt());
}

void LabHistoryChart::setTest(LabTest test)
{
    m_test->setCurrentIndex(m_test->findData(int(test)));
}

std::vector<double> LabHistoryChart::plottedValues() const
{
    std::vector<const LabResult*> chosen;
    for (const LabResult& result : m_results)
        if (result.test() == test())
            chosen.push_back(&result);
    std::sort(chosen.begin(), chosen.end(),
              [](const LabResult* a, const LabResult* b) { return a->date() < b->date(); });
    std::vector<double> values;
    for (const LabResult* result : chosen)
        values.push_back(result->valueInDisplayUnit());
    return values;
}

QString LabHistoryChart::referenceText() const
{
    const auto reference = labReference(test(), m_profile);
    if (!reference)
        return test() == LabTest::Hemoglobin
                   ? tr("Choose who the journal is for in Preferences to see the anaemia limit.")
                   : QString();
    return tr("%1 (%2)").arg(displayName(reference->description), displayName(reference->source));
}

void LabHistoryChart::redraw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis() hands it back
    }
    const LabTest chosen = test();
    const QString unit = toQString(labUnitSymbol(labUnitsOf(chosen).front()));
    m_reference->setText(referenceText());

    std::vector<const LabResult*> points;
    for (const LabResult& result : m_results)
        if (result.test() == chosen)
            points.push_back(&result);
    std::sort(points.begin(), points.end(),
              [](const LabResult* a, const LabResult* b) { return a->date() < b->date(); });

    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto* values = new QValueAxis;
    values->setTitleText(unit);
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    m_chart->setTitle(displayName(labTestDisplayName(chosen)));

    // A month either side of a lone result, so a single point and its band are readable.
    const Date today = localToday();
    const qreal first =
        points.empty() ? msecsOf(addDays(today, -30)) : msecsOf(points.front()->date());
    const qreal last = points.empty() ? msecsOf(today) : msecsOf(points.back()->date());
    const qreal pad = std::max<qreal>((last - first) * 0.05, 15.0 * 24 * 3600 * 1000);
    const qreal from = first - pad;
    const qreal to = last + pad;
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)),
                   QDateTime::fromMSecsSinceEpoch(qint64(to)));

    double low = 0;
    double high = 0;
    for (const LabResult* point : points)
        high = std::max(high, point->valueInDisplayUnit());

    if (const auto reference = labReference(chosen, m_profile)) {
        const QColor color = ChartStyle::efficiencyColor();
        auto line = [&](double y) {
            auto* series = new QLineSeries;
            series->append(from, y);
            series->append(to, y);
            QPen pen(color, 1.5, Qt::DashLine);
            series->setPen(pen);
            return series;
        };
        if (reference->isRange && reference->low && reference->high) {
            auto* lower = line(*reference->low);
            auto* upper = line(*reference->high);
            auto* band = new QAreaSeries(upper, lower);
            upper->setParent(band); // the band's edges go with it
            lower->setParent(band);
            QColor fill = color;
            fill.setAlpha(50);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            m_chart->addSeries(band);
            band->attachAxis(time);
            band->attachAxis(values);
        } else {
            for (const auto& y : {reference->low, reference->high})
                if (y) {
                    auto* series = line(*y);
                    m_chart->addSeries(series);
                    series->attachAxis(time);
                    series->attachAxis(values);
                }
        }
        high = std::max(high, reference->high.value_or(*reference->low));
    }

    auto* history = new QLineSeries;
    history->setName(displayName(labTestDisplayName(chosen)));
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(8);
    for (const LabResult* point : points) {
        history->append(msecsOf(point->date()), point->valueInDisplayUnit());
        dots->append(msecsOf(point->date()), point->valueInDisplayUnit());
    }
    history->setPen(QPen(ChartStyle::symptomColor(), 2));
    dots->setColor(ChartStyle::symptomColor());
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(history), static_cast<QAbstractSeries*>(dots)}) {
        m_chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
    }
    values->setRange(low, high > 0 ? high * 1.15 : 1);
    values->applyNiceNumbers();
    ChartStyle::apply(m_chart, palette());
}

} // namespace quietlegs
