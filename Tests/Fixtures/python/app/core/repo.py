"""In-memory storage; parent-relative imports."""
from ..models import User  # @imports User
from .helpers import helper  # @imports app/core/helpers.py#helper


class Repository:  # @def class Repository
    """Stores users by key."""

    backend: str = "memory"  # @def property Repository.backend

    def __init__(self):  # @def constructor Repository.__init__
        self.items: dict[str, User] = {}  # @references User

    def save(self, user: User) -> None:  # @def method Repository.save @references User
        self.items[helper(user.name)] = user  # @calls app/core/helpers.py#helper

    def find(self, name: str) -> User | None:  # @def method Repository.find @references User
        return self.items.get(helper(name))  # @calls app/core/helpers.py#helper

    def count(self) -> int:  # @def method Repository.count
        return len(self.items)
