import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// One prompt in the picker; the couple's own prompts can be changed or removed.
Rectangle {
    id: row
    property string promptId: ""
    property string promptText: ""
    property bool own: false
    property bool chosen: false
    signal picked()

    objectName: "promptRow_" + promptId
    implicitHeight: layout.implicitHeight + 2 * Theme.gapSmall
    radius: Theme.radiusSmall
    color: chosen ? Theme.surfaceAlt : "transparent"
    border.color: chosen ? Theme.accent : Theme.border
    border.width: chosen ? 2 : 1

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.gapSmall
        spacing: Theme.gap
        BodyText {
            text: row.promptText
            Layout.leftMargin: Theme.gapSmall
        }
        AppButton {
            objectName: "pick_" + row.promptId
            text: row.chosen ? qsTr("Chosen") : qsTr("Choose")
            kind: row.chosen ? "primary" : "secondary"
            Accessible.name: qsTr("Choose: %1").arg(row.promptText)
            onClicked: row.picked()
        }
        AppButton {
            visible: row.own
            objectName: "delete_" + row.promptId
            kind: "quiet"
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove: %1").arg(row.promptText)
            onClicked: Prompts.deleteOwnPrompt(row.promptId)
        }
    }
}
