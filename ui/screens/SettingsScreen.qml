import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"
import "../components"

ScreenPage {
    id: page
    objectName: "settingsScreen"
    title: qsTr("Settings")

    Card {
        objectName: "appearanceCard"
        Label {
            text: qsTr("Appearance")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        BodyText {
            text: qsTr("Light or dark. \"Like my computer\" follows your system's setting.")
            muted: true
        }
        RowLayout {
            spacing: Theme.gap
            Repeater {
                model: [
                    { "mode": "system", "label": qsTr("Like my computer") },
                    { "mode": "light", "label": qsTr("Light") },
                    { "mode": "dark", "label": qsTr("Dark") }
                ]
                delegate: AppButton {
                    required property var modelData
                    objectName: "theme_" + modelData.mode
                    text: modelData.label
                    kind: App.themeMode === modelData.mode ? "primary" : "secondary"
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: App.themeMode === modelData.mode
                    onClicked: App.themeMode = modelData.mode
                }
            }
        }
    }

    Card {
        objectName: "decksCard"
        SectionTitle { text: qsTr("Prompt decks") }
        BodyText {
            objectName: "deckStatus"
            text: Prompts.status
            muted: Prompts.problems.length === 0
        }
        Repeater {
            model: Prompts.problems
            delegate: BodyText {
                required property string modelData
                objectName: "deckProblem"
                text: "• " + modelData
                color: Theme.danger
            }
        }
    }

    Card {
        objectName: "startOverCard"
        Label {
            text: qsTr("Start over")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        BodyText {
            text: qsTr("Go through the first steps again: your names, your colours and your promise to each other.")
            muted: true
        }
        AppButton {
            objectName: "resetFirstRunButton"
            text: qsTr("Set up again…")
            onClicked: resetDialog.open()
        }
    }

    ConfirmDialog {
        id: resetDialog
        objectName: "resetDialog"
        parent: Overlay.overlay
        title: qsTr("Set up OpenUp again?")
        message: qsTr("You will both enter your names and colours again and renew your promise. Nothing you have saved is deleted.")
        confirmText: qsTr("Set up again")
        onConfirmed: App.resetFirstRun()
    }
}
