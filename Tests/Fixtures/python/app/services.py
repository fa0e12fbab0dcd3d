"""Service layer: relative imports and receiver typing through self attributes."""
import logging

from . import utils
from .core.repo import Repository  # @imports Repository
from .models import MAX_USERS, User  # @imports MAX_USERS @imports User
from .utils import my_decorator  # @imports my_decorator
from .utils import slugify as make_slug  # @imports slugify

logger = logging.getLogger(__name__)  # @def variable logger


class UserService:  # @def class UserService
    """Registers and looks up users."""

    def __init__(self):  # @def constructor UserService.__init__
        self.repo = Repository()  # @instantiates Repository

    @my_decorator  # @calls my_decorator
    def register(self, name: str) -> User:  # @def method UserService.register @references User
        slug = make_slug(name)  # @calls slugify
        user = User(slug)  # @instantiates User
        self.repo.save(user)  # @calls Repository.save
        logger.info("registered %s", slug)
        return user

    def lookup(self, name):  # @def method UserService.lookup
        found = self.repo.find(name)  # @calls Repository.find
        return utils.helper(found)  # @calls app/utils.py#helper

    def capacity(self):  # @def method UserService.capacity
        return MAX_USERS - self.repo.count()  # @calls Repository.count


class AuditService:  # @def class AuditService
    """Typed only through the class-level annotation of `store`."""

    store: Repository  # @def property AuditService.store @references Repository

    def __init__(self, store):  # @def constructor AuditService.__init__
        self.store = store

    def check(self, name):  # @def method AuditService.check
        return self.store.find(name)  # @calls Repository.find


def create_service() -> UserService:  # @def function create_service @references UserService
    return UserService()  # @instantiates UserService
