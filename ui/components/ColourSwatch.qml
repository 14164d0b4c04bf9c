import QtQuick
import QtQuick.Controls.Basic
import "../theme"

// A round colour choice; a check mark shows the chosen one, a faded look the one already taken.
AbstractButton {
    id: swatch
    property color swatchColour: "gray"
    property string label: ""
    property bool chosen: false
    property bool taken: false

    implicitWidth: 52
    implicitHeight: 52
    enabled: !taken
    focusPolicy: Qt.StrongFocus
    checkable: false
    Accessible.role: Accessible.RadioButton
    Accessible.name: taken ? qsTr("%1 (taken by your partner)").arg(label) : label
    Accessible.checked: chosen
    Keys.onReturnPressed: clicked()
    Keys.onSpacePressed: clicked()

    contentItem: Item {}
    background: Rectangle {
        radius: width / 2
        color: swatch.swatchColour
        opacity: swatch.taken ? 0.25 : 1
        border.width: swatch.chosen ? 4 : 0
        border.color: Theme.text
        Text {
            anchors.centerIn: parent
            visible: swatch.chosen
            text: "✓"
            color: Theme.onPartner
            font.pixelSize: 26
            font.weight: Font.Bold
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - 3
            radius: width / 2
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: swatch.visualFocus
        }
    }
}
