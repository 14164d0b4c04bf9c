import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// Running text that wraps instead of clipping, whatever the text size.
Label {
    property bool muted: false
    wrapMode: Text.WordWrap
    color: muted ? Theme.textMuted : Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.15
    Layout.fillWidth: true
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
