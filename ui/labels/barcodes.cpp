#include "barcodes.h"

#include <zint.h>

#include <memory>

namespace stockhand::labels {

namespace {

using namespace Qt::StringLiterals;

struct ZintDeleter
{
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};

// zint 2.11 packs encoded_data eight modules to a byte, least significant bit first.
bool moduleSet(const zint_symbol &s, int row, int column)
{
    return (s.encoded_data[row][column >> 3] >> (column & 7)) & 1;
}

// "[01]09506000134352[10]A12": zint's GS1 input (square brackets never occur in GS1 values).
QByteArray zintGs1Input(const LabelBarcode &b)
{
    QByteArray out;
    for (const scan::Gs1Element &e : b.elements().elements)
        out += '[' + e.ai.toLatin1() + ']' + e.value.toLatin1();
    return out;
}

} // namespace

Result<BarcodeModules> encodeBarcode(const LabelBarcode &barcode)
{
    std::unique_ptr<zint_symbol, ZintDeleter> s(ZBarcode_Create());
    if (!s)
        return makeError("labels.zint", u"zint could not make a symbol."_s);
    QByteArray input = barcode.data.toLatin1();
    switch (barcode.symbol) {
    case Symbol::Ean13:
        s->symbology = BARCODE_EANX;
        break;
    case Symbol::UpcA:
        s->symbology = BARCODE_UPCA;
        break;
    case Symbol::Code128:
        s->symbology = BARCODE_CODE128;
        break;
    case Symbol::Gs1_128:
        s->symbology = BARCODE_GS1_128;
        s->input_mode = GS1_MODE;
        input = zintGs1Input(barcode);
        break;
    case Symbol::Gs1DataMatrix:
        s->symbology = BARCODE_DATAMATRIX;
        s->input_mode = GS1_MODE;
        s->option_3 = DM_SQUARE;
        input = zintGs1Input(barcode);
        break;
    }
    if (input.isEmpty())
        return makeError("labels.zint", u"The barcode has no data."_s);
    const int rc
        = ZBarcode_Encode(s.get(), reinterpret_cast<const unsigned char *>(input.constData()), int(input.size()));
    if (rc >= ZINT_ERROR)
        return makeError(
            "labels.zint", u"%1: %2"_s.arg(QLatin1String(nameOf(barcode.symbol)), QString::fromLatin1(s->errtxt)));
    BarcodeModules m;
    m.rows = barcode.symbol == Symbol::Gs1DataMatrix ? s->rows : 1;
    m.columns = s->width;
    m.dark.resize(size_t(m.rows) * size_t(m.columns));
    for (int r = 0; r < m.rows; ++r) {
        for (int c = 0; c < m.columns; ++c)
            m.dark[size_t(r) * size_t(m.columns) + size_t(c)] = moduleSet(*s, r, c);
    }
    return m;
}

} // namespace stockhand::labels
