// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace caredesk::core {

/**
 * What a purchased item is, for pharmacy rules: prescription drugs (Rx) are excluded from loyalty earning and
 * redeeming by default, because points on prescriptions count as an inducement.
 */
enum class ProductClass { Rx, Otc, Device, Service };

/** Stable ids stored in the database: "rx", "otc", "device", "service". */
QString productClassId(ProductClass productClass);
std::optional<ProductClass> productClassFromId(const QString &id);
/** Translated, for people. */
QString productClassLabel(ProductClass productClass);

} // namespace caredesk::core
