"""Framework routes: Flask-style decorators (one route per listed method)."""

from flask import Flask

app = Flask(__name__)  # @def variable app


def login_required(view):  # @def function login_required
    return view


@app.route("/users/<id>", methods=["GET", "POST"])  # @route GET /users/<id> show_user @route POST /users/<id> show_user
@login_required  # @calls login_required
def show_user(id):  # @def function show_user
    return id


@app.get("/health")  # @route GET /health health
def health():  # @def function health
    return "ok"


class Proxy:  # @def class Proxy
    def __init__(self, target):  # @def constructor Proxy.__init__
        self.target = target

    def __getattr__(self, name):  # @def method Proxy.__getattr__ @blindspot reflection
        return getattr(self.target, name)  # @blindspot reflection


def load_plugin(name):  # @def function load_plugin
    import importlib

    return importlib.import_module(name)  # @blindspot dynamic_import
