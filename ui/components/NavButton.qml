import QtQuick
import QtQuick.Controls.Basic
import "../theme"

// One entry of the navigation rail; shows which screen is current.
Button {
    id: control
    property bool current: false
    property string shortcutHint: ""

    implicitHeight: Theme.controlHeight
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    Accessible.description: shortcutHint.length > 0 ? qsTr("Shortcut %1").arg(shortcutHint) : ""
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    font.pixelSize: Theme.fontLabel
    font.weight: current ? Font.DemiBold : Font.Normal

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.current ? Theme.accent : Theme.text
        verticalAlignment: Text.AlignVCenter
        leftPadding: 14
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: control.current ? Theme.surfaceAlt : (control.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.08) : "transparent")
        Rectangle {
            visible: control.current
            width: 5
            radius: 2
            height: parent.height - 16
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
        FocusRing {
            shown: control.visualFocus
        }
    }
}
