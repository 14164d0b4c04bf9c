import QtQuick
import QtQuick.Controls.Basic
import "../theme"

// A large, calm text field with a visible focus outline.
TextField {
    id: field
    property string label: ""
    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.focusRing
    selectedTextColor: "#FFFFFF"
    leftPadding: 16
    rightPadding: 16
    Accessible.name: label.length > 0 ? label : placeholderText
    Accessible.role: Accessible.EditableText
    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : 2
        border.color: field.activeFocus ? Theme.focusRing : Theme.border
    }
}
