"""A Django-style URLconf: entries serve any method."""

from django.urls import path

from .web import health  # @imports health

urlpatterns = [  # @def variable urlpatterns
    path("status/", health),  # @route ANY status/ health
]
