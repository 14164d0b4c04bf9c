import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"

// Before one partner types something private, the other is asked, kindly, to look away.
ColumnLayout {
    id: root
    property int typistSeat: 0
    readonly property int otherSeat: 1 - typistSeat
    signal ready
    signal cancelled
    spacing: Theme.gapLarge

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: inner.implicitHeight + 2 * Theme.gapLarge
        radius: Theme.radius
        color: App.partnerColour(root.otherSeat)
        ColumnLayout {
            id: inner
            anchors.fill: parent
            anchors.margins: Theme.gapLarge
            spacing: Theme.gap
            Label {
                objectName: "lookAwayTitle"
                text: qsTr("%1, please look away for a moment").arg(App.partnerName(root.otherSeat))
                color: Theme.onPartner
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 is about to type something private. It only takes a moment.").arg(App.partnerName(root.typistSeat))
                color: Theme.onPartner
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    RowLayout {
        spacing: Theme.gap
        AppButton {
            id: readyButton
            objectName: "lookAwayReady"
            kind: "primary"
            fillColour: App.partnerColour(root.typistSeat)
            fillTextColour: Theme.onPartner
            text: qsTr("%1 is looking away").arg(App.partnerName(root.otherSeat))
            onClicked: root.ready()
        }
        AppButton {
            objectName: "lookAwayCancel"
            text: qsTr("Cancel")
            onClicked: root.cancelled()
        }
    }
    Component.onCompleted: readyButton.forceActiveFocus()
}
