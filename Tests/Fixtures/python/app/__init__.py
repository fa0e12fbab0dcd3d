"""Demo application package for the Lattice Python fixture."""
from .models import User  # @imports User
from .services import UserService  # @imports UserService

__version__ = "1.0"  # @def variable __version__
