# dmgbuild settings for OpenUp's disk image: the app and a link to /Applications side by side,
# so installing is one drag. Used by packaging/build.py:
#
#     dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/OpenUp.app \
#              -D icon=assets/icons/openup.icns OpenUp dist/OpenUp-<version>-<arch>.dmg
#
# dmgbuild executes this file with `defines` (the -D values) in scope.
# ruff: noqa: F821

import os.path

application = defines.get("app", "dist/OpenUp.app")
app_name = os.path.basename(application)

# Compressed, read-only image (works on every macOS OpenUp supports).
format = defines.get("format", "UDZO")
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # the volume's icon in Finder

# Window: app on the left, Applications on the right.
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 120), (600, 360))
default_view = "icon-view"
show_icon_preview = False
arrange_by = None
icon_size = 128
text_size = 14
icon_locations = {
    app_name: (150, 170),
    "Applications": (450, 170),
}
hide_extensions = [app_name]
