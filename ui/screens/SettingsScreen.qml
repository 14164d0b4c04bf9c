pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
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
                    {
                        "mode": "system",
                        "label": qsTr("Like my computer")
                    },
                    {
                        "mode": "light",
                        "label": qsTr("Light")
                    },
                    {
                        "mode": "dark",
                        "label": qsTr("Dark")
                    }
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
        objectName: "trayCard"
        SectionTitle {
            text: qsTr("Reminders")
        }
        BodyText {
            muted: true
            text: qsTr("When a planned talk comes up, OpenUp shows a short reminder with the time only — never a topic or anything you wrote.")
        }
        Label {
            text: qsTr("When the window is closed")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            ChoiceChip {
                objectName: "tray_off"
                text: qsTr("Quit OpenUp")
                chosen: !App.keepInTray
                onClicked: App.keepInTray = false
            }
            ChoiceChip {
                objectName: "tray_on"
                text: qsTr("Keep running in the tray for reminders")
                chosen: App.keepInTray
                enabled: App.trayAvailable || App.keepInTray
                onClicked: App.keepInTray = true
            }
        }
        BodyText {
            visible: !App.trayAvailable
            muted: true
            text: qsTr("This system shows no tray icon, so reminders appear inside the OpenUp window while it is open.")
        }
    }

    Card {
        objectName: "vaultSettingsCard"
        SectionTitle {
            text: qsTr("Vault")
        }
        BodyText {
            muted: true
            text: qsTr("The vault locks itself when nobody has touched OpenUp for a while, when a talk starts, and when you quit.")
        }
        Label {
            text: qsTr("Lock after")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: Vault.idleChoices
                delegate: ChoiceChip {
                    required property int modelData
                    objectName: "idle_" + modelData
                    text: qsTr("%n minute(s)", "", modelData)
                    chosen: Vault.idleMinutes === modelData
                    onClicked: Vault.idleMinutes = modelData
                }
            }
        }
        Label {
            text: qsTr("When OpenUp is minimised or in the background")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            ChoiceChip {
                objectName: "focusLock_on"
                text: qsTr("Lock the vault")
                chosen: Vault.lockOnFocusLoss
                onClicked: Vault.lockOnFocusLoss = true
            }
            ChoiceChip {
                objectName: "focusLock_off"
                text: qsTr("Keep it open")
                chosen: !Vault.lockOnFocusLoss
                onClicked: Vault.lockOnFocusLoss = false
            }
        }
        Label {
            text: qsTr("When the screen locks")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        BodyText {
            objectName: "osLockStatus"
            text: Vault.osLockStatus
            muted: true
        }
        Label {
            text: qsTr("Screenshots and screen sharing")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        BodyText {
            objectName: "captureStatus"
            text: Vault.captureStatus
            muted: true
        }
    }

    Card {
        objectName: "backupsCard"
        SectionTitle {
            text: qsTr("Backups")
        }
        BodyText {
            muted: true
            text: qsTr("OpenUp copies all your data once a day and after every talk, keeping a week of daily copies and a month of weekly ones. Kept moments stay sealed in every copy.")
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                objectName: "backupNow"
                text: qsTr("Back up now")
                onClicked: backupResult.text = Backups.backupNow()
            }
            BodyText {
                id: backupResult
                objectName: "backupNowResult"
                muted: true
            }
        }
        BodyText {
            visible: Backups.backups.length === 0
            muted: true
            text: qsTr("No backups yet. The first one is made today.")
        }
        Repeater {
            model: Backups.backups
            delegate: RowLayout {
                id: backupRow
                required property var modelData
                required property int index
                objectName: "backup_" + index
                spacing: Theme.gap
                Layout.fillWidth: true
                BodyText {
                    text: backupRow.modelData.ok ? qsTr("%1 · %2 · %3").arg(backupRow.modelData.when).arg(backupRow.modelData.holds).arg(backupRow.modelData.size) : qsTr("%1 · %2").arg(backupRow.modelData.when).arg(backupRow.modelData.message)
                    color: backupRow.modelData.ok ? Theme.text : Theme.danger
                }
                AppButton {
                    objectName: "restore_" + backupRow.index
                    enabled: backupRow.modelData.ok
                    text: qsTr("Restore…")
                    Accessible.name: qsTr("Restore the backup of %1").arg(backupRow.modelData.when)
                    onClicked: {
                        restoreDialog.path = backupRow.modelData.path;
                        restoreDialog.when = backupRow.modelData.when;
                        restoreDialog.open();
                    }
                }
            }
        }
        BodyText {
            id: restoreProblem
            objectName: "restoreProblem"
            visible: text.length > 0
            color: Theme.danger
        }
    }

    ConfirmDialog {
        id: restoreDialog
        objectName: "restoreDialog"
        property string path: ""
        property string when: ""
        parent: Overlay.overlay
        title: qsTr("Restore the backup of %1?").arg(when)
        message: qsTr("OpenUp first keeps a copy of everything as it is now, then puts this backup in its place and starts again. Nothing is lost either way.")
        confirmText: qsTr("Restore and restart")
        onConfirmed: restoreProblem.text = Backups.restore(path)
    }

    Card {
        objectName: "decksCard"
        SectionTitle {
            text: qsTr("Prompt decks")
        }
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
        objectName: "readingCard"
        SectionTitle {
            text: qsTr("Reading and motion")
        }
        Label {
            text: qsTr("Text size")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: App.textScales
                delegate: ChoiceChip {
                    required property real modelData
                    objectName: "textScale_" + Math.round(modelData * 100)
                    text: qsTr("%1 %").arg(Math.round(modelData * 100))
                    Accessible.name: qsTr("Text size %1 percent").arg(Math.round(modelData * 100))
                    chosen: !App.textFollowsSystem && Math.abs(App.textScale - modelData) < 0.01
                    onClicked: App.textScale = modelData
                }
            }
            ChoiceChip {
                objectName: "textScale_system"
                text: qsTr("Like my computer")
                chosen: App.textFollowsSystem
                onClicked: App.textFollowsSystem = true
            }
        }
        Label {
            text: qsTr("Motion")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            ChoiceChip {
                objectName: "motion_on"
                text: qsTr("Gentle animations")
                chosen: !App.reduceMotion
                onClicked: App.reduceMotion = false
            }
            ChoiceChip {
                objectName: "motion_off"
                text: qsTr("Reduce motion")
                chosen: App.reduceMotion
                onClicked: App.reduceMotion = true
            }
        }
        Label {
            text: qsTr("Language")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: [
                    {
                        "id": "system",
                        "label": qsTr("Like my computer")
                    },
                    {
                        "id": "en",
                        "label": "English"
                    },
                    {
                        "id": "es",
                        "label": "Español"
                    }
                ]
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "language_" + modelData.id
                    text: modelData.label
                    chosen: App.language === modelData.id
                    onClicked: App.language = modelData.id
                }
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
