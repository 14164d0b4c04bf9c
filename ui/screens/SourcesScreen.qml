pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// Sources: things you read, heard or watched. Talking about one first is often easier than
// talking about yourselves, and it leads there gently.
ScreenPage {
    id: sources
    objectName: "sourcesScreen"
    title: qsTr("Sources")
    subtitle: qsTr("A song, a film, an article: talking about something outside you both is an easy way in.")

    property string editing: ""     // "" (nobody), "new", or a source id
    property string formKind: "article"
    property string formTitle: ""
    property string formLink: ""
    property string formNote: ""
    property string message: ""

    function startForm(source) {
        if (source) {
            editing = source.id;
            formKind = source.kind;
            formTitle = source.title;
            formLink = source.link;
            formNote = source.note;
        } else {
            editing = "new";
            formKind = "article";
            formTitle = "";
            formLink = "";
            formNote = "";
        }
        message = "";
    }
    function saveForm() {
        var problem = editing === "new" ? Sources.add(formKind, formTitle, formLink, formNote) : Sources.edit(editing, formKind, formTitle, formLink, formNote);
        message = problem;
        if (problem === "")
            editing = "";
    }
    function talkAbout(sourceId) {
        var problem = Sources.talkAbout(sourceId);
        if (problem === "")
            Nav.go("talk");
        else
            message = problem;
    }
    function openLink(link) {
        message = Sources.openLink(link);
    }

    BodyText {
        objectName: "sourcesMessage"
        visible: sources.message.length > 0
        text: sources.message
        color: Theme.danger
    }

    Flow {
        visible: sources.editing === ""
        spacing: Theme.gap
        Layout.fillWidth: true
        AppButton {
            objectName: "addSource"
            kind: "primary"
            text: qsTr("Add a source…")
            onClicked: sources.startForm(null)
        }
        AppButton {
            objectName: "restoreExamples"
            kind: "quiet"
            text: qsTr("Show OpenUp's examples again")
            onClicked: Sources.restoreExamples()
        }
    }

    Card {
        objectName: "sourceForm"
        visible: sources.editing !== ""
        SectionTitle {
            text: sources.editing === "new" ? qsTr("Add a source") : qsTr("Change this source")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: Sources.kinds
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "kind_" + modelData.id
                    text: modelData.label
                    chosen: sources.formKind === modelData.id
                    onClicked: sources.formKind = modelData.id
                }
            }
        }
        AppTextField {
            objectName: "sourceTitle"
            label: qsTr("Title")
            placeholderText: qsTr("Title")
            maximumLength: Sources.titleMaxLength
            text: sources.formTitle
            Layout.fillWidth: true
            onTextEdited: sources.formTitle = text
        }
        AppTextField {
            objectName: "sourceLink"
            label: qsTr("Link (optional)")
            placeholderText: qsTr("Link (optional), e.g. https://…")
            text: sources.formLink
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            onTextEdited: sources.formLink = text
        }
        AppTextField {
            objectName: "sourceNote"
            label: qsTr("A short quote or note (optional)")
            placeholderText: qsTr("A short quote or note (optional)")
            maximumLength: Sources.noteMaxLength
            text: sources.formNote
            Layout.fillWidth: true
            onTextEdited: sources.formNote = text
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                objectName: "saveSource"
                kind: "primary"
                text: qsTr("Save")
                onClicked: sources.saveForm()
            }
            AppButton {
                objectName: "cancelSource"
                text: qsTr("Cancel")
                onClicked: sources.editing = ""
            }
        }
    }

    Repeater {
        model: Sources.sources
        delegate: Card {
            id: sourceCard
            required property var modelData
            required property int index
            objectName: "source_" + index
            visible: sources.editing === ""
            Label {
                text: sourceCard.modelData.kindLabel
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            SectionTitle {
                objectName: "sourceTitleText"
                text: sourceCard.modelData.title
            }
            BodyText {
                visible: sourceCard.modelData.note.length > 0
                text: sourceCard.modelData.note
                textFormat: Text.PlainText
            }
            BodyText {
                visible: sourceCard.modelData.credit.length > 0
                text: sourceCard.modelData.credit
                muted: true
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                AppButton {
                    objectName: "talkAbout_" + sourceCard.index
                    kind: "primary"
                    text: qsTr("Talk about this")
                    Accessible.name: qsTr("Talk about %1").arg(sourceCard.modelData.title)
                    onClicked: sources.talkAbout(sourceCard.modelData.id)
                }
                AppButton {
                    visible: sourceCard.modelData.link.length > 0
                    objectName: "openLink_" + sourceCard.index
                    text: qsTr("Open the link")
                    onClicked: sources.openLink(sourceCard.modelData.link)
                }
                AppButton {
                    visible: !sourceCard.modelData.builtin
                    objectName: "editSource_" + sourceCard.index
                    kind: "quiet"
                    text: qsTr("Change")
                    onClicked: sources.startForm(sourceCard.modelData)
                }
                AppButton {
                    objectName: "removeSource_" + sourceCard.index
                    kind: "quiet"
                    text: sourceCard.modelData.builtin ? qsTr("Hide") : qsTr("Remove")
                    onClicked: Sources.remove(sourceCard.modelData.id)
                }
            }
        }
    }
}
