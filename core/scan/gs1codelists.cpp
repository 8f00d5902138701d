#include "scan/gs1codelists.h"
#include "scan/gs1data.h"

#include <QHash>
#include <QSet>

#include <array>

namespace stockhand::scan {

namespace {

struct Lists
{
    std::array<QSet<QString>, 5> sets;

    Lists()
    {
        static const QHash<QString, CodeList> names {{QStringLiteral("iso3166"), CodeList::Iso3166},
            {QStringLiteral("iso3166alpha2"), CodeList::Iso3166Alpha2}, {QStringLiteral("iso4217"), CodeList::Iso4217},
            {QStringLiteral("packagetype"), CodeList::PackageType}, {QStringLiteral("mediatype"), CodeList::MediaType}};
        QSet<QString> *current = nullptr;
        const QString text = QString::fromUtf8(data::codeLists());
        for (QStringView line : QStringView(text).split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.endsWith(u':')) {
                const auto it = names.constFind(line.chopped(1).toString());
                current = it == names.cend() ? nullptr : &sets[size_t(*it)];
                continue;
            }
            for (QStringView code : line.split(u' ', Qt::SkipEmptyParts)) {
                if (current)
                    current->insert(code.toString());
            }
        }
    }
};

const Lists &lists()
{
    static const Lists l;
    return l;
}

} // namespace

bool inCodeList(CodeList list, QStringView code)
{
    return lists().sets[size_t(list)].contains(code.toString());
}

qsizetype codeListSize(CodeList list)
{
    return lists().sets[size_t(list)].size();
}

} // namespace stockhand::scan
