"""One window per database: a second launch on the same file brings the first window forward.

The first instance listens on a local socket named after the database file (never a network
socket). A later launch connects, asks it to come forward, and exits. A socket left behind by a
crash (no one answers) is removed and taken over.
"""

from __future__ import annotations

import hashlib
import ntpath
import os
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import DatabaseLocation

TIMEOUT_MS = 500
MESSAGE = b"show\n"


def server_name(location: DatabaseLocation) -> str:
    r"""The socket's name for this database: the same for every way of writing its path.

    On Windows the name is a named pipe (`\\.\pipe\<name>`) and paths are compared without
    regard to case, so `C:\Users\Siân\…` and `c:\users\SIÂN\…` are one file and must find one
    window. The hash keeps the name short and plain ASCII everywhere (a Unix socket's path has
    room for about 100 bytes)."""
    key = str(location.file if location.file is not None else location.url)
    if os.name == "nt" and location.file is not None:
        key = ntpath.normcase(key)
    return "framework-ready-" + hashlib.sha256(key.encode()).hexdigest()[:20]


class SingleInstance(QObject):
    def __init__(self, location: DatabaseLocation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(location)
        self.server: QLocalServer | None = None

    def ask_first_to_show(self) -> bool:
        """True when another window already has this database open (it was asked to show)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self, show: Callable[[], None]) -> bool:
        """Become the one instance for this database; `show` runs when another launch asks.
        A stale socket from a crashed run is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(lambda: self._answer(server, show))
        self.server = server
        return True

    @staticmethod
    def _answer(server: QLocalServer, show: Callable[[], None]) -> None:
        while (connection := server.nextPendingConnection()) is not None:
            connection.readyRead.connect(partial(SingleInstance._shown, connection, show))
            connection.disconnected.connect(connection.deleteLater)

    @staticmethod
    def _shown(connection: QLocalSocket, show: Callable[[], None]) -> None:
        connection.readAll()  # the message only says "show yourself"
        show()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
