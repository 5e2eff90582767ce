#include "ChartMapping.h"

#include <QChart>

namespace quietlegs {

std::optional<ChartMapping> ChartMapping::of(QChart* chart, QAbstractSeries* anchor)
{
    const QRectF plot = chart->plotArea();
    if (plot.isEmpty())
        return std::nullopt;
    const QPointF low = chart->mapToValue(plot.bottomLeft(), anchor);
    const QPointF high = chart->mapToValue(plot.topRight(), anchor);
    if (high.x() <= low.x() || high.y() <= low.y())
        return std::nullopt;
    return ChartMapping{plot.left(),
                        plot.bottom(),
                        plot.width() / (high.x() - low.x()),
                        plot.height() / (high.y() - low.y()),
                        low.x(),
                        low.y()};
}

} // namespace quietlegs
