"""The memory floor of the app's web engine: an empty WebKitGTK window (the same
webkit2gtk-4.1 and GTK 3 the app links) showing about:blank, run by the soak bench under
the same Xvfb so the app's PSS can be given above it. Quits after `seconds` (argv[1])."""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

window = Gtk.Window(title="WebKitGTK floor")
window.set_default_size(1280, 860)
view = WebKit2.WebView()
view.load_uri("about:blank")
window.add(view)
window.connect("destroy", Gtk.main_quit)
window.show_all()
GLib.timeout_add_seconds(int(sys.argv[1]) if len(sys.argv) > 1 else 30, Gtk.main_quit)
Gtk.main()
