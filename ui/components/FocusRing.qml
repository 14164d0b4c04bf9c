import QtQuick
import "../theme"

// The visible keyboard-focus outline every control shares (≥ 3:1 against the background).
Rectangle {
    property Item target: parent
    property bool shown: false
    anchors.fill: target
    anchors.margins: -Theme.focusWidth - 2
    radius: Theme.radius + 4
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
    visible: shown
}
