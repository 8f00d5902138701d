// A label as it will print, drawn by the same painter as the PDF and the printer's page
// (ui/labels/labelpainter.h), scaled to the item: the handheld's confirmation and the station's preview.
#pragma once

#include <QQuickPaintedItem>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class LabelPreview : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap label READ label WRITE setLabel NOTIFY labelChanged) // LabelPrint::label
    Q_PROPERTY(int dpi READ dpi WRITE setDpi NOTIFY labelChanged)
    Q_PROPERTY(qreal aspectRatio READ aspectRatio NOTIFY labelChanged) // width / height of the label

public:
    explicit LabelPreview(QQuickItem *parent = nullptr);

    QVariantMap label() const { return m_label; }
    void setLabel(const QVariantMap &label);
    int dpi() const { return m_dpi; }
    void setDpi(int dpi);
    qreal aspectRatio() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void labelChanged();

private:
    QVariantMap m_label;
    int m_dpi = 203;
};

} // namespace stockhand::ui
