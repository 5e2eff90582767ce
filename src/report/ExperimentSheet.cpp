#include "quietlegs/report/ExperimentSheet.h"

#include "ReportStyle.h"

#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/report/NutritionistReport.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <vector>

namespace quietlegs {
namespace {

using reportstyle::qs;

// Layout in points on A4 portrait (595 x 842), margins of 50 points.
constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;
constexpr double kMargin = 50;
constexpr double kRowHeight = 22;
constexpr int kRowsFirstPage = 20;
constexpr int kRowsPerPage = 30;

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

ExperimentSheet::ExperimentSheet(ExperimentPlan plan) : m_plan(std::move(plan)) {}

int ExperimentSheet::pageCount() const
{
    const int rows = m_plan.blocks;
    if (rows <= kRowsFirstPage)
        return 1;
    return 1 + (rows - kRowsFirstPage + kRowsPerPage - 1) / kRowsPerPage;
}

void ExperimentSheet::paintPage(QPainter& painter, int index) const
{
    const QString family = NutritionistReport::fontFamily();
    // Sizes in the painter's units (points, whatever the device): pixel sizes, because a
    // point size would be scaled again by the device's resolution.
    QFont body(family);
    body.setPixelSize(10);
    QFont heading(family);
    heading.setPixelSize(16);
    heading.setBold(true);
    QFont bold = body;
    bold.setBold(true);
    const double width = kPageWidth - 2 * kMargin;
    double y = kMargin;

    if (index == 0) {
        painter.setFont(heading);
        painter.drawText(QRectF(kMargin, y, width, 24), Qt::AlignLeft,
                         tr("Helper's sheet: blinded on/off experiment"));
        y += 34;
        painter.setFont(body);
        // "200 mg of oral magnesium": the catalogue's unit and phrase, the id if it has none.
        const auto exposure = VariableCatalogue::standard().exposure(m_plan.exposure);
        const QString dose = exposure && !exposure->unit.empty()
                                 ? number(m_plan.dose) + QLatin1Char(' ') + qs(exposure->unit)
                                 : number(m_plan.dose);
        const QString what = qs(exposure ? exposure->phrase : m_plan.exposure);
        const QString text =
            tr("For the helper only: keep this sheet away from the person taking the packs "
               "until the experiment has ended.\n\n"
               "Fill %1 packs, one per block of %2 days. An ACTIVE pack holds one capsule a "
               "day with %3 of %4; a PLACEBO pack holds identical-looking capsules without it. "
               "Write only the pack number on each pack. The person takes pack N during block "
               "N and logs \"pack N\"; the assignment is shown to them only at the end.\n\n"
               "Experiment %5, saved %6, seed %7.")
                .arg(m_plan.blocks)
                .arg(m_plan.blockDays)
                .arg(dose, what, qs(m_plan.id), qs(m_plan.savedAt))
                .arg(QString::number(m_plan.seed));
        const QRectF box(kMargin, y, width, 160);
        QRectF used;
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text, &used);
        y += used.height() + 20;
    }

    const std::vector<ExperimentBlock> blocks = experimentAssignments(m_plan);
    const int first = index == 0 ? 0 : kRowsFirstPage + (index - 1) * kRowsPerPage;
    const int count = index == 0 ? kRowsFirstPage : kRowsPerPage;
    const int last = std::min<int>(int(blocks.size()), first + count);
    const double columns[] = {kMargin, kMargin + 70, kMargin + 250, kMargin + 380};
    painter.setFont(bold);
    painter.drawText(QPointF(columns[0], y + 15), tr("Pack"));
    painter.drawText(QPointF(columns[1], y + 15), tr("Days"));
    painter.drawText(QPointF(columns[2], y + 15), tr("Contents"));
    painter.drawText(QPointF(columns[3], y + 15), tr("Filled"));
    y += kRowHeight;
    painter.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));
    for (int i = first; i < last; ++i) {
        const ExperimentBlock& block = blocks[i];
        painter.setFont(bold);
        painter.drawText(QPointF(columns[0], y + 15), tr("Pack %1").arg(block.block));
        painter.setFont(body);
        painter.drawText(QPointF(columns[1], y + 15),
                         tr("%1 to %2").arg(qs(formatDate(block.from)), qs(formatDate(block.to))));
        painter.setFont(bold);
        painter.drawText(QPointF(columns[2], y + 15), block.on ? tr("ACTIVE") : tr("PLACEBO"));
        painter.drawRect(QRectF(columns[3], y + 5, 12, 12));
        y += kRowHeight;
        painter.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));
    }
    painter.setFont(body);
    painter.drawText(QRectF(kMargin, kPageHeight - kMargin, width, 16), Qt::AlignRight,
                     tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

Status ExperimentSheet::print(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{"sheet", "", "cannot start drawing the PDF"};
    // Points on the page, whatever the device's resolution.
    const double scale = device.logicalDpiX() / 72.0;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return Error{"sheet", "", "cannot add a page"};
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.restore();
    }
    painter.end();
    return {};
}

Status ExperimentSheet::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    // It says which packs are active: owner-only, like the report.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("QuietLegs %1").arg(qs(kVersion)));
        writer.setTitle(tr("Helper's sheet: blinded on/off experiment"));
        if (Status status = print(writer); !status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit())
        return Error{"--out", path.toStdString(), file.errorString().toStdString()};
    return {};
}

QImage ExperimentSheet::pageImage(int index, double dotsPerInch) const
{
    const double scale = dotsPerInch / 72.0;
    QImage image(int(kPageWidth * scale), int(kPageHeight * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

} // namespace quietlegs
