"""Small, Qt-free helpers for files on disk, shared by every layer below the bridge.

core/, vault/ and store/ each stand alone and never import one another's modules for a utility;
what they all need to write a file safely or to name an SQLite file lives here instead.
"""
