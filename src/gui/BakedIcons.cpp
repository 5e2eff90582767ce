#include "BakedIcons.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <cstring>

namespace quietlegs {

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
        const QImage image(reinterpret_cast<const uchar*>(baked.pixels), baked.size, baked.size,
                           baked.size * int(sizeof(unsigned int)),
                           QImage::Format_ARGB32_Premultiplied);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    made.insert(key, icon);
    return icon;
}

} // namespace quietlegs
