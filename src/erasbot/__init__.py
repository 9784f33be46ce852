"""erasbot: answers about Erasmus+ cooperation actions from official guidance texts."""

__version__ = "0.1.0"
