// A small demo store for resolution tests: generateDemo plus a few rows that make codes collide.
#pragma once

#include "clock.h"
#include "demo/demogenerator.h"
#include "store/devicestore.h"

#include <QString>

#include <memory>

namespace scantest {

inline std::unique_ptr<stockhand::store::DeviceStore> makeDemoStore(const QString &path, const stockhand::Clock &clock)
{
    using namespace stockhand;
    auto s = store::DeviceStore::open(path, clock);
    if (!s)
        qFatal("open: %s", qPrintable(s.error().message));
    demo::DemoOptions o;
    o.warehouses = 2;
    o.products = 400;
    o.binsPerWarehouse = 120;
    o.receipts = 10;
    o.picks = 20;
    o.countTasks = 4;
    o.pinIterations = 10;
    if (auto sum = demo::generateDemo((*s)->db(), o); !sum)
        qFatal("demo: %s", qPrintable(sum.error().message));
    // Collisions and extra kinds the demo does not make.
    const char *extra = R"sql(
        INSERT INTO package (id, name) VALUES (1, '106141412345678908'), (2, 'LPN-000777');
        INSERT INTO product_barcode (code, product_id, packaging, qty) VALUES ('INT-0042', 5, 'unit', 1000),
            ('WH1-FAKE', 6, 'unit', 1000);
        INSERT INTO location (id, warehouse_id, barcode, name, type) VALUES (90001, 1, 'AMB-1', 'AMB-1', 'bin');
        INSERT INTO lot (id, product_id, name) VALUES (90001, 1, 'AMB-1'), (90002, 2, 'SHARED'), (90003, 3, 'SHARED'),
            (90004, 4, '17270331'), (90005, 4, '27123454');
    )sql";
    if (auto st = (*s)->db().exec(extra); !st)
        qFatal("extra rows: %s", qPrintable(st.error().message));
    return std::move(s).value();
}

} // namespace scantest
