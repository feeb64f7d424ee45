"""Articles and fact sheets turned into HTML, Markdown and text for the screen and exports."""
