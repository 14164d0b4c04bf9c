import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import "../theme"

// A screen's frame: a title, an optional line under it, and scrollable content kept to a
// comfortable reading width.
Flickable {
    id: page
    property string title: ""
    property string subtitle: ""
    default property alias content: body.data

    clip: true
    contentWidth: width
    contentHeight: frame.implicitHeight + 2 * Theme.gapLarge
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        policy: ScrollBar.AsNeeded
    }

    // Keyboard users must always see what has focus: scroll it into view when focus moves.
    function reveal(item) {
        if (!item || !page.contentItem)
            return;
        var p = item.parent;
        while (p && p !== page.contentItem)
            p = p.parent;
        if (!p)
            return;
        var top = item.mapToItem(page.contentItem, 0, 0).y - Theme.gap;
        var bottom = top + item.height + 2 * Theme.gap;
        if (top < page.contentY)
            page.contentY = Math.max(0, top);
        else if (bottom > page.contentY + page.height)
            page.contentY = Math.min(Math.max(0, page.contentHeight - page.height), bottom - page.height);
    }
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            page.reveal(page.Window.window.activeFocusItem);
        }
    }

    ColumnLayout {
        id: frame
        width: Math.min(page.width - 2 * Theme.gapLarge, Theme.contentMaxWidth)
        x: Math.max(Theme.gapLarge, (page.width - width) / 2)
        y: Theme.gapLarge
        spacing: Theme.gapLarge

        ColumnLayout {
            spacing: Theme.gapSmall
            Layout.fillWidth: true
            Label {
                objectName: "screenTitle"
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                visible: page.subtitle.length > 0
                text: page.subtitle
                muted: true
            }
        }
        ColumnLayout {
            id: body
            spacing: Theme.gap
            Layout.fillWidth: true
        }
    }
}
