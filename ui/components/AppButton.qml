import QtQuick
import QtQuick.Controls.Basic
import "../theme"

// The one button style. kind: "primary" (filled), "secondary" (outlined), "quiet" (text only).
// A partner colour can be given so the button clearly belongs to that partner.
Button {
    id: control
    property string kind: "secondary"
    property color fillColour: Theme.accent
    property color fillTextColour: Theme.accentText
    property string shortcutHint: ""

    implicitHeight: Theme.controlHeight
    implicitWidth: Math.max(Theme.controlHeight * 2, contentItem.implicitWidth + 36)
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.Button
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    font.pixelSize: Theme.fontLabel
    font.weight: kind === "primary" ? Font.DemiBold : Font.Medium

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 10
            Text {
                text: control.text
                font: control.font
                color: control.kind === "primary" ? control.fillTextColour : (control.enabled ? Theme.text : Theme.textMuted)
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
            }
            Rectangle {
                visible: control.shortcutHint.length > 0
                anchors.verticalCenter: parent.verticalCenter
                radius: 6
                height: hint.implicitHeight + 6
                width: hint.implicitWidth + 14
                color: control.kind === "primary" ? Qt.rgba(1, 1, 1, 0.22) : Theme.surfaceAlt
                Text {
                    id: hint
                    anchors.centerIn: parent
                    text: control.shortcutHint
                    font.pixelSize: Theme.fontSmall
                    color: control.kind === "primary" ? control.fillTextColour : Theme.textMuted
                }
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        opacity: control.enabled ? 1 : 0.55
        color: control.kind === "primary" ? (control.down ? Qt.darker(control.fillColour, 1.15) : control.fillColour) : control.kind === "secondary" ? (control.down ? Theme.surfaceAlt : Theme.surface) : (control.down || control.hovered ? Theme.surfaceAlt : "transparent")
        border.width: control.kind === "secondary" ? 2 : 0
        border.color: Theme.border
        FocusRing {
            shown: control.visualFocus
        }
        Behavior on color {
            ColorAnimation {
                duration: Theme.durationShort
            }
        }
    }
}
