"""The gazetteer service: the only code that reads place data."""

from geomap.gazetteer.custom import CustomPlaces
from geomap.gazetteer.embedded import open_gazetteer
from geomap.gazetteer.index import Gazetteer, prior

__all__ = ["CustomPlaces", "Gazetteer", "open_gazetteer", "prior"]
