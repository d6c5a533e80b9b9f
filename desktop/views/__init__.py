"""The main window's pages: welcome, engagement, ideas, sign-off, history, dashboard."""
