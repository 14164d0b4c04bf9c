import QtQuick
import QtQuick.Layouts
import "../theme"

// A calm framed area; children go into a padded column.
Rectangle {
    id: card
    default property alias content: column.data
    property int padding: Theme.gapLarge
    property alias spacing: column.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: 1
    implicitHeight: column.implicitHeight + 2 * padding
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.gap
    }
}
