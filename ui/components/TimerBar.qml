import QtQuick
import QtQuick.Layouts
import "../theme"

// A calm horizontal bar showing how much of a time is left (1 = all of it).
// It steps once a second without animating, so a running talk redraws about once a second
// instead of sixty times; only a refill (a new turn) glides, unless motion is reduced.
Rectangle {
    id: bar
    property real fraction: 1
    property color fillColour: Theme.accent
    property real shownFraction: 1
    implicitHeight: 12
    radius: height / 2
    color: Theme.surfaceAlt
    Layout.fillWidth: true
    Accessible.ignored: true
    Component.onCompleted: shownFraction = fraction
    onFractionChanged: {
        refill.enabled = fraction > shownFraction;
        shownFraction = fraction;
    }
    Rectangle {
        objectName: "timerBarFill"
        width: Math.max(bar.height, bar.width * Math.max(0, Math.min(1, bar.shownFraction)))
        visible: bar.shownFraction > 0
        height: parent.height
        radius: parent.radius
        color: bar.fillColour
        Behavior on width {
            id: refill
            enabled: false
            NumberAnimation {
                duration: Theme.durationMedium
            }
        }
    }
}
