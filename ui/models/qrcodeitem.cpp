#include "qrcodeitem.h"

#include "qrwriter.h"

#include <QPainter>

namespace stockhand::ui {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_image = text.isEmpty() ? QImage() : scanner::renderQrCode(text, 1).valueOr(QImage());
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    painter->fillRect(boundingRect(), Qt::white);
    if (m_image.isNull())
        return;
    // Whole pixels per module, centred: no blurred module edges.
    const int side = int(qMin(width(), height()));
    const int scale = qMax(1, side / m_image.width());
    const int drawn = scale * m_image.width();
    const QRect target(int((width() - drawn) / 2), int((height() - drawn) / 2), drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_image);
}

} // namespace stockhand::ui
