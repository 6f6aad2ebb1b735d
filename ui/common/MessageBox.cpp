// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

#include "core/common/Result.h"

namespace caredesk::ui {

namespace {

struct MessageState {
    MessageBox::Responder responder;
    QString lastTitle;
    QString lastText;
};

MessageState &state()
{
    static MessageState instance;
    return instance;
}

} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    present(parent, QMessageBox::Critical, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    present(parent, QMessageBox::Warning, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    present(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return present(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

void MessageBox::error(QWidget *parent, const QString &title, const core::Error &error)
{
    present(parent, QMessageBox::Critical, title, error.message, error.detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    auto &s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.responder) {
        s.responder(title, text);
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setTestResponder(Responder responder)
{
    state().responder = std::move(responder);
}

QString MessageBox::lastTitle()
{
    return state().lastTitle;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

QMessageBox::StandardButton MessageBox::present(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                                const QString &text, const QString &details,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    auto &s = state();
    const QString shownTitle = title.isEmpty() ? tr("CareDesk") : title;
    s.lastTitle = shownTitle;
    s.lastText = text;
    if (s.responder) {
        return s.responder(shownTitle, text);
    }
    QMessageBox box(icon, shownTitle, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // Messages are plain text written for people; never let a name with "<" turn into markup.
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace caredesk::ui
