"""The window itself: start-up, the main window and its menus, panes, messages, help, undo
and the background job runner; it composes the features and wires their signals."""
