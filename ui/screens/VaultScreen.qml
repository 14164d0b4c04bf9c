import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    objectName: "vaultScreen"
    title: qsTr("Vault")
    subtitle: qsTr("Moments you chose to keep, sealed so that neither of you can open the other's alone.")

    Card {
        BodyText {
            objectName: "vaultComingNote"
            text: qsTr("This is where the moments you keep will be stored, opened only by both of you together or by the one who shared it.")
        }
    }
}
