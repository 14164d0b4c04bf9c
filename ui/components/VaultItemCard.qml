import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// One kept moment. Its text is shown but cannot be selected or copied.
Rectangle {
    id: card
    property string itemId: ""
    property string title: ""
    property string text: ""
    property string ownerName: ""
    property color ownerColour: "gray"
    property string createdText: ""
    property bool damaged: false
    property string message: ""
    property bool canWithdraw: false
    signal withdrawRequested

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: damaged ? Theme.danger : Theme.border
    border.width: damaged ? 2 : 1

    Rectangle {
        width: 6
        radius: 3
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        anchors.left: parent.left
        anchors.leftMargin: 10
        color: card.damaged ? Theme.danger : card.ownerColour
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.gapLarge
        spacing: 6
        Label {
            text: card.damaged ? qsTr("This item was altered or damaged") : (card.title.length > 0 ? card.title : qsTr("A moment"))
            color: card.damaged ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontTitle * 0.8
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "vaultItemText"
            text: card.damaged ? card.message : card.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                visible: !card.damaged
                text: qsTr("%1 · %2").arg(card.ownerName).arg(card.createdText)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            AppButton {
                visible: card.canWithdraw
                objectName: "withdraw_" + card.itemId
                kind: "quiet"
                text: qsTr("Take back")
                Accessible.name: qsTr("Take back this moment")
                onClicked: card.withdrawRequested()
            }
        }
    }
}
