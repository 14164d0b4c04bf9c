pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"

// Every keyboard shortcut in one place (F1 or ?). Esc closes it.
Popup {
    id: help
    objectName: "helpOverlay"
    parent: Overlay.overlay
    modal: true
    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 80 : 760)
    height: Math.min(column.implicitHeight + closeButton.implicitHeight + Theme.gap + 2 * Theme.gapLarge, parent ? parent.height - 40 : 700)
    padding: Theme.gapLarge
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    // The widest key text: every key chip is that wide, so none is cut and the column lines up.
    property real widestKey: 0
    onOpened: closeButton.forceActiveFocus()
    // The help covers a running talk: both timers wait until it is closed.
    onAboutToShow: Talk.hold("help")
    onAboutToHide: Talk.release("help")
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.45)
    }

    readonly property var groups: [
        {
            "title": qsTr("Anywhere"),
            "keys": [["Ctrl+1 … Ctrl+8", qsTr("Go to Home, Talk, Together, Sources, Reflection, Vault, Settings, About")], ["Tab / Shift+Tab", qsTr("Move between controls")], [qsTr("Enter or Space"), qsTr("Press the control that has focus")], ["Esc", qsTr("Close a question or this help")], ["F1 / ?", qsTr("Show this help")]]
        },
        {
            "title": qsTr("During a talk"),
            "keys": [[qsTr("Space"), qsTr("Pass the turn")], ["P", qsTr("Pause or resume")], ["N", qsTr("Next prompt")], ["R", qsTr("I'd rather not (pass this prompt, no reason needed)")], ["B", qsTr("We need a break")], ["Y / M", qsTr("After saying back: \"Yes, that's it\" / \"There's more\"")], ["Esc", qsTr("End the talk (asks first)")]]
        },
        {
            "title": qsTr("Vault and reflections"),
            "keys": [["Ctrl+L", qsTr("Lock now")]]
        }
    ]

    // The list scrolls; Close stays in view below it at any window size and text size.
    contentItem: ColumnLayout {
        spacing: Theme.gap
        Flickable {
            id: helpFlick
            objectName: "helpScroll"
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: column.implicitHeight
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                policy: helpFlick.contentHeight > helpFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            ColumnLayout {
                id: column
                width: helpFlick.width - 16
                spacing: Theme.gap
                SectionTitle {
                    text: qsTr("Keyboard shortcuts")
                }
                Repeater {
                    model: help.groups
                    delegate: ColumnLayout {
                        id: group
                        required property var modelData
                        spacing: 6
                        Layout.fillWidth: true
                        Label {
                            text: group.modelData.title
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: group.modelData.keys
                            delegate: RowLayout {
                                id: shortcutRow
                                required property var modelData
                                spacing: Theme.gap
                                Layout.fillWidth: true
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData[0] + ": " + modelData[1]
                                Rectangle {
                                    objectName: "helpKeyChip"
                                    Layout.preferredWidth: Math.max(190, help.widestKey + 16)
                                    implicitHeight: keyLabel.implicitHeight + 8
                                    radius: 6
                                    color: Theme.surfaceAlt
                                    Label {
                                        id: keyLabel
                                        anchors.centerIn: parent
                                        text: shortcutRow.modelData[0]
                                        color: Theme.text
                                        font.pixelSize: Theme.fontSmall
                                        onImplicitWidthChanged: help.widestKey = Math.max(help.widestKey, keyLabel.implicitWidth)
                                    }
                                }
                                BodyText {
                                    text: shortcutRow.modelData[1]
                                }
                            }
                        }
                    }
                }
            }
        }
        AppButton {
            id: closeButton
            objectName: "helpClose"
            text: qsTr("Close")
            Layout.alignment: Qt.AlignRight
            onClicked: help.close()
        }
    }
}
