"""geomap: places and dated events from news articles, on a map and in GeoJSON."""

__version__ = "0.1.0"
