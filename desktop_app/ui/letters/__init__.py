"""The letter list: its model, the pane with filters, and editing a letter's details."""
