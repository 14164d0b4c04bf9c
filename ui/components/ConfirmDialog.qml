import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// One clear question with a gentle "no" as the default. Esc always backs out.
Dialog {
    id: dialog
    property string message: ""
    property string confirmText: qsTr("Yes")
    property string cancelText: qsTr("Not now")
    property bool destructive: false
    property string extraText: ""   // an optional third way out, between "no" and "yes"
    signal confirmed
    signal extraChosen

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, parent ? parent.width - 80 : 640)
    // Never taller than the window: the message scrolls, the buttons stay in view.
    height: Math.min(implicitHeight, parent ? parent.height - 40 : implicitHeight)
    padding: Theme.gapLarge
    closePolicy: Popup.CloseOnEscape

    onOpened: cancelButton.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.45)
    }

    header: Label {
        text: dialog.title
        padding: Theme.gapLarge
        bottomPadding: 0
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    contentItem: ColumnLayout {
        spacing: Theme.gapLarge
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        Flickable {
            id: messageScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: messageText.implicitHeight
            contentHeight: messageText.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: ScrollBar.AsNeeded
            }
            BodyText {
                id: messageText
                objectName: "confirmMessage"
                width: messageScroll.width
                text: dialog.message
            }
        }
        // Wraps onto a second line rather than pushing a button off a small window.
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.gap
            AppButton {
                objectName: "confirmAccept"
                kind: "primary"
                fillColour: dialog.destructive ? Theme.danger : Theme.accent
                text: dialog.confirmText
                onClicked: {
                    dialog.accept();
                    dialog.confirmed();
                }
            }
            AppButton {
                objectName: "confirmExtra"
                visible: dialog.extraText.length > 0
                text: dialog.extraText
                onClicked: {
                    dialog.reject();
                    dialog.extraChosen();
                }
            }
            AppButton {
                id: cancelButton
                objectName: "confirmCancel"
                text: dialog.cancelText
                onClicked: dialog.reject()
            }
        }
    }
}
