"""Helpers: a project decorator, nested functions, functions passed as values."""
import functools
import re

SLUG_SEPARATOR = "-"  # @def constant SLUG_SEPARATOR
word_pattern = re.compile(r"\W+")  # @def variable word_pattern


def my_decorator(func):  # @def function my_decorator
    """Pass calls through to func."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):  # @def function my_decorator.wrapper
        return func(*args, **kwargs)  # @unresolved func

    return wrapper  # @references my_decorator.wrapper


def retry(times):  # @def function retry
    """A decorator factory."""

    def decorate(func):  # @def function retry.decorate
        return func

    return decorate  # @references retry.decorate


def slugify(text):  # @def function slugify
    return word_pattern.sub(SLUG_SEPARATOR, text.strip().lower())  # @references SLUG_SEPARATOR


def helper(value):  # @def function helper
    return slugify(str(value))  # @calls slugify


@functools.lru_cache(maxsize=None)
def cached_slug(text):  # @def function cached_slug
    return slugify(text)  # @calls slugify


def transform(item):  # @def function transform
    return item.upper()


def process(items):  # @def function process
    """Nested functions and functions passed as values."""

    def normalize(item):  # @def function process.normalize
        return transform(item).strip()  # @calls transform

    cleaned = [normalize(i) for i in items]  # @calls process.normalize
    upper = list(map(transform, cleaned))  # @references transform
    return sorted(upper, key=normalize)  # @references process.normalize


def run_callbacks(value, callbacks=None):  # @def function run_callbacks
    for callback in callbacks or []:
        callback(value)  # @unresolved callback
