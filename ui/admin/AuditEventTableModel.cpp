// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AuditEventTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace caredesk::ui {

AuditEventTableModel::AuditEventTableModel(core::AuditLog &audit, QObject *parent)
    : QAbstractTableModel(parent), m_audit(audit)
{
}

AuditEventTableModel::~AuditEventTableModel() = default;

int AuditEventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString changeValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("—");
    }
    if (value.isString()) {
        return value.toString().isEmpty() ? QStringLiteral("“”") : value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

QStringList AuditEventTableModel::readableChanges(const QString &changes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
    if (!doc.isObject()) {
        return changes.isEmpty() ? QStringList() : QStringList{changes};
    }
    QStringList lines;
    const QJsonObject fields = doc.object();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray() && v.toArray().size() == 2) {
            lines << tr("%1: %2 → %3").arg(it.key(), changeValue(v.toArray().at(0)), changeValue(v.toArray().at(1)));
        } else if (v.toString() == QLatin1String("changed")) {
            lines << tr("%1 changed").arg(it.key());
        } else if (v.toString() == QLatin1String("set")) {
            lines << tr("%1 set").arg(it.key());
        } else {
            lines << tr("%1: %2").arg(it.key(), changeValue(v));
        }
    }
    return lines;
}

QVariant AuditEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::AuditEvent &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq: return QString::number(e.seq);
        case Time: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User: return e.userName;
        case Action: return e.action;
        case Entity: return e.entity;
        case EntityId: return e.entityId;
        case Detail: return e.detail;
        case Changes: return readableChanges(e.changes).join(QStringLiteral("; "));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Changes) {
            return readableChanges(e.changes).join(QLatin1Char('\n'));
        }
        return index.column() == Detail || index.column() == Action ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::TextAlignmentRole: return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeqRole: return e.seq;
    case ActionRole: return e.action;
    case EntityRole: return e.entity;
    case EntityIdRole: return e.entityId;
    default: return {};
    }
}

QVariant AuditEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Seq: return tr("Entry");
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Entity: return tr("Record");
    case EntityId: return tr("Record id");
    case Detail: return tr("Detail");
    case Changes: return tr("Changes");
    default: return {};
    }
}

bool AuditEventTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void AuditEventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    auto page = m_audit.page(m_filter, before, m_pageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty()) {
        return;
    }
    // Views and testers react to rowsInserted by asking for more; that has to wait until this insertion is done.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void AuditEventTableModel::setFilter(const core::AuditFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AuditEventTableModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 10000);
    refresh();
}

void AuditEventTableModel::refresh()
{
    // The first page is read inside the reset: a view that fetches more on modelReset must find it complete.
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        auto page = m_audit.page(m_filter, 0, m_pageSize);
        if (page) {
            m_rows = *page;
            m_atEnd = page->size() < m_pageSize;
            m_lastError.clear();
        } else {
            m_atEnd = true;
            m_lastError = page.error().message;
        }
        endResetModel();
    }
    if (!m_lastError.isEmpty()) {
        emit loadFailed(m_lastError);
    }
}

core::AuditEvent AuditEventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::AuditEvent();
}

} // namespace caredesk::ui
