"""Small, Qt-free helpers shared by every layer below the bridge.

core/, vault/ and store/ each stand alone and never import one another's modules for a utility;
what they all need to write a file safely, to name an SQLite file, or to word a message for the
couple by id (``messages``) lives here instead.
"""
