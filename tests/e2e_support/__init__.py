"""Helpers for end-to-end tests: real Syncthing instances on loopback, a plaintext scan."""
