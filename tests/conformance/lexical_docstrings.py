# Docstrings of the module and of functions are expressions with no effect; they do not print.
"""Module docstring.

It spans lines."""


def f():
    """Function docstring."""
    return 42


def g():
    '''Single-quoted docstring.'''
    "a second string statement"
    return "g"


print(f(), g())
