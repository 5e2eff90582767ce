#include "quietlegs/report/NutritionistReport.h"

#include "ReportStyle.h"
#include "quietlegs/core/BuildInfo.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>
#include <mutex>
#include <string>

namespace quietlegs {

using namespace reportstyle;

NutritionistReport::NutritionistReport(ReportContent content)
    : m_content(std::move(content)), m_family(fontFamily())
{
    layOut();
}

NutritionistReport::~NutritionistReport() = default;

QString NutritionistReport::fontFamily()
{
    static QString family;
    static std::once_flag once;
    std::call_once(once, [] {
        // Embedded DejaVu (fonts-dejavu-core) so that the PDF looks the same everywhere.
        const int regular = QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        family = families.isEmpty() ? QStringLiteral("Sans Serif") : families.front();
    });
    return family;
}

QFont NutritionistReport::font(double points, bool bold) const
{
    QFont result(m_family);
    result.setPixelSize(static_cast<int>(std::lround(points * kUnit)));
    result.setBold(bold);
    // Metrics must be the same on the PDF as in the layout pass: no hinting.
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setKerning(true);
    // Any letter spacing makes Qt shape without ligatures, so "efficiency" stays six letters
    // for pdftotext, screen readers and copy-paste; 1/64 unit is invisible.
    result.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return result;
}

QPageSize NutritionistReport::pageSize() const
{
    return QPageSize(m_content.options.paper == PaperSize::Letter ? QPageSize::Letter
                                                                  : QPageSize::A4);
}

QSizeF NutritionistReport::pageSizeInUnits() const
{
    return pageSize().size(QPageSize::Point) * kUnit;
}

int NutritionistReport::pageCount() const
{
    return m_layout->pageCount();
}

void NutritionistReport::layOut()
{
    const QSizeF page = pageSizeInUnits();
    const QRectF body(kSideMargin * kUnit, kBodyTop * kUnit, page.width() - 2 * kSideMargin * kUnit,
                      page.height() - (kBodyTop + kBodyBottomGap) * kUnit);
    m_layout = std::make_unique<PagedLayout>(body);
    addTitle();
    addSummary(); // page 1: the one-page summary a professional reads first
    m_layout->startPage();
    addLabHistory();
    addDosingTimeline();
    addIntakeAgainstReference();
    addNamedPeriods();
    addExperiments();
    addSupplements();
    addCharts();
    addYearAtAGlance();
    addWeeklyTable();
    addDeviceSleep();
    addOwnFactors(); // beside the weekly triggers (sections/OwnFactorsSection.cpp)
    addCorrelations();
    addComparison();
    addNotes();
    addMethods();
}

void NutritionistReport::paintPage(QPainter& painter, int index) const
{
    const QSizeF page = pageSizeInUnits();
    const ReportOptions& options = m_content.options;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Header on every page: who and which period.
    const QFont headerFont = font(kSmallSize);
    const QFontMetricsF metrics(headerFont);
    painter.setFont(headerFont);
    painter.setPen(kInk);
    const double left = kSideMargin * kUnit;
    const double right = page.width() - kSideMargin * kUnit;
    const double headerBaseline = kHeaderTop * kUnit + metrics.ascent();
    QString title = tr("QuietLegs journal report");
    if (!options.patientName.empty())
        title = tr("QuietLegs journal report: %1").arg(QString::fromStdString(options.patientName));
    const QString period = tr("%1 to %2").arg(dateText(options.from), dateText(options.to));
    painter.drawText(
        QPointF(left, headerBaseline),
        metrics.elidedText(title, Qt::ElideRight,
                           right - left - metrics.horizontalAdvance(period) - 20 * kUnit));
    painter.drawText(QPointF(right - metrics.horizontalAdvance(period), headerBaseline), period);
    painter.setPen(QPen(kRule, 0.5 * kUnit));
    const double rule = headerBaseline + metrics.descent() + 3 * kUnit;
    painter.drawLine(QPointF(left, rule), QPointF(right, rule));

    // Footer: page X of Y.
    const double footerBaseline = page.height() - kFooterGap * kUnit;
    painter.drawLine(QPointF(left, footerBaseline - metrics.ascent() - 3 * kUnit),
                     QPointF(right, footerBaseline - metrics.ascent() - 3 * kUnit));
    painter.setPen(kInk);
    painter.drawText(
        QPointF(left, footerBaseline),
        tr("Generated %1. A journal, not a diagnosis.").arg(dateText(options.generatedOn)));
    const QString pageText = tr("page %1 of %2").arg(index + 1).arg(pageCount());
    painter.drawText(QPointF(right - metrics.horizontalAdvance(pageText), footerBaseline),
                     pageText);
    painter.restore();

    m_layout->paintPage(painter, index);
}

Status NutritionistReport::print(QPagedPaintDevice& device) const
{
    // The layout covers the whole sheet; the report draws its own margins.
    device.setPageSize(pageSize());
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{"", "", "cannot start drawing the report"};
    const double scaleX = device.logicalDpiX() / (72.0 * kUnit);
    const double scaleY = device.logicalDpiY() / (72.0 * kUnit);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error{"", "", "cannot start page " + std::to_string(i + 1)};
        }
        painter.resetTransform();
        painter.scale(scaleX, scaleY);
        paintPage(painter, i);
    }
    if (!painter.end())
        return Error{"", "", "cannot finish drawing the report"};
    return {};
}

QImage NutritionistReport::pageImage(int index, double dotsPerInch) const
{
    const QSizeF points = pageSize().size(QPageSize::Point);
    const double scale = dotsPerInch / 72.0;
    QImage image(
        QSize(int(std::ceil(points.width() * scale)), int(std::ceil(points.height() * scale))),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale / kUnit, scale / kUnit);
    paintPage(painter, index);
    painter.end();
    return image;
}

Status NutritionistReport::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    // The report holds health data: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(72 * kUnit));
        writer.setCreator(QStringLiteral("QuietLegs %1").arg(qs(kVersion)));
        writer.setTitle(tr("Restless legs journal report, %1 to %2")
                            .arg(dateText(m_content.options.from), dateText(m_content.options.to)));
        if (Status status = print(writer); !status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit())
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    return {};
}

} // namespace quietlegs
