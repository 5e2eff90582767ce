#include "BakedIcons.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <cstring>

namespace quietlegs {
namespace {

QPixmap pixmapOf(const baked::BakedIcon& baked)
{
    const QImage image(reinterpret_cast<const uchar*>(baked.pixels), baked.width, baked.height,
                       baked.width * int(sizeof(unsigned int)), QImage::Format_ARGB32_Premultiplied);
    return QPixmap::fromImage(image);
}

} // namespace

QIcon bakedIcon(const char* name)
{
    static QHash<QByteArray, QIcon> made;
    const QByteArray key(name);
    if (const auto found = made.constFind(key); found != made.cend())
        return *found;
    QIcon icon;
    for (int i = 0; i < baked::kIconCount; ++i) {
        const baked::BakedIcon& baked = baked::kIcons[i];
        if (std::strcmp(baked.name, name) != 0)
            continue;
        icon.addPixmap(pixmapOf(baked));
    }
    made.insert(key, icon);
    return icon;
}

QPixmap bakedPixmap(const char* name)
{
    for (int i = 0; i < baked::kIconCount; ++i) {
        if (std::strcmp(baked::kIcons[i].name, name) == 0)
            return pixmapOf(baked::kIcons[i]);
    }
    return QPixmap();
}

} // namespace quietlegs
