import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// About: what OpenUp is, why it works (with its sources named, not copied), privacy, licences.
ScreenPage {
    objectName: "aboutScreen"
    title: qsTr("About OpenUp")
    subtitle: qsTr("Version %1").arg(App.version)

    Card {
        SectionTitle {
            text: qsTr("What OpenUp is")
        }
        BodyText {
            text: qsTr("OpenUp helps two people who sit together at one laptop talk a little more openly, in small and safe steps. You take turns with a prompt, a timer keeps each talk short, and you can always pass.")
        }
        BodyText {
            text: qsTr("Everything stays on this computer. OpenUp needs no account, sends nothing anywhere and keeps no statistics about you. Its log files never contain what either of you wrote.")
            muted: true
        }
        BodyText {
            objectName: "aboutVaultLimits"
            text: qsTr("The vault makes you wait after a few wrong passphrases, but that only slows guessing inside OpenUp. Someone with a copy of its data guesses without it; what slows them is that every guess costs real memory and time (Argon2id), so choose a passphrase your partner couldn't guess. The vault can't protect against spyware on this computer, a camera pointed at the screen, or someone forcing you to type your passphrase: then you can still take a moment back alone, at once. The full notes are in docs/security.md in OpenUp's source.")
            muted: true
        }
    }

    Label {
        text: qsTr("Why it's built this way")
        font.pixelSize: Theme.fontHeadline
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: App.aboutSections
        delegate: Card {
            id: section
            required property var modelData
            objectName: "about_" + modelData.id
            SectionTitle {
                text: section.modelData.heading
            }
            Repeater {
                model: section.modelData.paragraphs
                delegate: BodyText {
                    required property string modelData
                    text: modelData
                }
            }
            Repeater {
                model: section.modelData.sources
                delegate: BodyText {
                    required property string modelData
                    objectName: "aboutSource"
                    text: "— " + modelData
                    muted: true
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    Card {
        objectName: "licencesCard"
        LicenceList {}
    }
}
