import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    objectName: "talkScreen"
    title: qsTr("Talk")
    subtitle: qsTr("Take turns answering one prompt, with a gentle timer that keeps the talk short.")

    Card {
        BodyText {
            objectName: "talkComingNote"
            text: qsTr("This is where you will pick a prompt, choose how long to talk, and take turns on one shared screen.")
        }
    }
}
