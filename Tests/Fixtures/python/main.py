"""Entry script: absolute imports of the `app` package."""
import os
import sys

import app.utils
import app.utils as u
from app import User, UserService  # @imports User @imports UserService
from app.models import MAX_USERS, Admin  # @imports MAX_USERS @imports Admin
from app.models import User as U  # @imports User
from app.pets import Cat, Dog, adopt, chorus, talk_to  # @imports Cat @imports Dog @imports adopt @imports chorus @imports talk_to
from app.services import AuditService  # @imports AuditService


def on_event(value):  # @def function on_event
    print("event", value)


def main():  # @def function main
    ada = User("ada")  # @instantiates User
    root = U("root")  # @instantiates User
    admin = Admin("root")  # @instantiates Admin
    print(admin.display_name(), ada.display_name())  # @calls Admin.display_name @calls User.display_name
    restored = U.from_dict({"name": "bob"})  # @calls User.from_dict
    print(User.validate_name("x"), isinstance(restored, Admin))  # @calls User.validate_name @references Admin
    print(app.utils.slugify("Hello World"), u.helper(root.label))  # @calls slugify @calls app/utils.py#helper
    u.run_callbacks(ada, callbacks=[on_event])  # @calls run_callbacks @references on_event
    service = UserService()  # @instantiates UserService
    service.register("grace")  # @calls UserService.register
    audit = AuditService(service.repo)  # @instantiates AuditService
    audit.check("grace")  # @calls AuditService.check
    print(talk_to(Dog("rex")), adopt())  # @calls talk_to @instantiates Dog @calls adopt
    print(chorus([Cat("a")]))  # @calls chorus @instantiates Cat
    print(os.path.join("a", "b"), len(sys.argv), MAX_USERS)  # @references MAX_USERS
    return 0


if __name__ == "__main__":
    sys.exit(main())  # @calls main


def wrap(value):  # @def function wrap
    return app.core.helpers.helper(value)  # @calls app/core/helpers.py#helper
