"""Core subpackage; re-exports the repository."""
from .repo import Repository  # @imports Repository
