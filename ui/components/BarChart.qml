pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// Horizontal bars drawn in QML: a label, a bar in proportion to value/maximum, and a caption.
ColumnLayout {
    id: chart
    property var bars: []          // [{ label, value, caption, accessible }]
    property real maximum: 1
    property color barColour: Theme.accent
    spacing: Theme.gapSmall

    Repeater {
        model: chart.bars
        delegate: RowLayout {
            id: bar
            required property var modelData
            required property int index
            objectName: "bar_" + index
            spacing: Theme.gap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.accessible || (modelData.label + ": " + modelData.caption)
            Label {
                text: bar.modelData.label
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                Layout.preferredWidth: 180
                elide: Text.ElideRight
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Math.round(26 * Theme.textScale)
                radius: 6
                color: Theme.surfaceAlt
                Rectangle {
                    width: chart.maximum > 0 ? parent.width * Math.min(1, bar.modelData.value / chart.maximum) : 0
                    height: parent.height
                    radius: 6
                    color: chart.barColour
                }
            }
            Label {
                text: bar.modelData.caption
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.preferredWidth: 170
            }
        }
    }
}
