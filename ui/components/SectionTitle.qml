import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// A heading inside a card.
Label {
    font.pixelSize: Theme.fontTitle
    font.weight: Font.DemiBold
    color: Theme.text
    wrapMode: Text.WordWrap
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
