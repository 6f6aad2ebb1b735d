// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace caredesk::core {
struct Error;
}

namespace caredesk::ui {

/**
 * The one way the UI shows a modal message. Errors from core show their message (for people); the technical detail
 * goes only into "Show Details…". Tests install a responder that answers instead of a person.
 */
class MessageBox final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::MessageBox)

public:
    using Responder = std::function<QMessageBox::StandardButton(const QString &title, const QString &text)>;

    MessageBox() = delete;

    static void critical(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    /** A core failure: shows error.message; error.detail only behind "Show Details…". */
    static void error(QWidget *parent, const QString &title, const core::Error &error);
    /** The application's About box. */
    static void about(QWidget *parent, const QString &title, const QString &text);

    /**
     * With a responder set no dialog opens: the responder gets title and text and its answer is returned
     * (QMessageBox::Ok is a good answer for messages without a choice). Pass {} to show real dialogs again.
     */
    static void setTestResponder(Responder responder);
    /** Title and text of the last message asked for, whether shown or answered by the responder. */
    [[nodiscard]] static QString lastTitle();
    [[nodiscard]] static QString lastText();

private:
    static QMessageBox::StandardButton present(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                               const QString &text, const QString &details,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton);
};

} // namespace caredesk::ui
