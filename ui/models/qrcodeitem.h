// A QR code in QML: `QrCode { text: ... }` draws the text with ZXing's writer (scanner/qrwriter.h),
// module edges kept sharp at any size. Used by the Fleet page's enrolment code dialog.
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return !m_image.isNull(); }
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_image; // one pixel per module, with the quiet zone
};

} // namespace stockhand::ui
