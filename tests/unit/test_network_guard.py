import socket

import pytest

from tests.conftest import NetworkAccessInTest


def test_guard_refuses_internet_sockets() -> None:
    with pytest.raises(NetworkAccessInTest):
        socket.create_connection(("198.51.100.1", 80), timeout=0.01)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessInTest):
            sock.connect(("198.51.100.1", 80))
    finally:
        sock.close()
