import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

ScreenPage {
    objectName: "homeScreen"
    title: qsTr("Hello, %1 and %2").arg(App.partnerName(0)).arg(App.partnerName(1))
    subtitle: qsTr("A few calm minutes together, whenever you both feel like it.")
    // Enter (or Space) starts a talk: after the first run, that is the one thing to do next.
    Component.onCompleted: if (!TalkHistory.hasUnfinished)
        startTalkButton.forceActiveFocus()

    Card {
        objectName: "resumeCard"
        visible: TalkHistory.hasUnfinished
        border.width: 2
        border.color: Theme.accent
        SectionTitle {
            text: qsTr("Continue where you left off?")
        }
        BodyText {
            objectName: "resumeText"
            text: TalkHistory.unfinishedText + " " + qsTr("Everything you had done is kept. You can pick it up again, or close it — either is fine.")
        }
        BodyText {
            id: resumeError
            objectName: "resumeError"
            visible: text.length > 0
            color: Theme.danger
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                objectName: "resumeTalkButton"
                kind: "primary"
                text: qsTr("Continue the talk")
                onClicked: {
                    resumeError.text = TalkHistory.resumeUnfinished();
                    if (resumeError.text === "")
                        Nav.go("talk");
                }
            }
            AppButton {
                objectName: "closeTalkButton"
                text: qsTr("Close it")
                onClicked: TalkHistory.closeUnfinished()
            }
        }
    }

    Card {
        objectName: "homeInvitationsCard"
        visible: Together.openInvitations.length > 0 || Together.lastReminder.length > 0
        SectionTitle {
            text: Together.upcoming.whenText ? qsTr("Your next talk") : qsTr("An invitation")
        }
        BodyText {
            objectName: "homeReminder"
            visible: Together.lastReminder.length > 0
            text: Together.lastReminder
        }
        Repeater {
            model: Together.openInvitations
            delegate: BodyText {
                required property var modelData
                objectName: "homeInvitation"
                text: modelData.status === "pending" ? qsTr("%1 would love some time with you, %2. When would suit you?").arg(modelData.inviterName).arg(modelData.inviteeName) : qsTr("%1, %n minute(s).", "", modelData.minutes).arg(modelData.whenText)
            }
        }
        AppButton {
            objectName: "homeOpenTogether"
            text: qsTr("Open Together")
            onClicked: Nav.go("together")
        }
    }

    Card {
        id: startCard
        objectName: "startTalkCard"
        SectionTitle {
            text: qsTr("Start a talk")
        }
        BodyText {
            text: qsTr("Take turns with one prompt for five short minutes. Either of you can pass at any time, no reason needed.")
            muted: true
        }
        // The very first talk starts at once with the gentle defaults (a warm-up prompt, five
        // minutes); later ones open the setup to choose.
        readonly property bool firstTalk: TalkHistory.recentTalks.length === 0 && !TalkHistory.hasUnfinished
        AppButton {
            id: startTalkButton
            objectName: "startTalkButton"
            kind: "primary"
            text: startCard.firstTalk ? qsTr("Start our first talk") : qsTr("Start a talk")
            onClicked: {
                if (startCard.firstTalk)
                    Talk.start();
                Nav.go("talk");
            }
        }
    }

    Card {
        objectName: "recentCard"
        SectionTitle {
            text: qsTr("Your recent talks")
        }
        BodyText {
            visible: TalkHistory.recentTalks.length === 0
            text: qsTr("Your talks will be listed here, with their date and length.")
            muted: true
        }
        Repeater {
            model: TalkHistory.recentTalks
            delegate: ColumnLayout {
                id: recentTalk
                required property var modelData
                required property int index
                objectName: "recentTalk" + index
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: qsTr("%1 · %2").arg(recentTalk.modelData.date).arg(recentTalk.modelData.length)
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                BodyText {
                    // A prompt that is no longer in any deck (one from a source) leaves no gap.
                    objectName: "recentPrompts" + recentTalk.index
                    visible: text.length > 0
                    text: recentTalk.modelData.prompts.join("  ·  ")
                    muted: true
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
