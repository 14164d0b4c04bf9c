import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    objectName: "aboutScreen"
    title: qsTr("About OpenUp")
    subtitle: qsTr("Version %1").arg(App.version)

    Card {
        Label {
            text: qsTr("What OpenUp is")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        BodyText {
            text: qsTr("OpenUp helps two people who sit together at one laptop talk a little more openly, in small and safe steps. You take turns with a prompt, a timer keeps each talk short, and you can always pass.")
        }
        BodyText {
            text: qsTr("OpenUp is not therapy and makes no such claim. If things feel heavy, a qualified counsellor can help in ways an app cannot.")
            muted: true
        }
    }
    Card {
        Label {
            text: qsTr("Your privacy")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        BodyText {
            text: qsTr("Everything stays on this computer. OpenUp needs no account, sends nothing anywhere and keeps no statistics about you. Its log files never contain what either of you wrote.")
        }
    }
}
