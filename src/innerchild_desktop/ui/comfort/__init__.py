"""The comfort box: what helps this person, in a calm grid (ui/comfort/box.py)."""
