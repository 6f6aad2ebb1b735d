// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ProductClass.h"

#include "core/common/Tr.h"

namespace caredesk::core {

QString productClassId(ProductClass productClass)
{
    switch (productClass) {
    case ProductClass::Rx: return QStringLiteral("rx");
    case ProductClass::Otc: return QStringLiteral("otc");
    case ProductClass::Device: return QStringLiteral("device");
    case ProductClass::Service: return QStringLiteral("service");
    }
    return QStringLiteral("otc");
}

std::optional<ProductClass> productClassFromId(const QString &id)
{
    for (ProductClass c : {ProductClass::Rx, ProductClass::Otc, ProductClass::Device, ProductClass::Service}) {
        if (productClassId(c) == id) {
            return c;
        }
    }
    return std::nullopt;
}

QString productClassLabel(ProductClass productClass)
{
    switch (productClass) {
    case ProductClass::Rx: return CommonTr::tr("Prescription drug (Rx)");
    case ProductClass::Otc: return CommonTr::tr("Over-the-counter (OTC)");
    case ProductClass::Device: return CommonTr::tr("Medical device");
    case ProductClass::Service: return CommonTr::tr("Service");
    }
    return {};
}

} // namespace caredesk::core
