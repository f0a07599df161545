"""Engines schedule stage functions; they never change what a stage computes."""
