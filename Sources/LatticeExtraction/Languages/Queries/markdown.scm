; Markdown queries for Lattice. Capture vocabulary: docs/queries.md.
; Headings are the symbols (kind heading), named by their text without the `#` marker. The
; grammar wraps each ATX heading and everything up to the next heading of the same or a higher
; level in a `section`, and sections nest, so the section is the definition node: `## Install`
; under `# Guide` is `Guide.Install`. Setext headings (text underlined with === or ---) open no
; section: their definition node is the heading itself and they nest under the enclosing ATX
; section whatever their level.

(section
  .
  (atx_heading
    heading_content: (inline) @name)) @definition.heading

(setext_heading
  heading_content: (paragraph
    (inline) @name)) @definition.heading
