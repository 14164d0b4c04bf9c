import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    objectName: "togetherScreen"
    title: qsTr("Together")
    subtitle: qsTr("Small steps add up. Here you see them, without scores or streaks.")

    Card {
        BodyText {
            objectName: "togetherComingNote"
            text: qsTr("This is where your invitations, the thanks you gave each other and the settings that suit you best will show.")
        }
    }
}
