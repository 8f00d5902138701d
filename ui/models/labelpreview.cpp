#include "labelpreview.h"

#include "labelpainter.h"

#include <QJsonObject>
#include <QPainter>

namespace stockhand::ui {

LabelPreview::LabelPreview(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void LabelPreview::setLabel(const QVariantMap &label)
{
    m_label = label;
    Q_EMIT labelChanged();
    update();
}

void LabelPreview::setDpi(int dpi)
{
    m_dpi = dpi > 0 ? dpi : 203;
    Q_EMIT labelChanged();
    update();
}

qreal LabelPreview::aspectRatio() const
{
    auto l = labels::Label::fromJson(QJsonObject::fromVariantMap(m_label));
    return l ? qreal(l->size.widthMil) / l->size.heightMil : 2.0;
}

void LabelPreview::paint(QPainter *painter)
{
    auto l = labels::Label::fromJson(QJsonObject::fromVariantMap(m_label));
    if (!l)
        return;
    const labels::LabelLayout layout = labels::layoutLabel(*l, m_dpi);
    const qreal scale = std::min(width() / layout.sizeDots.width(), height() / layout.sizeDots.height());
    painter->save();
    painter->translate(
        (width() - layout.sizeDots.width() * scale) / 2, (height() - layout.sizeDots.height() * scale) / 2);
    painter->scale(scale, scale);
    (void)labels::paintLabel(*painter, *l, layout); // a barcode zint refuses stays blank here; print() says why
    painter->setPen(QPen(Qt::gray, 0));
    painter->drawRect(QRect(QPoint(0, 0), layout.sizeDots).adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace stockhand::ui
