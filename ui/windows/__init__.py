"""The app's windows: main window, board, agenda and timer, presenter view, dialogs."""
