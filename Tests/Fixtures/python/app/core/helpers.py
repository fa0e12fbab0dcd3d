"""A second `helper`, so that name alone is ambiguous across the fixture."""


def helper(value):  # @def function helper
    return f"<{value}>"
