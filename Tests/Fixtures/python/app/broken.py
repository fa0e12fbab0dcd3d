"""A syntax error in the middle: the definitions around it must survive."""
from .utils import helper  # @imports app/utils.py#helper

BEFORE = 1  # @def constant BEFORE


def before_error():  # @def function before_error
    return helper(BEFORE)  # @calls app/utils.py#helper @references BEFORE


def broken(value):  # @def function broken
    return value +


class AfterError:  # @def class AfterError
    def method(self):  # @def method AfterError.method
        return before_error()  # @calls before_error


AFTER = 2  # @def constant AFTER
