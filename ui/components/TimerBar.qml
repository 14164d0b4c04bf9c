import QtQuick
import QtQuick.Layouts
import "../theme"

// A calm horizontal bar showing how much of a time is left (1 = all of it).
Rectangle {
    id: bar
    property real fraction: 1
    property color fillColour: Theme.accent
    implicitHeight: 12
    radius: height / 2
    color: Theme.surfaceAlt
    Layout.fillWidth: true
    Accessible.ignored: true
    Rectangle {
        width: Math.max(bar.height, bar.width * Math.max(0, Math.min(1, bar.fraction)))
        visible: bar.fraction > 0
        height: parent.height
        radius: parent.radius
        color: bar.fillColour
        Behavior on width { NumberAnimation { duration: Theme.durationMedium } }
    }
}
