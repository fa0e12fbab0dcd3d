"""Views: parent-relative imports, a wildcard import and decorators."""
import click

from .. import utils
from ..core import Repository  # @imports Repository
from ..core.helpers import helper  # @imports app/core/helpers.py#helper
from ..models import Admin  # @imports Admin
from ..models import User as Member  # @imports User
from ..pets import *
from ..utils import my_decorator, retry  # @imports my_decorator @imports retry


@click.command()
def cli():  # @def function cli
    """External decorator with arguments."""
    click.echo(render_user("ada"))  # @calls render_user


@my_decorator  # @calls my_decorator
@retry(3)  # @calls retry
def render_user(name):  # @def function render_user
    member = Member(name)  # @instantiates User
    return helper(member.display_name())  # @calls app/core/helpers.py#helper @calls User.display_name


def render_admin(admin: Admin) -> str:  # @def function render_admin @references Admin
    return admin.display_name()  # @calls Admin.display_name


def list_users(repo: Repository):  # @def function list_users @references Repository
    return [utils.slugify(key) for key in repo.items]  # @calls slugify


def pet_show():  # @def function pet_show
    rex = Dog("rex")  # @instantiates Dog
    return talk_to(rex) + rex.introduce()  # @calls talk_to @calls Dog.introduce
