"""Domain models: inheritance, constructors, static and class methods."""
import dataclasses

MAX_USERS = 100  # @def constant MAX_USERS
LIMIT: int = 10  # @def constant LIMIT
default_role = "member"  # @def variable default_role


class Base:  # @def class Base
    """Root of the model hierarchy."""

    registry = []  # @def property Base.registry

    def __init__(self, ident):  # @def constructor Base.__init__
        self.ident = ident

    def describe(self):  # @def method Base.describe
        return f"{type(self).__name__}#{self.ident}"

    def touch(self):  # @def method Base.touch
        Base.registry.append(self.ident)


class User(Base):  # @def class User @extends Base
    """A registered user."""

    name: str  # @def property User.name
    role = default_role  # @def property User.role @references default_role

    def __init__(self, name: str):  # @def constructor User.__init__
        super().__init__(name.lower())  # @calls Base.__init__
        self.name = name

    @property
    def label(self):  # @def method User.label
        return self.describe()  # @calls Base.describe

    @staticmethod
    def validate_name(name):  # @def method User.validate_name
        return len(name) in range(1, MAX_USERS)  # @references MAX_USERS

    @classmethod
    def from_dict(cls, data):  # @def method User.from_dict
        if not User.validate_name(data["name"]):  # @calls User.validate_name
            raise ValueError("bad name")
        return User(data["name"])  # @instantiates User

    def display_name(self):  # @def method User.display_name
        return self.name.title()


class Admin(User):  # @def class Admin @extends User
    permissions: list[str] = []  # @def property Admin.permissions

    def display_name(self):  # @def method Admin.display_name
        base = super().display_name()  # @calls User.display_name
        return f"{base} (admin)"

    def audit(self):  # @def method Admin.audit
        self.touch()  # @calls Base.touch
        return Base.describe(self)  # @calls Base.describe


@dataclasses.dataclass
class Address:  # @def class Address
    street: str  # @def property Address.street
    city: str = "Berlin"  # @def property Address.city


class AppError(Exception):  # @def class AppError
    def __init__(self, message):  # @def constructor AppError.__init__
        super().__init__(message)  # @unresolved __init__
