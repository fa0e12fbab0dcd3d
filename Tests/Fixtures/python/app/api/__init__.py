"""API subpackage (intentionally empty)."""
