// What the scan field offers as one types: locations of the warehouse by name or barcode prefix, products
// by SKU prefix or name words (store::scanMatches), at most 8 rows. Chosen by tap or arrow keys + Enter:
// the row's code is sent as the scan.
#pragma once

#include "listmodelbase.h"
#include "uicontext.h"

namespace stockhand::ui {

class ScanMatchModel : public ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, CodeRole, LabelRole, DetailRole };
    static constexpr int kLimit = 8;

    ScanMatchModel(UiContext &context, QObject *parent);

    QString text() const { return m_text; }
    // The typed text: the matches follow it (none below 2 characters).
    void setText(const QString &text);
    Q_INVOKABLE QString code(int row) const { return value(row, "code").toString(); }

Q_SIGNALS:
    void textChanged();

private:
    UiContext &m_ctx;
    QString m_text;
};

} // namespace stockhand::ui
