import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    objectName: "homeScreen"
    title: qsTr("Hello, %1 and %2").arg(App.partnerName(0)).arg(App.partnerName(1))
    subtitle: qsTr("A few calm minutes together, whenever you both feel like it.")

    Card {
        objectName: "startTalkCard"
        Label {
            text: qsTr("Start a talk")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            text: qsTr("Take turns with one prompt for five short minutes. Either of you can pass at any time, no reason needed.")
            muted: true
        }
        AppButton {
            objectName: "startTalkButton"
            kind: "primary"
            text: qsTr("Start a talk")
            onClicked: Nav.go("talk")
        }
    }

    Card {
        objectName: "recentCard"
        Label {
            text: qsTr("Your talks")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        BodyText {
            text: qsTr("Your recent talks will be listed here, with their date and length.")
            muted: true
        }
    }
}
